/**
 * The quote check: every quotation of an article, matched to its passage in the sources and
 * classified. Also the source suggestions: which library documents an article likely quotes.
 */
import { classifyQuote, FIDELITIES, type DiffSegment, type Fidelity, type QuoteChange } from './classify.ts';
import { extractQuotes, type ArticleParagraph, type ExtractedQuote, type QuoteSegment } from './extract.ts';
import {
  indexSources,
  matchQuote,
  MIN_COVERAGE,
  passageContext,
  type PassageMatch,
  type SourceDocument,
  type SourceIndex,
} from './match.ts';
import { isSubstantive, tokenize } from './tokens.ts';

export interface QuoteFinding {
  /** 1-based, in reading order. */
  index: number;
  /** The quoted words as the article prints them. */
  text: string;
  /** Where the quotation is in the article. */
  segments: QuoteSegment[];
  fidelity: Fidelity;
  /** The source document and first paragraph of the matched passage; `null` when not found. */
  source: { documentId: string; paragraph: number } | null;
  match: PassageMatch | null;
  changes: QuoteChange[];
  /** Content words of the quotation that the source passage does not have. */
  changedWords: string[];
  diff: DiffSegment[];
}

/** Checks every quotation in `article` against `sources`. */
export function checkQuotes(
  article: { paragraphs: readonly ArticleParagraph[] },
  sources: readonly SourceDocument[],
): QuoteFinding[] {
  const index = indexSources(sources);
  return extractQuotes(article.paragraphs).map((quote, i) => checkQuote(index, quote, i + 1));
}

/**
 * Checks one quotation (the `index`-th of its article, from 1) against sources already indexed:
 * `checkQuotes` one quotation at a time, for a caller that reports progress between them.
 */
export function checkQuote(sources: SourceIndex, quote: ExtractedQuote, index: number): QuoteFinding {
  const base = { index, text: quote.text, segments: quote.segments };
  const match = matchQuote(sources, quote.text);
  const whole = match ? classifyPassage(sources, match, quote.text, quote.lead ?? '') : null;
  // "A … B" with A and B from paragraphs apart: the passage of one paragraph (or two adjacent
  // ones) cannot hold both, so each part is checked where it is.
  const faithful = whole && FIDELITIES.indexOf(whole.fidelity) <= FIDELITIES.indexOf('minor');
  const parts = faithful ? null : checkParts(sources, quote);
  if (parts) return { ...base, ...parts };
  if (!match || !whole) {
    return { ...base, fidelity: 'not-found', source: null, match: null, changes: [], changedWords: [], diff: [] };
  }
  return {
    ...base,
    fidelity: whole.fidelity,
    source: { documentId: match.documentId, paragraph: match.paragraphs[0] as number },
    match,
    changes: whole.changes,
    changedWords: whole.changedWords,
    diff: whole.diff,
  };
}

function classifyPassage(sources: SourceIndex, match: PassageMatch, text: string, lead: string) {
  return classifyQuote(match.text, tokenize(match.text), text, tokenize(text), sources.weigh, {
    ...passageContext(sources, match),
    framing: tokenize(lead).slice(-4),
  });
}

/** An ellipsis as articles print one: "…", "...", "[…]", "(...)". */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.)\s*/gu;
const MIN_PART_WORDS = 3;

/**
 * A quotation cut by ellipses into parts that come, in order, from paragraphs of one source
 * that are not adjacent: each part is classified against its own passage (a part that opens
 * just after a dropped negation or qualifier is flagged as any quotation is), and the
 * quotation is as faithful as its least faithful part — `minor` at best, for the words left
 * out. `null` when the quotation is not of that shape.
 */
function checkParts(
  sources: SourceIndex,
  quote: ExtractedQuote,
): Omit<QuoteFinding, 'index' | 'text' | 'segments'> | null {
  const separators = [...quote.text.matchAll(ELLIPSIS)];
  if (separators.length === 0) return null;
  const texts = quote.text.split(ELLIPSIS).map((t) => t.trim());
  if (texts.length < 2 || texts.some((t) => tokenize(t).length < MIN_PART_WORDS)) return null;
  const found: PassageMatch[] = [];
  for (const text of texts) {
    const match = matchQuote(sources, text);
    if (!match) return null;
    found.push(match);
  }
  const first = found[0] as PassageMatch;
  let apart = false;
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1] as PassageMatch;
    const next = found[i] as PassageMatch;
    if (next.documentId !== first.documentId || next.start.paragraph <= previous.end.paragraph) return null;
    if (next.start.paragraph > previous.end.paragraph + 1) apart = true;
  }
  if (!apart) return null;
  const results = found.map((m, i) =>
    classifyPassage(sources, m, texts[i] as string, i === 0 ? (quote.lead ?? '') : ''),
  );
  const worst = Math.max(FIDELITIES.indexOf('minor'), ...results.map((r) => FIDELITIES.indexOf(r.fidelity)));
  const diff: DiffSegment[] = [];
  results.forEach((r, i) => {
    if (i > 0) diff.push({ op: 'equal', text: ` ${(separators[i - 1]?.[0] ?? '…').trim()} ` });
    diff.push(...r.diff);
  });
  const elision: QuoteChange = { from: '', to: '…', kind: 'elision', significant: false, changedWords: [] };
  return {
    fidelity: FIDELITIES[worst] as Fidelity,
    source: { documentId: first.documentId, paragraph: first.paragraphs[0] as number },
    match: first,
    changes: [...results.flatMap((r) => r.changes), elision],
    changedWords: results.flatMap((r) => r.changedWords),
    diff,
  };
}

export interface SourceSuggestion {
  documentId: string;
  /** How many of the article's quotations this document likely contains. */
  matchedQuotes: number;
  /** Summed coverage of those quotations: a tie-breaker between documents. */
  score: number;
}

/**
 * Library documents the article likely quotes, best first: for each quotation, the paragraph
 * of each candidate document sharing the most of its (rarity-weighted) content words; a
 * document counts a quotation when that paragraph holds at least half of it.
 */
export function suggestSources(
  article: { paragraphs: readonly ArticleParagraph[] },
  candidates: readonly SourceDocument[],
  limit = 5,
): SourceSuggestion[] {
  const quotes = extractQuotes(article.paragraphs);
  if (quotes.length === 0 || candidates.length === 0) return [];
  const index = indexSources(candidates);
  const totals = candidates.map(() => ({ matchedQuotes: 0, score: 0 }));
  for (const quote of quotes) {
    const stems = new Map<string, { count: number; weight: number }>();
    let total = 0;
    for (const token of tokenize(quote.text)) {
      if (!isSubstantive(token)) continue;
      const weight = index.weigh(token);
      total += weight;
      const entry = stems.get(token.stem);
      if (entry) entry.count++;
      else stems.set(token.stem, { count: 1, weight });
    }
    if (total === 0) continue;
    const perParagraph = new Map<number, number>();
    for (const [stem, { count, weight }] of stems) {
      for (const p of index.postings.get(stem) ?? []) {
        const found = index.paragraphs[p]?.stems.get(stem) ?? 0;
        perParagraph.set(p, (perParagraph.get(p) ?? 0) + weight * Math.min(count, found));
      }
    }
    const bestPerDocument = new Map<number, number>();
    for (const [p, score] of perParagraph) {
      const document = index.paragraphs[p]?.document as number;
      bestPerDocument.set(document, Math.max(bestPerDocument.get(document) ?? 0, score / total));
    }
    for (const [document, coverage] of bestPerDocument) {
      if (coverage < MIN_COVERAGE) continue;
      const entry = totals[document] as { matchedQuotes: number; score: number };
      entry.matchedQuotes++;
      entry.score += coverage;
    }
  }
  return candidates
    .map((candidate, i) => ({ documentId: candidate.id, ...(totals[i] as { matchedQuotes: number; score: number }) }))
    .filter((s) => s.matchedQuotes > 0)
    .sort((a, b) => b.matchedQuotes - a.matchedQuotes || b.score - a.score)
    .slice(0, limit);
}
