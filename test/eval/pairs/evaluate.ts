/**
 * Scores the aligner on the gold set: per split, the pair scores; plus the refusals (every
 * English version against every other text's French version must be refused as having nothing
 * in common; each version against itself as the same language).
 */
import { alignVersions } from '../../../shared/pairing/index.ts';
import { currentTruth, loadGoldSet, SPLITS, type GoldPair, type Split } from './gold.ts';
import { addScores, scoreAlignment, type Score } from './score.ts';

export interface PairResult {
  name: string;
  split: Split;
  score: Score | null;
  /** Why the pair could not be scored (truth out of date, or refused). */
  problem: string | null;
  renumbered: boolean;
}

export interface Evaluation {
  splits: Array<{ split: Split; texts: number; total: Score; results: PairResult[] }>;
  /**
   * `highest`: the most two unrelated texts shared (refused or not); `lowestTrue`: the least a
   * gold pair shared. The refusal threshold must sit between them.
   */
  unrelated: { tried: number; refused: number; highestAccepted: number; highest: number; lowestTrue: number };
  sameLanguage: { tried: number; refused: number };
}

function evaluatePair(pair: GoldPair): PairResult {
  const base = { name: pair.name, split: pair.split };
  const truth = currentTruth(pair.truth, pair.a, pair.b);
  if (truth.problems.length > 0) {
    return {
      ...base,
      score: null,
      renumbered: truth.renumbered,
      problem: `the import finds other paragraphs than truth.json knows (rewrite it with write-truth.ts): ${truth.problems.slice(0, 3).join('; ')}`,
    };
  }
  const alignment = alignVersions(pair.a, pair.b);
  if (!alignment.ok) {
    return { ...base, score: null, renumbered: truth.renumbered, problem: `refused: ${alignment.problem}` };
  }
  return {
    ...base,
    score: scoreAlignment(truth.pairs, alignment.pairs, pair.a, pair.b),
    renumbered: truth.renumbered,
    problem: null,
  };
}

export async function evaluateGoldSet(): Promise<Evaluation> {
  const all: GoldPair[] = [];
  const splits: Evaluation['splits'] = [];
  for (const split of SPLITS) {
    const gold = await loadGoldSet(split);
    all.push(...gold);
    const results = gold.map(evaluatePair);
    splits.push({
      split,
      texts: gold.length,
      results,
      total: addScores(results.flatMap((r) => (r.score ? [r.score] : []))),
    });
  }
  const unrelated = { tried: 0, refused: 0, highestAccepted: 0, highest: 0, lowestTrue: Infinity };
  for (const x of all) unrelated.lowestTrue = Math.min(unrelated.lowestTrue, alignVersions(x.a, x.b).evidence);
  for (const x of all) {
    for (const y of all) {
      if (x === y) continue;
      unrelated.tried++;
      const alignment = alignVersions(x.a, y.b);
      unrelated.highest = Math.max(unrelated.highest, alignment.evidence);
      if (!alignment.ok && alignment.problem === 'nothing-in-common') unrelated.refused++;
      else unrelated.highestAccepted = Math.max(unrelated.highestAccepted, alignment.evidence);
    }
  }
  const sameLanguage = { tried: all.length, refused: 0 };
  for (const x of all) {
    const english = alignVersions(x.a, x.a);
    // The French version recorded as English by mistake: its words still say French.
    const french = alignVersions(x.b, { ...x.b, language: 'en' });
    if (!english.ok && english.problem === 'same-language' && !french.ok && french.problem === 'same-language') {
      sameLanguage.refused++;
    }
  }
  return { splits, unrelated, sameLanguage };
}
