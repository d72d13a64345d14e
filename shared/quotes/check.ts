/**
 * The quote check: every quotation of an article, matched to its passage in the sources and
 * classified. Also the source suggestions: which library documents an article likely quotes.
 */
import { classifyQuote, type DiffSegment, type Fidelity, type QuoteChange } from './classify.ts';
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
  if (!match) {
    return { ...base, fidelity: 'not-found', source: null, match: null, changes: [], changedWords: [], diff: [] };
  }
  const result = classifyQuote(match.text, tokenize(match.text), quote.text, tokenize(quote.text), sources.weigh, {
    ...passageContext(sources, match),
    framing: tokenize(quote.lead ?? '').slice(-4),
  });
  return {
    ...base,
    fidelity: result.fidelity,
    source: { documentId: match.documentId, paragraph: match.paragraphs[0] as number },
    match,
    changes: result.changes,
    changedWords: result.changedWords,
    diff: result.diff,
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
