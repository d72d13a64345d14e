/**
 * W3C Web Annotation selectors over the canonical text
 * (https://www.w3.org/TR/annotation-model/#selectors).
 */

/** The quoted text with a little context either side, to find it again in a changed text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Character offsets `[start, end)` in the canonical text of the version it was made on. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How much context the quote selector keeps either side (Hypothesis keeps 32 too). */
export const CONTEXT_LENGTH = 32;

/** Selectors describing `[start, end)` of `text`. Throws on a range outside the text or empty. */
export function describeRange(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`range [${start}, ${end}) is not inside a text of ${text.length} characters`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Whitespace-trimmed range: a selection's leading or trailing spaces are not part of the passage. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
