/**
 * Repairs for paragraphs a translation moved, which a monotone programme cannot pair: two
 * neighbouring paragraphs swapped come out as two weak pairs (crossed, they are two strong
 * ones), and a paragraph moved further comes out as a paragraph alone on each side.
 */
import { similarity, type WeightedParagraph } from './evidence.ts';
import type { AlignmentParameters } from './parameters.ts';

/** A pair as paragraph indexes of each side, with the model's probability for it. */
export interface IndexPair {
  a: number[];
  b: number[];
  posterior: number;
  corrected?: boolean;
}

const one = (pair: IndexPair): boolean => pair.a.length === 1 && pair.b.length === 1;

/** Crosses two neighbouring 1–1 pairs when crossing them gains clearly in shared evidence. */
export function uncross(
  pairs: IndexPair[],
  a: readonly WeightedParagraph[],
  b: readonly WeightedParagraph[],
  parameters: AlignmentParameters,
): IndexPair[] {
  const result = [...pairs];
  const sim = (i: number, j: number) => similarity(a[i] as WeightedParagraph, b[j] as WeightedParagraph);
  for (let k = 0; k + 1 < result.length; k++) {
    const x = result[k] as IndexPair;
    const y = result[k + 1] as IndexPair;
    if (!one(x) || !one(y)) continue;
    const [xi, xj, yi, yj] = [x.a[0], x.b[0], y.a[0], y.b[0]] as [number, number, number, number];
    const straight = sim(xi, xj) + sim(yi, yj);
    const first = sim(xi, yj);
    const second = sim(yi, xj);
    if (first + second < straight + parameters.swapMargin) continue;
    if (Math.min(first, second) < parameters.reorderSimilarity) continue;
    const posterior = Math.min(1, (first + second - straight) / (2 * parameters.swapMargin));
    result[k] = { a: [xi], b: [yj], posterior };
    result[k + 1] = { a: [yi], b: [xj], posterior };
    k++;
  }
  return result;
}

/**
 * Pairs a paragraph left alone on one side with one left alone on the other when they are
 * close and share strong evidence; the new pair takes the first side's place.
 */
export function rejoinMoved(
  pairs: IndexPair[],
  a: readonly WeightedParagraph[],
  b: readonly WeightedParagraph[],
  parameters: AlignmentParameters,
): IndexPair[] {
  const aloneA = pairs.filter((p) => p.a.length === 1 && p.b.length === 0 && !p.corrected);
  const aloneB = pairs.filter((p) => p.a.length === 0 && p.b.length === 1 && !p.corrected);
  if (aloneA.length === 0 || aloneB.length === 0) return pairs;
  const position = new Map(pairs.map((p, k) => [p, k]));
  const candidates: Array<{ x: IndexPair; y: IndexPair; score: number }> = [];
  for (const x of aloneA) {
    for (const y of aloneB) {
      if (Math.abs((position.get(x) ?? 0) - (position.get(y) ?? 0)) > parameters.reorderWindow) continue;
      const score = similarity(a[x.a[0] as number] as WeightedParagraph, b[y.b[0] as number] as WeightedParagraph);
      if (score >= parameters.reorderSimilarity) candidates.push({ x, y, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  const replaced = new Map<IndexPair, IndexPair | null>();
  for (const { x, y, score } of candidates) {
    if (replaced.has(x) || replaced.has(y)) continue;
    // How clearly the evidence stands out is all the confidence a moved pair has.
    const posterior = Math.min(1, score / (2 * parameters.reorderSimilarity));
    replaced.set(x, { a: x.a, b: y.b, posterior });
    replaced.set(y, null);
  }
  return pairs.flatMap((p) => {
    const replacement = replaced.get(p);
    return replacement === undefined ? [p] : replacement === null ? [] : [replacement];
  });
}
