/**
 * Finding a passage again in a (possibly changed) text from its selectors, after the
 * Hypothesis client's `annotator/anchoring/match-quote`: exact text first (near where we
 * expect it, then anywhere), then fuzzy matching of the quote, scored with its context.
 *
 * The result says how much to trust it:
 * - `exact`: the same text at the same offset;
 * - `moved`: the same text, found elsewhere (and not ambiguously);
 * - `changed`: placed by fuzzy matching on text that differs, or the same text found in more
 *   than one place with nothing to tell them apart, or found between its unchanged context
 *   with most of its words still there (words inserted into a short phrase: "illegal fishing"
 *   → "illegal, unreported fishing"). A close match can be the wrong passage, so the user is
 *   asked to confirm it;
 * - `orphaned`: not found; the annotation keeps its quote and is listed, never dropped.
 */
import search from 'approx-string-match';
import type { Selectors, TextQuoteSelector } from './selectors.ts';

export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphaned';
export const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'changed', 'orphaned'];

export type Anchor =
  | { status: 'exact' | 'moved' | 'changed'; start: number; end: number; /** 0..1 */ score: number }
  | { status: 'orphaned'; start: null; end: null; score: number };

export interface AnchorOptions {
  /**
   * Offsets where the passage probably starts in this text (e.g. mapped through unchanged
   * paragraphs by `mapOffset`). Tried first, and used to break ties between equal matches.
   */
  hints?: readonly number[];
}

/** Below this similarity a fuzzy match of the quote is not trusted at all. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Fuzzy matches of shorter quotes also need their context to agree (short text matches too easily). */
const SHORT_QUOTE = 16;
/** Hypothesis caps the error budget too: the cost of the search grows with it. */
const MAX_ERRORS = 256;
/** Occurrences of the exact text examined before giving up on telling them apart. */
const MAX_OCCURRENCES = 1000;
/** Characters either side of the expected place searched before the whole text. */
const WINDOW = 2048;

/** How much of `prefix` ends exactly where `at` begins, and of `suffix` starts at `end` (0..1). */
export function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const { prefix, suffix } = quote;
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let before = 0;
  while (before < prefix.length && text[start - 1 - before] === prefix[prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < suffix.length && text[end + after] === suffix[after]) after++;
  return (before + after) / total;
}

/** 1 - (edit distance of the best match of `pattern` in `text`) / pattern length; 0..1. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  const matches = search(text, pattern, pattern.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / pattern.length;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    found.push(at);
  }
  return found;
}

function nearestDistance(at: number, hints: readonly number[]): number {
  let best = Infinity;
  for (const hint of hints) best = Math.min(best, Math.abs(at - hint));
  return best;
}

/** Exact text: at a hint with agreeing context, else the one occurrence that context singles out. */
function anchorExactly(text: string, selectors: Selectors, hints: readonly number[]): Anchor | undefined {
  const { quote, position } = selectors;
  const length = quote.exact.length;
  const statusAt = (at: number) => (at === position.start ? 'exact' : 'moved');

  // Fast path: where we expect it, with its context (or at its old offset in an unchanged text).
  for (const hint of hints) {
    if (text.startsWith(quote.exact, hint) && contextAgreement(text, hint, hint + length, quote) >= 0.5) {
      return { status: statusAt(hint), start: hint, end: hint + length, score: 1 };
    }
  }

  const occurrences = exactOccurrences(text, quote.exact);
  if (occurrences.length === 0) return undefined;
  const scored = occurrences
    .map((at) => ({
      at,
      context: contextAgreement(text, at, at + length, quote),
      distance: nearestDistance(at, hints),
    }))
    .sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = scored[0] as (typeof scored)[number];
  const second = scored[1];
  const unambiguous = !second || best.context > second.context || hints.includes(best.at);
  return {
    status: unambiguous ? statusAt(best.at) : 'changed',
    start: best.at,
    end: best.at + length,
    score: unambiguous ? 1 : 0.9,
  };
}

interface FuzzyCandidate {
  start: number;
  end: number;
  quoteScore: number;
  contextScore: number;
  score: number;
}

function fuzzyIn(
  text: string,
  from: number,
  to: number,
  quote: TextQuoteSelector,
  hints: readonly number[],
): FuzzyCandidate | undefined {
  const exact = quote.exact;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  const slice = text.slice(from, to);
  const matches = search(slice, exact, maxErrors);
  let best: FuzzyCandidate | undefined;
  for (const match of matches) {
    const start = from + match.start;
    const end = from + match.end;
    const quoteScore = 1 - match.errors / exact.length;
    const prefixScore = quote.prefix
      ? similarity(text.slice(Math.max(0, start - quote.prefix.length - 4), start), quote.prefix)
      : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(end, end + quote.suffix.length + 4), quote.suffix) : 1;
    const contextScore = (prefixScore + suffixScore) / 2;
    const distance = hints.length > 0 ? nearestDistance(start, hints) : 0;
    const positionScore = 1 - Math.min(1, distance / Math.max(1, text.length));
    // Hypothesis' weights: the quote matters most, then its context, then where it is.
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { start, end, quoteScore, contextScore, score };
  }
  return best;
}

function acceptable(candidate: FuzzyCandidate | undefined, quote: TextQuoteSelector): candidate is FuzzyCandidate {
  if (!candidate || candidate.quoteScore < MIN_QUOTE_SIMILARITY) return false;
  return quote.exact.length >= SHORT_QUOTE || candidate.contextScore >= 0.5;
}

/**
 * Finds the passage `selectors` describe in `text`. Pure and deterministic: the same inputs
 * always give the same anchor, which the store caches per document version.
 */
export function anchorSelectors(text: string, selectors: Selectors, options: AnchorOptions = {}): Anchor {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return { status: 'orphaned', start: null, end: null, score: 0 };
  const hints = [...new Set([...(options.hints ?? []), position.start])];

  const exact = anchorExactly(text, selectors, hints);
  if (exact) return exact;

  // Very short quotes cannot be matched fuzzily with any confidence.
  if (quote.exact.length < 4) return { status: 'orphaned', start: null, end: null, score: 0 };

  // Near where we expect it first: cheap on a long text, and the likeliest place.
  const length = quote.exact.length;
  let best: FuzzyCandidate | undefined;
  for (const hint of hints) {
    const candidate = fuzzyIn(
      text,
      Math.max(0, hint - WINDOW),
      Math.min(text.length, hint + length + WINDOW),
      quote,
      hints,
    );
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!acceptable(best, quote) || best.contextScore < 0.5) {
    const anywhere = fuzzyIn(text, 0, text.length, quote, hints);
    if (anywhere && (!best || anywhere.score > best.score)) best = anywhere;
  }
  const bestScore = best?.score ?? 0;
  if (!acceptable(best, quote)) {
    // Too changed for the quote alone: its context may still say where it is.
    const between = anchorBetweenContext(text, quote, hints);
    if (between) return { status: 'changed', ...between };
    return { status: 'orphaned', start: null, end: null, score: bestScore };
  }
  const refined = refineBoundaries(text, best.start, best.end, quote);
  return { status: 'changed', start: refined.start, end: refined.end, score: best.score };
}

/**
 * A fuzzy match takes the cheapest ending, which cuts a changed last word short ("troops"
 * matched as "tr" for "soldiers"). Where the prefix and suffix are found next to the match,
 * they say where the passage really begins and ends.
 */
function refineBoundaries(
  text: string,
  start: number,
  end: number,
  quote: TextQuoteSelector,
): { start: number; end: number } {
  const slack = Math.max(8, Math.floor(quote.exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  let newStart = start;
  let newEnd = end;
  if (quote.suffix.length >= 8) {
    const from = Math.max(start + 1, end - slack);
    const window = text.slice(from, end + quote.suffix.length + slack);
    const found = closest(search(window, quote.suffix, Math.floor(quote.suffix.length / 4)), end - from, 'start');
    if (found !== undefined) newEnd = from + found;
  }
  if (quote.prefix.length >= 8) {
    const from = Math.max(0, start - quote.prefix.length - slack);
    const window = text.slice(from, Math.min(newEnd - 1, start + slack));
    const found = closest(search(window, quote.prefix, Math.floor(quote.prefix.length / 4)), start - from, 'end');
    if (found !== undefined) newStart = from + found;
  }
  // Never produce an empty or inverted range; never include the separator's blank line edges.
  if (newEnd <= newStart) return { start, end };
  while (newStart < newEnd && /\s/.test(text[newStart] as string)) newStart++;
  while (newEnd > newStart && /\s/.test(text[newEnd - 1] as string)) newEnd--;
  return { start: newStart, end: newEnd };
}

/** The edge (`start` or `end`) of the fewest-error match nearest to `target`. */
function closest(
  matches: ReadonlyArray<{ start: number; end: number; errors: number }>,
  target: number,
  edge: 'start' | 'end',
): number | undefined {
  let best: { at: number; errors: number } | undefined;
  for (const match of matches) {
    const at = match[edge];
    if (
      !best ||
      match.errors < best.errors ||
      (match.errors === best.errors && Math.abs(at - target) < Math.abs(best.at - target))
    ) {
      best = { at, errors: match.errors };
    }
  }
  return best?.at;
}

/** How much of the context next to the passage is looked for (the part nearest the quote). */
const CONTEXT_PROBE = 24;
/** A context shorter than this says too little about where the passage is. */
const MIN_CONTEXT = 8;
/** Share of the quote's words that must still be between its prefix and suffix. */
export const MIN_WORDS_KEPT = 0.6;
/** The score a passage found by its context gets: always below a fuzzy match of the quote. */
const CONTEXT_SCORE = 0.6;

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `quote`'s words (counted with repeats) found in `passage`. */
function wordsKept(quote: string, passage: string): number {
  const wanted = wordsOf(quote);
  if (wanted.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of wordsOf(passage)) available.set(word, (available.get(word) ?? 0) + 1);
  let kept = 0;
  for (const word of wanted) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      available.set(word, left - 1);
      kept++;
    }
  }
  return kept / wanted.length;
}

/** Where `probe` occurs in `text`, allowing a few errors: `[start, end)` of each close match. */
function probeMatches(text: string, probe: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(probe); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(probe, at + 1)) {
    found.push({ start: at, end: at + probe.length });
  }
  if (found.length > 0) return found;
  const errors = Math.floor(probe.length / 8);
  return errors === 0 ? [] : search(text, probe, errors).map((m) => ({ start: m.start, end: m.end }));
}

/**
 * The passage found between its prefix and suffix, when both still stand next to each other
 * with most of the quote's words between them (a passage at the start or end of the text has
 * only one side). Anything else, or a gap much longer than the quote, is no evidence.
 */
function anchorBetweenContext(
  text: string,
  quote: TextQuoteSelector,
  hints: readonly number[],
): { start: number; end: number; score: number } | undefined {
  const before = quote.prefix.slice(-CONTEXT_PROBE);
  const after = quote.suffix.slice(0, CONTEXT_PROBE);
  const hasBefore = before.trim().length >= MIN_CONTEXT;
  const hasAfter = after.trim().length >= MIN_CONTEXT;
  // Both sides must agree, unless the passage opened or closed the text (no context there).
  if ((!hasBefore && quote.prefix.length > 0) || (!hasAfter && quote.suffix.length > 0)) return undefined;
  if (!hasBefore && !hasAfter) return undefined;
  const maxGap = quote.exact.length * 3 + 40;
  const starts = hasBefore ? probeMatches(text, before).map((m) => m.end) : [0];
  const ends = hasAfter ? probeMatches(text, after).map((m) => m.start) : [text.length];
  let best: { start: number; end: number; distance: number } | undefined;
  for (const from of starts) {
    for (const to of ends) {
      if (to <= from || to - from > maxGap) continue;
      const { start, end } = trimmed(text, from, to);
      if (start >= end || wordsKept(quote.exact, text.slice(start, end)) < MIN_WORDS_KEPT) continue;
      const distance = hints.length > 0 ? nearestDistance(start, hints) : 0;
      if (!best || distance < best.distance) best = { start, end, distance };
    }
  }
  return best ? { start: best.start, end: best.end, score: CONTEXT_SCORE } : undefined;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}
