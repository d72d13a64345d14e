/**
 * The dynamic programme between the fixed points: a path through the grid of (paragraphs of A
 * used, paragraphs of B used), one step per pair, where a step takes 1–1, 1–0, 0–1, 2–1 or 1–2
 * paragraphs. Only a corridor around the fixed points is searched, which keeps two
 * 500-paragraph versions well under the time budget. Besides the cheapest path (Viterbi), a
 * forward–backward pass gives each step of it the probability that the pair is right given
 * every other way of pairing the paragraphs around it: the aligner's confidence.
 */

/** A step: how many paragraphs of each side it pairs. */
export const STEPS = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
] as const;
export type Step = (typeof STEPS)[number];

/** The corridor: for each row i (paragraphs of A used), the columns j that may be visited. */
export interface Corridor {
  lo: Int32Array;
  hi: Int32Array;
}

export interface LatticeStep {
  /** First paragraph (0-based) of each side in this step, and how many. */
  i: number;
  j: number;
  da: number;
  db: number;
  cost: number;
  /** Probability of this step under the model (forward–backward), 0..1. */
  posterior: number;
}

/** `cost(i, j, da, db)`: the cost (negative log-likelihood) of pairing a[i..i+da) with b[j..j+db). */
export type StepCost = (i: number, j: number, da: number, db: number) => number;

/** A corridor of half-width `width` around the polyline through `points` (which must include (0,0) and (n,m)). */
export function corridorThrough(
  points: ReadonlyArray<readonly [number, number]>,
  n: number,
  m: number,
  width: number,
): Corridor {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < points.length - 2 && (points[k + 1]?.[0] ?? n) < i) k++;
    const [i0, j0] = points[k] ?? [0, 0];
    const [i1, j1] = points[k + 1] ?? [n, m];
    const center = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
    // At a fixed point's row, the corridor reaches back to the previous point's column so that
    // steep stretches (many paragraphs of B for one of A) stay connected.
    lo[i] = Math.max(0, Math.floor(center - width));
    hi[i] = Math.min(m, Math.ceil(center + width));
  }
  lo[0] = 0;
  hi[n] = m;
  // Each row must reach the next one: a step moves at most two columns, and 0–1 steps move
  // along a row, so a row's last column must be at least the next row's first.
  for (let i = 0; i < n; i++) hi[i] = Math.max(hi[i] as number, lo[i + 1] as number);
  for (let i = n; i > 0; i--) lo[i] = Math.min(lo[i] as number, hi[i - 1] as number);
  return { lo, hi };
}

function logAddExp(x: number, y: number): number {
  if (x === Infinity) return y;
  if (y === Infinity) return x;
  // In negative-log space: -log(e^-x + e^-y).
  const low = Math.min(x, y);
  return low - Math.log1p(Math.exp(-Math.abs(x - y)));
}

/**
 * The cheapest path from (0,0) to (n,m) inside the corridor, with each step's posterior.
 * `temperature` softens the costs for the posteriors only (1 = the costs as probabilities).
 */
export function bestPath(n: number, m: number, corridor: Corridor, cost: StepCost, temperature = 1): LatticeStep[] {
  const { lo, hi } = corridor;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = (rowStart[i] as number) + ((hi[i] as number) - (lo[i] as number) + 1);
  const cells = rowStart[n + 1] as number;
  const index = (i: number, j: number): number =>
    j < (lo[i] as number) || j > (hi[i] as number) ? -1 : (rowStart[i] as number) + j - (lo[i] as number);

  const steps = STEPS.length;
  // Cost of each step leaving each cell (Infinity when it leaves the grid or the corridor).
  const stepCost = new Float64Array(cells * steps).fill(Infinity);
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const forward = new Float64Array(cells).fill(Infinity);
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const from = index(i, j);
      const here = best[from] as number;
      const f = forward[from] as number;
      if (here === Infinity && f === Infinity) continue;
      for (let s = 0; s < steps; s++) {
        const [da, db] = STEPS[s] as Step;
        if (i + da > n || j + db > m) continue;
        const to = index(i + da, j + db);
        if (to < 0) continue;
        const c = cost(i, j, da, db);
        stepCost[from * steps + s] = c;
        if (here + c < (best[to] as number)) {
          best[to] = here + c;
          back[to] = s;
        }
        forward[to] = logAddExp(forward[to] as number, f + c / temperature);
      }
    }
  }
  const end = index(n, m);
  if (end < 0 || best[end] === Infinity) throw new Error('no path through the corridor');

  const backward = new Float64Array(cells).fill(Infinity);
  backward[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i] as number; j >= (lo[i] as number); j--) {
      const from = index(i, j);
      let total = from === end ? 0 : Infinity;
      for (let s = 0; s < steps; s++) {
        const c = stepCost[from * steps + s] as number;
        if (c === Infinity) continue;
        const [da, db] = STEPS[s] as Step;
        const to = index(i + da, j + db);
        total = logAddExp(total, c / temperature + (backward[to] as number));
      }
      backward[from] = total;
    }
  }
  const all = forward[end] as number;

  const path: LatticeStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const to = index(i, j);
    const s = back[to] as number;
    const [da, db] = STEPS[s] as Step;
    const fromI = i - da;
    const fromJ = j - db;
    const from = index(fromI, fromJ);
    const c = stepCost[from * steps + s] as number;
    const posterior = Math.exp(-((forward[from] as number) + c / temperature + (backward[to] as number) - all));
    path.push({ i: fromI, j: fromJ, da, db, cost: c, posterior: Math.min(1, posterior) });
    i = fromI;
    j = fromJ;
  }
  return path.reverse();
}
