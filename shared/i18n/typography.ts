/**
 * Typographic quotes, apostrophes and French spacing for text a person wrote (never for a
 * quotation of a source, which is reproduced exactly). Used by the print path (notes in PDF and
 * Word) and, character by character, by the note editor as one types.
 *
 * English: "…" becomes “…”, '…' becomes ‘…’, and an apostrophe becomes ’.
 * French: "…" becomes « … », an apostrophe becomes ’, and spacing follows the usage of the
 * Translation Bureau's guide: a narrow no-break space (U+202F) before ; ! ? and inside « »,
 * a no-break space (U+00A0) before the colon. A colon or mark not followed by a space or the
 * end (14:30, http://, ?!) is left alone. Applying it twice changes nothing.
 */
import type { Language } from './languages.ts';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Characters after which a straight quote opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/«‘“-]/;

/**
 * The typographic form of a straight quote at `index` of `text`. `before` is the character
 * before the text, when the text continues earlier text (another text node of the paragraph).
 */
function curlyQuote(text: string, index: number, language: Language, before: string): string {
  const mark = text[index] as string;
  const previous = index > 0 ? (text[index - 1] as string) : before;
  const opens = previous === '' || OPENS_AFTER.test(previous);
  if (mark === "'") {
    // Inside a word (l'État, don't) or after one (the 1990s') it is an apostrophe.
    if (!opens || language === 'fr') return '’';
    return '‘';
  }
  if (language === 'fr') return opens ? '«' : '»';
  return opens ? '“' : '”';
}

/**
 * Text with typographic quotes and, in French, spacing. `before` is the character that precedes
 * `text` in its paragraph ('' at the start), so a quote at the start of a text node still opens
 * or closes as it should.
 */
export function typeset(text: string, language: Language, before = ''): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    out += c === '"' || c === "'" ? curlyQuote(text, i, language, before) : c;
  }
  if (language !== 'fr') return out;
  // Spaced with the character before, so a » or ? at the start of a run gets its space too.
  return frenchSpacing(before + out).slice(before.length);
}

/** French spacing around ; : ! ? and « » (idempotent; see the module comment). */
export function frenchSpacing(text: string): string {
  return (
    text
      // A space (or none) before ; ! ? that end a phrase becomes a narrow no-break space.
      .replace(/(?<=[^\s\u00A0\u202F;!?])[ \t\u00A0\u202F]*([;!?]+)(?=[\s»)\]]|$)/gu, `${NNBSP}$1`)
      // Before a colon that ends a phrase, a no-break space.
      .replace(/(?<=[^\s\u00A0\u202F:])[ \t\u00A0\u202F]*:(?=[\s»)\]]|$)/gu, `${NBSP}:`)
      // Inside guillemets, narrow no-break spaces.
      .replace(/«[ \t\u00A0\u202F]*(?=\S)/gu, `«${NNBSP}`)
      .replace(/(?<=\S)[ \t\u00A0\u202F]*»/gu, `${NNBSP}»`)
  );
}
