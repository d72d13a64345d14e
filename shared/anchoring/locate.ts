/**
 * Finding a quotation typed by a person (the CLI's `--quote`) in the canonical text.
 * Exact first; then forgiving the differences a person cannot see or type: runs of
 * whitespace, typographic quotes and apostrophes, dashes, and letter case.
 */

export interface QuoteMatch {
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LOOSE_CLASSES: Array<[RegExp, string]> = [
  [/['\u2018\u2019\u201A\u2032]/, "['\u2018\u2019\u201A\u2032]"],
  [/["\u201C\u201D\u201E\u00AB\u00BB\u2033]/, '["\u201C\u201D\u201E\u00AB\u00BB\u2033]'],
  [/[-\u2010-\u2015\u2212]/, '[-\u2010-\u2015\u2212]'],
];

/** A pattern that matches `quote` up to whitespace, quote style, dash style and case. */
function loosePattern(quote: string): RegExp {
  let source = '';
  for (const part of quote.trim().split(/(\s+)/)) {
    if (/^\s+$/.test(part)) {
      source += '\\s+';
      continue;
    }
    for (const char of part) {
      const loose = LOOSE_CLASSES.find(([test]) => test.test(char));
      source += loose ? loose[1] : escapeRegExp(char);
    }
  }
  return new RegExp(source, 'giu');
}

/** Every place `quote` occurs in `text[from, to)`; exact occurrences if any, else loose ones. */
export function locateQuote(text: string, quote: string, from = 0, to = text.length): QuoteMatch[] {
  const trimmed = quote.trim();
  if (trimmed.length === 0) return [];
  const scope = text.slice(from, to);
  const exact: QuoteMatch[] = [];
  for (let at = scope.indexOf(trimmed); at !== -1; at = scope.indexOf(trimmed, at + 1)) {
    exact.push({ start: from + at, end: from + at + trimmed.length });
  }
  if (exact.length > 0) return exact;
  const loose: QuoteMatch[] = [];
  for (const match of scope.matchAll(loosePattern(trimmed))) {
    loose.push({ start: from + match.index, end: from + match.index + match[0].length });
  }
  return loose;
}
