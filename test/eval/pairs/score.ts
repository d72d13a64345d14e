/**
 * Scores an alignment against the truth: pair accuracy (share of truth pairs found exactly),
 * precision and recall over paragraph links (every English–French paragraph couple a pair
 * makes), and how many wrong pairs were flagged for a person to check.
 */
import type { ParagraphPair } from '../../../shared/pairing/index.ts';
import type { StructuredDocument } from '../../../shared/model/index.ts';
import type { TruthPair } from './gold.ts';

export interface Score {
  truthPairs: number;
  exact: number;
  foundPairs: number;
  wrongPairs: number;
  wrongFlagged: number;
  flagged: number;
  truthLinks: number;
  foundLinks: number;
  rightLinks: number;
  /** The wrong pairs, by paragraph numbers, for looking at (training split only). */
  wrong: Array<{ a: number[]; b: number[]; confidence: number; low: boolean }>;
}

const key = (a: readonly number[], b: readonly number[]): string =>
  `${[...a].sort((x, y) => x - y).join(',')}=${[...b].sort((x, y) => x - y).join(',')}`;

function numbering(document: StructuredDocument): Map<string, number> {
  return new Map(document.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.n] as const)));
}

function links(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>): Set<string> {
  const set = new Set<string>();
  for (const pair of pairs) for (const x of pair.a) for (const y of pair.b) set.add(`${x}-${y}`);
  return set;
}

export function scoreAlignment(
  truth: readonly TruthPair[],
  found: readonly ParagraphPair[],
  a: StructuredDocument,
  b: StructuredDocument,
): Score {
  const numberA = numbering(a);
  const numberB = numbering(b);
  const numbered = found.map((p) => ({
    a: p.a.map((id) => numberA.get(id) ?? 0),
    b: p.b.map((id) => numberB.get(id) ?? 0),
    confidence: p.confidence,
    low: p.low,
  }));
  const truthKeys = new Set(truth.map((p) => key(p.a, p.b)));
  const foundKeys = new Set(numbered.map((p) => key(p.a, p.b)));
  const wrong = numbered.filter((p) => !truthKeys.has(key(p.a, p.b)));
  const truthLinks = links(truth);
  const foundLinks = links(numbered);
  return {
    truthPairs: truth.length,
    exact: truth.filter((p) => foundKeys.has(key(p.a, p.b))).length,
    foundPairs: numbered.length,
    wrongPairs: wrong.length,
    wrongFlagged: wrong.filter((p) => p.low).length,
    flagged: numbered.filter((p) => p.low).length,
    truthLinks: truthLinks.size,
    foundLinks: foundLinks.size,
    rightLinks: [...foundLinks].filter((l) => truthLinks.has(l)).length,
    wrong,
  };
}

export function addScores(scores: readonly Score[]): Score {
  const sum = (f: (s: Score) => number) => scores.reduce((t, s) => t + f(s), 0);
  return {
    truthPairs: sum((s) => s.truthPairs),
    exact: sum((s) => s.exact),
    foundPairs: sum((s) => s.foundPairs),
    wrongPairs: sum((s) => s.wrongPairs),
    wrongFlagged: sum((s) => s.wrongFlagged),
    flagged: sum((s) => s.flagged),
    truthLinks: sum((s) => s.truthLinks),
    foundLinks: sum((s) => s.foundLinks),
    rightLinks: sum((s) => s.rightLinks),
    wrong: scores.flatMap((s) => s.wrong),
  };
}
