/**
 * Paragraph features as weighted vectors over both versions, and how much two stretches of
 * paragraphs share. A feature's weight is its kind's weight times its rarity across both
 * versions (a year found in every paragraph says little; a figure found once on each side
 * says a lot).
 */
import { FEATURE_WEIGHTS, featureKind, type ParagraphFeatures } from './features.ts';

/** One paragraph as sorted feature ids with their weights, and its total weight. */
export interface WeightedParagraph {
  ids: Int32Array;
  weights: Float64Array;
  total: number;
  length: number;
}

export interface Evidence {
  a: WeightedParagraph[];
  b: WeightedParagraph[];
  /** Feature key of each id. */
  keys: string[];
  /** How many paragraphs of each side hold each feature id. */
  countA: Int32Array;
  countB: Int32Array;
}

/** Interns the features of both versions and weighs each by its kind and rarity. */
export function weighEvidence(a: readonly ParagraphFeatures[], b: readonly ParagraphFeatures[]): Evidence {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const intern = (key: string): number => {
    let id = idOf.get(key);
    if (id === undefined) {
      id = keys.length;
      idOf.set(key, id);
      keys.push(key);
    }
    return id;
  };
  const idsA = a.map((p) => p.keys.map(intern));
  const idsB = b.map((p) => p.keys.map(intern));
  const countA = new Int32Array(keys.length);
  const countB = new Int32Array(keys.length);
  for (const ids of idsA) for (const id of ids) countA[id] = (countA[id] ?? 0) + 1;
  for (const ids of idsB) for (const id of ids) countB[id] = (countB[id] ?? 0) + 1;
  const total = a.length + b.length;
  const weightOf = keys.map((key, id) => {
    const frequency = (countA[id] ?? 0) + (countB[id] ?? 0);
    return FEATURE_WEIGHTS[featureKind(key)] * Math.log(1 + total / frequency);
  });
  const weigh = (ids: number[], length: number): WeightedParagraph => {
    const sorted = Int32Array.from(ids).sort();
    const weights = Float64Array.from(sorted, (id) => weightOf[id] ?? 0);
    return { ids: sorted, weights, total: weights.reduce((s, w) => s + w, 0), length };
  };
  return {
    a: idsA.map((ids, i) => weigh(ids, a[i]?.length ?? 0)),
    b: idsB.map((ids, j) => weigh(ids, b[j]?.length ?? 0)),
    keys,
    countA,
    countB,
  };
}

/** Weight of the features two paragraphs share (sorted-merge of their ids). */
function sharedWeight(x: WeightedParagraph, y: WeightedParagraph): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  const xs = x.ids;
  const ys = y.ids;
  while (i < xs.length && j < ys.length) {
    const xi = xs[i] as number;
    const yj = ys[j] as number;
    if (xi === yj) {
      shared += x.weights[i] as number;
      i++;
      j++;
    } else if (xi < yj) i++;
    else j++;
  }
  return shared;
}

/** The union of two neighbouring paragraphs' features, for a merged side of a pair. */
export function unite(x: WeightedParagraph, y: WeightedParagraph): WeightedParagraph {
  const ids: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.ids.length || j < y.ids.length) {
    const xi = i < x.ids.length ? (x.ids[i] as number) : Infinity;
    const yj = j < y.ids.length ? (y.ids[j] as number) : Infinity;
    if (xi <= yj) {
      ids.push(xi);
      weights.push(x.weights[i] as number);
      i++;
      if (xi === yj) j++;
    } else {
      ids.push(yj);
      weights.push(y.weights[j] as number);
      j++;
    }
  }
  return {
    ids: Int32Array.from(ids),
    weights: Float64Array.from(weights),
    total: weights.reduce((s, w) => s + w, 0),
    length: x.length + y.length,
  };
}

/** Weighted Dice coefficient: 1 when both sides hold the same features, 0 when they share none. */
export function similarity(x: WeightedParagraph, y: WeightedParagraph): number {
  const total = x.total + y.total;
  return total === 0 ? 0 : (2 * sharedWeight(x, y)) / total;
}

/**
 * Weighted Dice over the features not marked in `excluded` (by id): what two stretches share
 * in content, leaving out features any two documents of the same shape share (printed
 * paragraph numbers).
 */
export function contentSimilarity(x: WeightedParagraph, y: WeightedParagraph, excluded: Uint8Array): number {
  let total = 0;
  x.ids.forEach((id, k) => (total += excluded[id] ? 0 : (x.weights[k] as number)));
  y.ids.forEach((id, k) => (total += excluded[id] ? 0 : (y.weights[k] as number)));
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const xi = x.ids[i] as number;
    const yj = y.ids[j] as number;
    if (xi === yj) {
      if (!excluded[xi]) shared += x.weights[i] as number;
      i++;
      j++;
    } else if (xi < yj) i++;
    else j++;
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
