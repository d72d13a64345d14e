/**
 * Pairs the paragraphs of two language versions of one text. Pure, no network, no model:
 *
 *  1. features of each paragraph (features.ts) weighed by rarity over both versions (evidence.ts);
 *  2. fixed points: the user's corrections, headings paired in order (headings.ts), and
 *     paragraphs attested by a rare shared figure, acronym, name or printed number (anchors.ts);
 *  3. between them, a Gale–Church dynamic programme (lattice.ts) whose step cost adds the length
 *     model (French runs about 15 % longer than English, with a spread that grows with length)
 *     and the evidence the two sides share, allowing 1–1, 1–2, 2–1, 1–0 and 0–1 pairs;
 *  4. repairs for paragraphs the translation moved (moves.ts);
 *  5. a confidence for every pair (the forward–backward probability of its step, lowered when
 *     the two sides share little), and a `low` flag for the pairs a person should check.
 */
import { candidateFixedPoints, heaviestChain } from './anchors.ts';
import { contentSimilarity, similarity, unite, weighEvidence, type WeightedParagraph } from './evidence.ts';
import { featureKind, paragraphFeatures } from './features.ts';
import { headingBoundaries, sectionStarts, type Boundary } from './headings.ts';
import { languageOfText } from './language.ts';
import { bestPath, corridorThrough } from './lattice.ts';
import { rejoinMoved, uncross, type IndexPair } from './moves.ts';
import { DEFAULT_PARAMETERS, type AlignmentParameters } from './parameters.ts';

export { DEFAULT_PARAMETERS, type AlignmentParameters } from './parameters.ts';

export interface AlignableParagraph {
  id: string;
  n: number;
  text: string;
  /** The printed number or letter, when the import found one. */
  label?: string | null | undefined;
}

export interface AlignableDocument {
  language: string;
  sections: ReadonlyArray<{ heading: string | null; paragraphs: readonly AlignableParagraph[] }>;
}

/** Paragraph ids of each side; one side may be empty (a paragraph only in one version). */
export interface ParagraphPair {
  a: string[];
  b: string[];
  /** 0..1: how sure the aligner is of this pair (1 for a pair the user set). */
  confidence: number;
  /** Below the confidence a person should check. */
  low: boolean;
  /** The user set this pair (a correction or a confirmation). */
  corrected: boolean;
}

/** A pair the user set: these paragraphs go together (one side may be empty: "no counterpart"). */
export interface UserPair {
  a: readonly string[];
  b: readonly string[];
}

/**
 * Which aligner made an alignment: raised whenever its rules or tuning change, so that an
 * alignment a library kept from an older one is made again (the user's corrections are kept
 * apart and re-applied) instead of showing the old confidences and flags.
 */
export const ALIGNER_REVISION = 2;

export type AlignmentProblem = 'same-language' | 'nothing-in-common' | 'empty';

export type Alignment =
  { ok: true; pairs: ParagraphPair[]; evidence: number } | { ok: false; problem: AlignmentProblem; evidence: number };

export interface AlignmentOptions {
  parameters?: AlignmentParameters;
  /** The user's corrections, oldest first: kept exactly, and the rest aligned around them. */
  corrections?: readonly UserPair[];
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}

/** Standard normal two-sided tail, 2·(1 − Φ(|x|)) (Abramowitz–Stegun 7.1.26: enough for a cost). */
function twoSidedTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.max(1e-12, poly * Math.exp(-z * z));
}

/** The user's corrections as paragraph indexes; a correction naming a paragraph this version lacks is left out. */
function pinnedPairs(corrections: readonly UserPair[], idsA: readonly string[], idsB: readonly string[]): IndexPair[] {
  const indexA = new Map(idsA.map((id, i) => [id, i]));
  const indexB = new Map(idsB.map((id, j) => [id, j]));
  const claimedA = new Set<number>();
  const claimedB = new Set<number>();
  const pinned: IndexPair[] = [];
  // The newest correction wins when two name the same paragraph.
  for (const correction of [...corrections].reverse()) {
    const a = correction.a.map((id) => indexA.get(id));
    const b = correction.b.map((id) => indexB.get(id));
    if (a.length + b.length === 0 || a.includes(undefined) || b.includes(undefined)) continue;
    const ai = (a as number[]).sort((x, y) => x - y);
    const bj = (b as number[]).sort((x, y) => x - y);
    if (ai.some((i) => claimedA.has(i)) || bj.some((j) => claimedB.has(j))) continue;
    ai.forEach((i) => claimedA.add(i));
    bj.forEach((j) => claimedB.add(j));
    pinned.push({ a: ai, b: bj, posterior: 1, corrected: true });
  }
  return pinned;
}

/**
 * Where the programme is cut: before each corrected pair that keeps the reading order (the
 * longest chain of them), and at each heading boundary that agrees with those.
 */
function cutsFor(pinned: readonly IndexPair[], headings: readonly Boundary[], n: number, m: number): Boundary[] {
  const starts = pinned
    .filter((p) => p.a.length > 0 && p.b.length > 0)
    .map((p) => ({ i: p.a[0] as number, j: p.b[0] as number, score: 1 }))
    .sort((x, y) => x.i - y.i || x.j - y.j);
  const chain = heaviestChain(starts).map(({ i, j }) => ({ i, j }));
  const cuts = [{ i: 0, j: 0 }, ...chain, { i: n, j: m }];
  for (const boundary of headings) {
    const after = cuts.findIndex((c) => c.i > boundary.i || (c.i === boundary.i && c.j > boundary.j));
    const before = cuts[after - 1];
    const next = cuts[after];
    if (
      before &&
      next &&
      before.i <= boundary.i &&
      before.j <= boundary.j &&
      boundary.i <= next.i &&
      boundary.j <= next.j
    ) {
      cuts.splice(after, 0, boundary);
    }
  }
  return cuts.filter((c, k) => k === 0 || c.i !== cuts[k - 1]?.i || c.j !== cuts[k - 1]?.j);
}

/**
 * Pairs in reading order: by their first paragraph of A; a pair with nothing in A goes right
 * after the pair holding the B paragraph before it.
 */
function inReadingOrder(pairs: readonly IndexPair[]): IndexPair[] {
  const key = new Map<IndexPair, number>();
  for (const p of pairs) if (p.a.length > 0) key.set(p, p.a[0] as number);
  let last = -1;
  for (const p of pairs.filter((q) => q.b.length > 0).sort((x, y) => (x.b[0] as number) - (y.b[0] as number))) {
    const known = key.get(p);
    if (known === undefined) {
      last += 1e-6;
      key.set(p, last);
    } else last = known;
  }
  return [...pairs].sort((x, y) => (key.get(x) ?? 0) - (key.get(y) ?? 0));
}

/**
 * A paragraph alone (in one version only) is checked unless the model is nearly sure, and so
 * is a pair next to it that is not: the two usually stand for one split or merged paragraph
 * whose second half shares nothing the features can see, and neither is right on its own. A
 * paragraph alone next to a pair flagged for checking is checked too, and is no surer than that
 * pair: where its neighbours go is in doubt, so is its having no counterpart.
 */
function flagAroundAlone(pairs: ParagraphPair[], bar: number): void {
  const paired = (p: ParagraphPair) => p.a.length > 0 && p.b.length > 0;
  const unsure = (p: ParagraphPair | undefined): p is ParagraphPair => !!p && !p.corrected && p.confidence < bar;
  const flagged = (p: ParagraphPair | undefined) => !!p && !p.corrected && p.low && paired(p);
  pairs.forEach((pair, k) => {
    if (paired(pair) || pair.corrected) return;
    const neighbours = [pairs[k - 1], pairs[k + 1]];
    const doubtful = neighbours.filter(flagged) as ParagraphPair[];
    if (doubtful.length > 0) {
      // No surer than the pair beside it that puts it in doubt.
      pair.low = true;
      pair.confidence = Math.min(pair.confidence, ...doubtful.map((p) => p.confidence));
    }
    if (!unsure(pair)) return;
    pair.low = true;
    for (const neighbour of neighbours) if (unsure(neighbour) && paired(neighbour)) neighbour.low = true;
  });
}

/**
 * Aligns the paragraphs of `a` and `b`. Refuses two versions in the same language, and two
 * documents that share too little to be versions of one text.
 */
export function alignVersions(a: AlignableDocument, b: AlignableDocument, options: AlignmentOptions = {}): Alignment {
  const parameters = options.parameters ?? DEFAULT_PARAMETERS;
  const paragraphsA = a.sections.flatMap((s) => s.paragraphs);
  const paragraphsB = b.sections.flatMap((s) => s.paragraphs);
  if (paragraphsA.length === 0 || paragraphsB.length === 0) return { ok: false, problem: 'empty', evidence: 0 };
  const languageA = primary(a.language);
  const languageB = primary(b.language);
  const textLanguageA = languageOfText(paragraphsA.map((p) => p.text));
  const textLanguageB = languageOfText(paragraphsB.map((p) => p.text));
  if (languageA === languageB || (textLanguageA !== null && textLanguageA === textLanguageB)) {
    return { ok: false, problem: 'same-language', evidence: 0 };
  }

  const featuresA = paragraphsA.map((p) => paragraphFeatures(p.text, languageA, p.label));
  const featuresB = paragraphsB.map((p) => paragraphFeatures(p.text, languageB, p.label));
  const evidence = weighEvidence(featuresA, featuresB);
  const n = evidence.a.length;
  const m = evidence.b.length;
  const ratio = (parameters.lengthRatio[languageB] ?? 1) / (parameters.lengthRatio[languageA] ?? 1);
  const idsA = paragraphsA.map((p) => p.id);
  const idsB = paragraphsB.map((p) => p.id);

  const pinned = pinnedPairs(options.corrections ?? [], idsA, idsB);
  const pinnedA = new Set(pinned.flatMap((p) => p.a));
  const pinnedB = new Set(pinned.flatMap((p) => p.b));
  const fixed = heaviestChain(candidateFixedPoints(evidence, parameters.fixedPointSimilarity)).filter(
    (p) => !pinnedA.has(p.i) && !pinnedB.has(p.j),
  );
  const headings = headingBoundaries(sectionStarts(a.sections), sectionStarts(b.sections), n, m, languageA, languageB);
  const cuts = cutsFor(pinned, headings, n, m);

  // Neighbouring paragraphs united once, for the 2–1 and 1–2 steps.
  const unitedA = evidence.a.slice(0, -1).map((p, i) => unite(p, evidence.a[i + 1] as WeightedParagraph));
  const unitedB = evidence.b.slice(0, -1).map((p, j) => unite(p, evidence.b[j + 1] as WeightedParagraph));
  const sideA = (i: number, count: number) => (count === 1 ? evidence.a[i] : unitedA[i]) as WeightedParagraph;
  const sideB = (j: number, count: number) => (count === 1 ? evidence.b[j] : unitedB[j]) as WeightedParagraph;
  const labelA = featuresA.map((f) => f.label);
  const labelB = featuresB.map((f) => f.label);
  const labelled = labelA.some((l) => l !== null) && labelB.some((l) => l !== null);
  // Printed numbers on both sides that disagree ("2." with "2." and "3."): not one pair.
  const labelsDisagree = (i: number, j: number, da: number, db: number): boolean => {
    // At most two paragraphs a side: their labels, unlabelled ones left out.
    const left = [labelA[i], da === 2 ? labelA[i + 1] : null].filter((l) => l !== null && l !== undefined);
    const right = [labelB[j], db === 2 ? labelB[j + 1] : null].filter((l) => l !== null && l !== undefined);
    // A paragraph continuing a numbered one carries its number too ("9", "9"): one label.
    const distinct = (labels: Array<string | null | undefined>) => [...new Set(labels)].join();
    return left.length > 0 && right.length > 0 && distinct(left) !== distinct(right);
  };

  const cost = (i: number, j: number, da: number, db: number): number => {
    // A paragraph the user placed is passed over here, for free, and put back afterwards.
    const touchesPinned =
      (da > 0 && (pinnedA.has(i) || (da === 2 && pinnedA.has(i + 1)))) ||
      (db > 0 && (pinnedB.has(j) || (db === 2 && pinnedB.has(j + 1))));
    if (touchesPinned) return da + db === 1 ? 0 : Infinity;
    if (da === 0 || db === 0) {
      const alone = da === 0 ? (evidence.b[j] as WeightedParagraph) : (evidence.a[i] as WeightedParagraph);
      return parameters.stepCost.skip + parameters.skipPerCharacter * alone.length;
    }
    const left = sideA(i, da);
    const right = sideB(j, db);
    const mean = (left.length + right.length / ratio) / 2;
    const delta = (right.length - ratio * left.length) / Math.sqrt(Math.max(1, mean) * parameters.lengthVariance);
    const shared = similarity(left, right);
    let total = -Math.log(twoSidedTail(delta)) - parameters.evidenceWeight * (shared - parameters.evidenceExpected);
    if (labelled && labelsDisagree(i, j, da, db)) total += parameters.labelConflict;
    if (da === 1 && db === 1) return total + parameters.stepCost.oneOne;
    total += parameters.stepCost.merge;
    // A merged side: each of its paragraphs must earn its place, or a skip would do.
    const parts = da === 2 ? [evidence.a[i], evidence.a[i + 1]] : [evidence.b[j], evidence.b[j + 1]];
    for (const part of parts) {
      const partShared = similarity(part as WeightedParagraph, da === 2 ? right : left);
      total += parameters.evidenceWeight * Math.max(0, parameters.mergePartEvidence - partShared);
    }
    return total;
  };

  // The dynamic programme runs between the cuts, in a corridor around the fixed points.
  let pairs: IndexPair[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as Boundary;
    const end = cuts[k + 1] as Boundary;
    const rows = end.i - start.i;
    const columns = end.j - start.j;
    const inside = fixed
      .filter((p) => p.i > start.i && p.i < end.i && p.j > start.j && p.j < end.j)
      .map((p): [number, number] => [p.i - start.i, p.j - start.j]);
    const width = Math.max(parameters.corridorWidth, Math.ceil(parameters.corridorShare * Math.max(rows, columns)));
    const corridor = corridorThrough([[0, 0], ...inside, [rows, columns]], rows, columns, width);
    const local = bestPath(
      rows,
      columns,
      corridor,
      (i, j, da, db) => cost(i + start.i, j + start.j, da, db),
      parameters.temperature,
    );
    for (const step of local) {
      const ai = Array.from({ length: step.da }, (_, d) => step.i + start.i + d);
      const bj = Array.from({ length: step.db }, (_, d) => step.j + start.j + d);
      if (ai.some((i) => pinnedA.has(i)) || bj.some((j) => pinnedB.has(j))) continue;
      pairs.push({ a: ai, b: bj, posterior: step.posterior });
    }
  }
  pairs = rejoinMoved(uncross(pairs, evidence.a, evidence.b, parameters), evidence.a, evidence.b, parameters);
  pairs = inReadingOrder([...pairs, ...pinned]);

  // Printed paragraph numbers are shared by any two numbered texts: not evidence of one text.
  const labels = Uint8Array.from(evidence.keys, (key) => (featureKind(key) === 'label' ? 1 : 0));
  let sharedTotal = 0;
  const result: ParagraphPair[] = pairs.map((pair) => {
    const ids = { a: pair.a.map((i) => idsA[i] as string), b: pair.b.map((j) => idsB[j] as string) };
    const paired = pair.a.length > 0 && pair.b.length > 0;
    const united = (list: WeightedParagraph[], indexes: number[]) =>
      indexes.length === 1
        ? (list[indexes[0] as number] as WeightedParagraph)
        : indexes.map((k) => list[k] as WeightedParagraph).reduce((x, y) => unite(x, y));
    const left = paired ? united(evidence.a, pair.a) : null;
    const right = paired ? united(evidence.b, pair.b) : null;
    if (left && right) sharedTotal += contentSimilarity(left, right, labels) * Math.min(pair.a.length, pair.b.length);
    if (pair.corrected) return { ...ids, confidence: 1, low: false, corrected: true };
    // A printed number alone says nothing of what a pair says: content only (a renumbered
    // version pairs paragraphs whose numbers agree and whose words do not).
    const shared = left && right ? contentSimilarity(left, right, labels) : 0;
    const weak = paired && shared < parameters.weakEvidence;
    const confidence = Math.max(
      0,
      Math.min(1, weak ? pair.posterior * (shared / parameters.weakEvidence) : pair.posterior),
    );
    return {
      ...ids,
      confidence: Math.round(confidence * 1000) / 1000,
      low: confidence < parameters.lowConfidence,
      corrected: false,
    };
  });
  flagAroundAlone(result, parameters.lowConfidenceAlone);
  // Versions of one text share figures, names and cognates all through; two unrelated
  // documents share only the odd word.
  const meanEvidence = sharedTotal / Math.max(n, m);
  if (meanEvidence < parameters.minimumEvidence)
    return { ok: false, problem: 'nothing-in-common', evidence: meanEvidence };
  return { ok: true, pairs: result, evidence: meanEvidence };
}
