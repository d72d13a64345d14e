/**
 * Line-end hyphens, decided word by word. "pro- tect" was cut by the typesetter and becomes
 * "protect"; "action- oriented" is a compound whose own hyphen fell at the line end and keeps it.
 * The document itself is the dictionary: whichever form (joined or hyphenated) it uses elsewhere
 * wins; without evidence, a second part that is a common compound ending ("-based", "-led",
 * "-term") keeps the hyphen, a number keeps it, and anything else is joined.
 */

/** Words of a text (lowercase, hyphenated compounds kept whole), for `joinHyphenated`. */
export class Vocabulary {
  private readonly words = new Set<string>();

  add(text: string): void {
    for (const m of text.toLowerCase().matchAll(/[\p{L}\d]+(?:[-‐][\p{L}\d]+)*/gu)) {
      this.words.add(m[0].replace(/‐/g, '-'));
    }
  }

  has(word: string): boolean {
    return this.words.has(word.toLowerCase());
  }
}

/** Endings that make compounds ("evidence-based", "long-term"), English and French. */
const COMPOUND_ENDINGS = new Set(
  'based related oriented led owned term level scale making building sharing wide free specific sensitive friendly driven focused bound like ready run up down off out in over making keeping clé clés être même mêmes ci là uns unes'.split(
    ' ',
  ),
);

/** Hyphen characters a line may end with: ASCII, the Unicode hyphen, a non-breaking hyphen. */
const LINE_END_HYPHEN = /(\p{L}|\d)\s?([-‐‑])$/u;

/** The line ends in a hyphen that may have been put there by the typesetter. */
export function endsWithBreakHyphen(text: string): boolean {
  return LINE_END_HYPHEN.test(text);
}

/**
 * Joins a line ending in a hyphen with the next line. `vocabulary` holds the document's words,
 * so the form it uses elsewhere decides.
 */
export function joinHyphenated(text: string, next: string, vocabulary: Vocabulary): string {
  const m = LINE_END_HYPHEN.exec(text);
  if (!m) return `${text} ${next}`;
  const hyphen = m[2] as string;
  // "for -" (a space before the hyphen, from justified text) and the Unicode hyphen a browser
  // inserts when it hyphenates are always the typesetter's.
  const spaced = /\s[-‐‑]$/u.test(text);
  const head = text.slice(0, text.length - (spaced ? 2 : 1));
  const before = /[\p{L}\d]+$/u.exec(head)?.[0] ?? '';
  const after = /^[\p{L}\d]+/u.exec(next)?.[0] ?? '';
  if (after === '') return `${text} ${next}`;
  const joined = `${head}${next}`;
  const kept = `${head}-${next}`;
  if (spaced || hyphen === '‐') return joined;
  if (vocabulary.has(before + after)) return joined;
  if (vocabulary.has(`${before}-${after}`)) return kept;
  if (/\d/.test(before + after) || /^\p{Lu}/u.test(after)) return kept;
  if (COMPOUND_ENDINGS.has(after.toLowerCase()) && before.length >= 3) return kept;
  return joined;
}
