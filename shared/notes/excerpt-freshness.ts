/**
 * Is an excerpt still what its source says? When a newer version of the cited document
 * exists, each quoted part is looked for in the new version: the same paragraph (same id
 * means same text), else the most similar paragraph, then the quoted words within it
 * (approximately, so a reworded clause is still found). Answers by id and text, never by
 * number: the paragraphs it returns carry the labels they have in the newer version. Pure:
 * the caller loads the versions.
 */
import search from 'approx-string-match';
import { citedParagraph, type CitedParagraph } from '../model/citation.ts';
import { EXCERPT_PARAGRAPH_SEPARATOR } from '../model/excerpt.ts';

export interface VersionParagraph {
  id: string;
  n: number;
  text: string;
  label?: string | undefined;
}

export interface ExcerptToCheck {
  /** The cited paragraphs, by id. */
  paragraphs: ReadonlyArray<{ id: string }>;
  text: string;
}

/**
 * How the newer version cut the cited paragraphs: `merged` when a cited paragraph is now part
 * of a longer one, `split` when its words now run over several. Said beside `unchanged` and
 * `changed`, so that "the same words" never hides that the paragraph is no longer the same.
 */
export type VersionCut = 'merged' | 'split';

export type ExcerptFreshness =
  /** The newer version says the same thing; its paragraph numbers may differ. */
  | { status: 'unchanged'; paragraphs: CitedParagraph[]; text: string; change?: VersionCut }
  /** The passage was reworded: the best matching new text, to offer as an update. */
  | { status: 'changed'; paragraphs: CitedParagraph[]; text: string; change?: VersionCut }
  /** The passage is gone from the newer version. */
  | { status: 'removed' };

/** Similarity of two texts: Dice coefficient over word bigrams (0..1). */
export function textSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const result = new Map<string, number>();
    for (let i = 0; i < words.length; i++) {
      const gram = words.length === 1 ? (words[0] as string) : `${words[i]} ${words[i + 1] ?? ''}`;
      if (i === words.length - 1 && words.length > 1) break;
      result.set(gram, (result.get(gram) ?? 0) + 1);
    }
    return result;
  };
  const ga = grams(a);
  const gb = grams(b);
  let overlap = 0;
  let total = 0;
  for (const [gram, count] of ga) {
    overlap += Math.min(count, gb.get(gram) ?? 0);
    total += count;
  }
  for (const count of gb.values()) total += count;
  return total === 0 ? 0 : (2 * overlap) / total;
}

const MIN_PARAGRAPH_SIMILARITY = 0.35;
/** A quoted part may differ by up to this share of its length and still be "the same passage, reworded". */
const MAX_QUOTE_ERROR_RATE = 0.35;

function findParagraph(
  old: VersionParagraph | undefined,
  cited: { id: string },
  part: string,
  newer: readonly VersionParagraph[],
): VersionParagraph | undefined {
  const byId = newer.find((p) => p.id === cited.id);
  if (byId) return byId;
  const reference = old?.text ?? part;
  let best: VersionParagraph | undefined;
  let bestScore = 0;
  for (const candidate of newer) {
    const score = Math.max(textSimilarity(reference, candidate.text), textSimilarity(part, candidate.text));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore >= MIN_PARAGRAPH_SIMILARITY ? best : undefined;
}

function findPart(part: string, oldText: string | undefined, newText: string): string {
  if (newText.includes(part)) return part;
  if (oldText !== undefined && part.trim() === oldText.trim()) return newText;
  const maxErrors = Math.ceil(part.length * MAX_QUOTE_ERROR_RATE);
  const matches = search(newText, part, maxErrors);
  if (matches.length === 0) return newText;
  const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
  // approx-string-match reports the match's end; widen its start to the pattern's length.
  const start = Math.max(0, Math.min(best.start, best.end - part.length));
  return newText.slice(start, best.end).trim();
}

/** Spacing-insensitive form of a text, to find quoted words across paragraph boundaries. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Consecutive paragraphs of the newer version (in order) whose joined text holds `part` word
 * for word while none holds it alone: the cited paragraph was split.
 */
function findSplit(part: string, newer: readonly VersionParagraph[]): VersionParagraph[] | undefined {
  const wanted = squeeze(part);
  if (wanted.length === 0) return undefined;
  const ordered = [...newer].sort((a, b) => a.n - b.n);
  for (let start = 0; start < ordered.length; start++) {
    const first = squeeze((ordered[start] as VersionParagraph).text);
    // The run must start inside the cited words: the first paragraph ends with their beginning.
    if (!wanted.startsWith(first) && !overlapsStart(first, wanted)) continue;
    let joined = first;
    for (let end = start + 1; end < ordered.length && end < start + 6; end++) {
      if ((ordered[end] as VersionParagraph).n !== (ordered[end - 1] as VersionParagraph).n + 1) break;
      joined = `${joined} ${squeeze((ordered[end] as VersionParagraph).text)}`;
      if (joined.includes(wanted)) return ordered.slice(start, end + 1);
    }
  }
  return undefined;
}

/** Whether `text` ends with the beginning of `wanted` (at least a few words of it). */
function overlapsStart(text: string, wanted: string): boolean {
  for (let cut = Math.min(text.length, wanted.length); cut >= 12; cut--) {
    if (text.endsWith(wanted.slice(0, cut))) return true;
  }
  return false;
}

/**
 * Checks an excerpt taken from `oldParagraphs` (the cited version) against `newParagraphs`
 * (the newest version of the same document).
 */
export function checkExcerptFreshness(
  excerpt: ExcerptToCheck,
  oldParagraphs: readonly VersionParagraph[],
  newParagraphs: readonly VersionParagraph[],
): ExcerptFreshness {
  const parts = excerpt.text.split(EXCERPT_PARAGRAPH_SEPARATOR);
  const aligned = parts.length === excerpt.paragraphs.length;
  const cited = aligned ? excerpt.paragraphs : excerpt.paragraphs.slice(0, 1);
  const texts = aligned ? parts : [excerpt.text];
  const paragraphs: CitedParagraph[] = [];
  const newTexts: string[] = [];
  let unchanged = true;
  let change: VersionCut | undefined;
  cited.forEach((paragraph, i) => {
    const part = texts[i] as string;
    const old = oldParagraphs.find((p) => p.id === paragraph.id);
    const whole = old === undefined || squeeze(old.text) === squeeze(part);
    if (!newParagraphs.some((p) => p.id === paragraph.id)) {
      // The words, all of them, now over several paragraphs in a row.
      const run = newParagraphs.some((p) => p.text.includes(part)) ? undefined : findSplit(part, newParagraphs);
      if (run) {
        change = 'split';
        for (const p of run) if (!paragraphs.some((q) => q.id === p.id)) paragraphs.push(citedParagraph(p));
        newTexts.push(part);
        return;
      }
    }
    const match = findParagraph(old, paragraph, part, newParagraphs);
    if (!match) {
      unchanged = false;
      return;
    }
    const text = findPart(part, old?.text, match.text);
    // The same words inside a longer paragraph that replaced the cited one: merged.
    if (match.id !== paragraph.id && text === part && whole && squeeze(match.text).length > squeeze(part).length)
      change ??= 'merged';
    else if (text !== part || match.id !== paragraph.id) unchanged = false;
    if (!paragraphs.some((p) => p.id === match.id)) paragraphs.push(citedParagraph(match));
    newTexts.push(text);
  });
  if (paragraphs.length === 0) return { status: 'removed' };
  const text = newTexts.join(EXCERPT_PARAGRAPH_SEPARATOR);
  const cut = change ? { change } : {};
  if (unchanged && newTexts.length === cited.length) return { status: 'unchanged', paragraphs, text, ...cut };
  return { status: 'changed', paragraphs, text, ...cut };
}
