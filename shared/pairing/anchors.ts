/**
 * Fixed points: paragraph pairs so well attested that the dynamic programme is only asked to
 * fill in between them. A candidate shares a rare, telling feature with exactly one paragraph
 * on the other side — the same printed paragraph number, figure, acronym or name — and is
 * each side's best match; the kept fixed points are the heaviest chain in reading order on
 * both sides (a weighted longest increasing subsequence), so one stray match cannot cross the
 * others.
 */
import { featureKind } from './features.ts';
import { similarity, type Evidence } from './evidence.ts';

export interface FixedPoint {
  i: number;
  j: number;
  score: number;
}

const TELLING = new Set(['number', 'acronym', 'label', 'name']);

/** Candidate fixed points: mutual best matches through a feature found once on each side. */
export function candidateFixedPoints(evidence: Evidence, minimumSimilarity: number): FixedPoint[] {
  const { a, b, keys, countA, countB } = evidence;
  const holderB = new Map<number, number>();
  b.forEach((paragraph, j) => {
    for (const id of paragraph.ids) if (countA[id] === 1 && countB[id] === 1) holderB.set(id, j);
  });
  const candidates = new Map<string, FixedPoint>();
  a.forEach((paragraph, i) => {
    for (const id of paragraph.ids) {
      if (countA[id] !== 1 || countB[id] !== 1 || !TELLING.has(featureKind(keys[id] ?? ''))) continue;
      const j = holderB.get(id);
      if (j === undefined) continue;
      const key = `${i}:${j}`;
      if (candidates.has(key)) continue;
      const score = similarity(paragraph, b[j] as (typeof b)[number]);
      if (score >= minimumSimilarity) candidates.set(key, { i, j, score });
    }
  });
  // Keep a candidate only when it is the best for both of its paragraphs.
  const bestForA = new Map<number, number>();
  const bestForB = new Map<number, number>();
  for (const c of candidates.values()) {
    bestForA.set(c.i, Math.max(bestForA.get(c.i) ?? 0, c.score));
    bestForB.set(c.j, Math.max(bestForB.get(c.j) ?? 0, c.score));
  }
  return [...candidates.values()]
    .filter((c) => c.score === bestForA.get(c.i) && c.score === bestForB.get(c.j))
    .sort((x, y) => x.i - y.i || x.j - y.j);
}

/** The heaviest chain of points increasing on both sides (O(k²), k is small). */
export function heaviestChain(points: readonly FixedPoint[]): FixedPoint[] {
  const total = points.map((p) => p.score);
  const previous = points.map(() => -1);
  for (let k = 0; k < points.length; k++) {
    const p = points[k] as FixedPoint;
    for (let l = 0; l < k; l++) {
      const q = points[l] as FixedPoint;
      if (q.i < p.i && q.j < p.j && (total[l] as number) + p.score > (total[k] as number)) {
        total[k] = (total[l] as number) + p.score;
        previous[k] = l;
      }
    }
  }
  let end = -1;
  total.forEach((t, k) => {
    if (end < 0 || t > (total[end] as number)) end = k;
  });
  const chain: FixedPoint[] = [];
  for (let k = end; k >= 0; k = previous[k] as number) chain.push(points[k] as FixedPoint);
  return chain.reverse();
}
