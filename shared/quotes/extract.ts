/**
 * Finds the quotations in an article: straight and curly double quotes, French guillemets
 * « », German „ “, quotations inside a sentence, quotations of several sentences, and
 * quotations that run over several paragraphs (the typographic convention: each continued
 * paragraph opens with a quotation mark, only the last one closes). Quotation marks nested
 * inside a quotation stay part of it. Single quotes are ignored: ’ is also the apostrophe.
 */

/** Where a quotation sits in the article: paragraph number and offsets in its text. */
export interface QuoteSegment {
  paragraph: number;
  start: number;
  end: number;
}

export interface ExtractedQuote {
  /** The quoted words, without the quotation marks (segments joined by a space). */
  text: string;
  /** One segment per article paragraph the quotation covers, in order. */
  segments: QuoteSegment[];
  /**
   * The article's words just before the opening mark, in the same paragraph: a partial quote
   * may leave a source word outside the marks (ministers strongly "encourage…"), and says so.
   */
  lead?: string;
}

export interface ArticleParagraph {
  n: number;
  text: string;
}

interface Open {
  /** The quotation mark that opened it. */
  mark: string;
  /** Marks that close it. */
  closers: string;
}

const STRAIGHT = '"';
const BEFORE_OPENING = /[\s([{\u2014\u2013/:;,-]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const TRIM_START = /^[\s\u00A0\u202F…]+|^\.\.\.\s*/u;
const TRIM_END = /[\s\u00A0\u202F,;:]+$/u;

function closersFor(mark: string): string {
  switch (mark) {
    case '«':
      return '»';
    case '„':
      return '“”';
    case '“':
      return '”';
    case '”':
      return '”';
    default:
      return STRAIGHT;
  }
}

/** Whether the mark at `i` opens a quotation when none is open (or opens a nested one). */
function opens(text: string, i: number, innerOf: Open | undefined): boolean {
  const c = text[i] as string;
  const before = i === 0 ? ' ' : (text[i - 1] as string);
  const after = text[i + 1] ?? ' ';
  if (c === '«' || c === '„' || c === '“') return true;
  // A closing curly quote used as an opener (common in careless typesetting): only at a word start.
  if (c === '”') return innerOf === undefined && (i === 0 || BEFORE_OPENING.test(before)) && !/\s/u.test(after);
  if (c === STRAIGHT) {
    if (innerOf?.mark === STRAIGHT) return false;
    return (i === 0 || BEFORE_OPENING.test(before) || '«“„'.includes(before)) && !/\s/u.test(after);
  }
  return false;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

function countWords(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** Trims spacing, ellipses at the edges and a trailing comma; returns the trimmed offsets. */
function trimSegment(text: string, start: number, end: number): { start: number; end: number } {
  const raw = text.slice(start, end);
  const lead = raw.match(TRIM_START)?.[0].length ?? 0;
  const body = raw.slice(lead);
  const trail = body.match(TRIM_END)?.[0].length ?? 0;
  return { start: start + lead, end: end - trail };
}

/**
 * Every quotation of at least `minWords` words (3 by default: shorter ones are mostly
 * scare quotes and names), in reading order.
 */
export function extractQuotes(paragraphs: readonly ArticleParagraph[], minWords = 3): ExtractedQuote[] {
  const quotes: ExtractedQuote[] = [];
  let carried: { segments: QuoteSegment[]; open: Open } | null = null;

  paragraphs.forEach((paragraph, index) => {
    const { text } = paragraph;
    const stack: Open[] = [];
    let segmentStart = 0;
    let segments: QuoteSegment[] = [];
    let i = 0;

    if (carried) {
      // A continued quotation: this paragraph must open with the same kind of mark.
      const lead = text.match(/^[\s\u00A0]*/u)?.[0].length ?? 0;
      const mark = text[lead];
      if (mark !== undefined && (mark === carried.open.mark || (carried.open.mark === '”' && mark === '“'))) {
        stack.push(carried.open);
        segments = carried.segments;
        segmentStart = lead + 1;
        i = lead + 1;
      } else {
        emit(carried.segments);
      }
      carried = null;
    }

    for (; i < text.length; i++) {
      const c = text[i] as string;
      const top = stack[stack.length - 1];
      // A mark closes the innermost open quotation it can close (an unclosed inner one is dropped).
      const closing = findLastIndex(stack, (open) => open.closers.includes(c));
      if (closing >= 0) {
        stack.length = closing;
        if (stack.length === 0) {
          segments.push({ paragraph: paragraph.n, start: segmentStart, end: i });
          emit(segments);
          segments = [];
        }
        continue;
      }
      if ('«„“”"'.includes(c) && opens(text, i, top)) {
        if (stack.length === 0) segmentStart = i + 1;
        stack.push({ mark: c, closers: closersFor(c) });
      }
    }

    if (stack.length > 0) {
      const outer = stack[0] as Open;
      segments.push({ paragraph: paragraph.n, start: segmentStart, end: text.length });
      const next = paragraphs[index + 1];
      if (next) carried = { segments, open: outer };
      else emit(segments);
    }
  });
  if (carried) emit((carried as { segments: QuoteSegment[] }).segments);
  return quotes;

  function emit(raw: QuoteSegment[]): void {
    const segments = raw
      .map((segment) => {
        const text = paragraphs.find((p) => p.n === segment.paragraph)?.text ?? '';
        return { paragraph: segment.paragraph, ...trimSegment(text, segment.start, segment.end) };
      })
      .filter((segment) => segment.end > segment.start);
    const text = segments
      .map((segment) =>
        (paragraphs.find((p) => p.n === segment.paragraph)?.text ?? '').slice(segment.start, segment.end),
      )
      .join(' ');
    const first = segments[0];
    const opening = raw[0];
    const lead =
      first && opening
        ? (paragraphs.find((p) => p.n === first.paragraph)?.text ?? '').slice(
            Math.max(0, opening.start - 80),
            opening.start - 1,
          )
        : '';
    if (segments.length > 0 && countWords(text) >= minWords) quotes.push({ text, segments, lead });
  }
}
