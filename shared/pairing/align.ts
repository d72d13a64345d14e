/**
 * Pairs the paragraphs of two language versions of one text. Pure, no network, no model:
 *
 *  1. features of each paragraph (features.ts) weighed by rarity over both versions (evidence.ts);
 *  2. fixed points: pairs attested by a rare shared figure, acronym, name or printed paragraph
 *     number (anchors.ts);
 *  3. between them, a Gale–Church dynamic programme (lattice.ts) whose step cost adds the length
 *     model (French runs about 15 % longer than English, with a spread that grows with length)
 *     and the evidence the two sides share, allowing 1–1, 1–2, 2–1, 1–0 and 0–1 pairs;
 *  4. a repair pass for paragraphs the translation moved: a paragraph left alone on each side,
 *     near each other and sharing strong evidence, are paired across the order;
 *  5. a confidence for every pair (the forward–backward probability of the step, lowered when
 *     the two sides share little), and a `low` flag for the pairs a person should check.
 */
import { candidateFixedPoints, heaviestChain } from './anchors.ts';
import { contentSimilarity, similarity, unite, weighEvidence, type WeightedParagraph } from './evidence.ts';
import { featureKind, paragraphFeatures } from './features.ts';
import { bestPath, corridorThrough, type LatticeStep } from './lattice.ts';
import { headingBoundaries, sectionStarts } from './headings.ts';
import { languageOfText } from './language.ts';

export interface AlignableParagraph {
  id: string;
  n: number;
  text: string;
  /** The printed number or letter, when the import found one. */
  label?: string | null;
}

export interface AlignableDocument {
  language: string;
  sections: ReadonlyArray<{ heading: string | null; paragraphs: readonly AlignableParagraph[] }>;
}

/** Paragraph ids of each side; one side may be empty (a paragraph only in one version). */
export interface ParagraphPair {
  a: string[];
  b: string[];
  /** 0..1: how sure the aligner is of this pair. */
  confidence: number;
  /** Below the confidence a person should check. */
  low: boolean;
}

export type AlignmentProblem = 'same-language' | 'nothing-in-common' | 'empty';

export type Alignment =
  { ok: true; pairs: ParagraphPair[]; evidence: number } | { ok: false; problem: AlignmentProblem; evidence: number };

/** The aligner's tuning; every value is a property of translations in general, not of a document. */
export interface AlignmentParameters {
  /** Expected length of a paragraph in each language relative to English. */
  lengthRatio: Record<string, number>;
  /** Variance of the length difference per character (Gale–Church's s²). */
  lengthVariance: number;
  /** Cost of each kind of step before any evidence (−log of how common it is). */
  stepCost: { oneOne: number; skip: number; merge: number };
  /** Extra cost per character of a paragraph left unpaired (long ones rarely are). */
  skipPerCharacter: number;
  /** How much shared evidence (0..1) lowers a step's cost. */
  evidenceWeight: number;
  /** Evidence expected of a true pair; less than this costs, more earns. */
  evidenceExpected: number;
  /** Each paragraph of a merged side must share this much with the other side, or pay for it. */
  mergePartEvidence: number;
  /** Cost of pairing paragraphs whose printed numbers disagree. */
  labelConflict: number;
  /** Two neighbouring pairs are crossed when crossing gains this much evidence. */
  swapMargin: number;
  /** Fixed points need at least this much shared evidence. */
  fixedPointSimilarity: number;
  /** Half-width of the corridor searched around the fixed points, in paragraphs. */
  corridorWidth: number;
  corridorShare: number;
  /** Softening of the costs when turning them into probabilities. */
  temperature: number;
  /** Paragraphs moved by the translation are paired back when they share this much, this close. */
  reorderSimilarity: number;
  reorderWindow: number;
  /** Pairs below this confidence are flagged for a person to check. */
  lowConfidence: number;
  /** Paired paragraphs sharing less than this are flagged whatever the model thinks. */
  weakEvidence: number;
  /** Versions whose pairs share less than this on average have nothing in common. */
  minimumEvidence: number;
}

export const DEFAULT_PARAMETERS: AlignmentParameters = {
  lengthRatio: { en: 1, fr: 1.15 },
  lengthVariance: 12,
  stepCost: { oneOne: 0.1, skip: 4, merge: 3 },
  skipPerCharacter: 0.01,
  evidenceWeight: 12,
  evidenceExpected: 0.15,
  mergePartEvidence: 0.2,
  labelConflict: 10,
  swapMargin: 0.15,
  fixedPointSimilarity: 0.2,
  corridorWidth: 8,
  corridorShare: 0.1,
  temperature: 1,
  reorderSimilarity: 0.3,
  reorderWindow: 8,
  lowConfidence: 0.8,
  weakEvidence: 0.1,
  minimumEvidence: 0.12,
};

interface Flat {
  paragraphs: AlignableParagraph[];
}

function flatten(document: AlignableDocument): Flat {
  return { paragraphs: document.sections.flatMap((s) => s.paragraphs) };
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}

/** Standard normal upper tail, 2·(1 − Φ(|x|)), by the complementary error function. */
function twoSidedTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  // Abramowitz–Stegun 7.1.26: enough precision for a cost.
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.max(1e-12, poly * Math.exp(-z * z));
}

/**
 * Aligns the paragraphs of `a` and `b`. Refuses two versions in the same language, and two
 * documents that share too little to be versions of one text.
 */
export function alignVersions(
  a: AlignableDocument,
  b: AlignableDocument,
  parameters: AlignmentParameters = DEFAULT_PARAMETERS,
): Alignment {
  const flatA = flatten(a);
  const flatB = flatten(b);
  if (flatA.paragraphs.length === 0 || flatB.paragraphs.length === 0)
    return { ok: false, problem: 'empty', evidence: 0 };
  const languageA = primary(a.language);
  const languageB = primary(b.language);
  const textLanguageA = languageOfText(flatA.paragraphs.map((p) => p.text));
  const textLanguageB = languageOfText(flatB.paragraphs.map((p) => p.text));
  if (languageA === languageB || (textLanguageA !== null && textLanguageA === textLanguageB)) {
    return { ok: false, problem: 'same-language', evidence: 0 };
  }

  const featuresA = flatA.paragraphs.map((p) => paragraphFeatures(p.text, languageA, p.label));
  const featuresB = flatB.paragraphs.map((p) => paragraphFeatures(p.text, languageB, p.label));
  const evidence = weighEvidence(featuresA, featuresB);
  const labelA = featuresA.map((f) => f.label);
  const labelB = featuresB.map((f) => f.label);
  /** Printed numbers on both sides that disagree ("2." with "2." and "3."): not one pair. */
  const labelsDisagree = (i: number, j: number, da: number, db: number): boolean => {
    const left = labelA.slice(i, i + da).filter((l) => l !== null);
    const right = labelB.slice(j, j + db).filter((l) => l !== null);
    return left.length > 0 && right.length > 0 && left.join() !== right.join();
  };
  const n = evidence.a.length;
  const m = evidence.b.length;
  const ratio = (parameters.lengthRatio[languageB] ?? 1) / (parameters.lengthRatio[languageA] ?? 1);

  const fixed = heaviestChain(candidateFixedPoints(evidence, parameters.fixedPointSimilarity));
  const boundaries = headingBoundaries(
    sectionStarts(a.sections),
    sectionStarts(b.sections),
    n,
    m,
    languageA,
    languageB,
  );

  // Neighbouring paragraphs united once, for the 2–1 and 1–2 steps.
  const unitedA = evidence.a.slice(0, -1).map((p, i) => unite(p, evidence.a[i + 1] as WeightedParagraph));
  const unitedB = evidence.b.slice(0, -1).map((p, j) => unite(p, evidence.b[j + 1] as WeightedParagraph));
  const side = (list: WeightedParagraph[], start: number, count: number): WeightedParagraph =>
    count === 1
      ? (list[start] as WeightedParagraph)
      : ((list === evidence.a ? unitedA : unitedB)[start] as WeightedParagraph);

  const cost = (i: number, j: number, da: number, db: number): number => {
    if (da === 0 || db === 0) {
      const alone = da === 0 ? (evidence.b[j] as WeightedParagraph) : (evidence.a[i] as WeightedParagraph);
      return parameters.stepCost.skip + parameters.skipPerCharacter * alone.length;
    }
    const left = side(evidence.a, i, da);
    const right = side(evidence.b, j, db);
    const expected = ratio * left.length;
    const mean = (left.length + right.length / ratio) / 2;
    const delta = (right.length - expected) / Math.sqrt(Math.max(1, mean) * parameters.lengthVariance);
    const shared = similarity(left, right);
    let total = -Math.log(twoSidedTail(delta)) - parameters.evidenceWeight * (shared - parameters.evidenceExpected);
    if (labelsDisagree(i, j, da, db)) total += parameters.labelConflict;
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

  // The dynamic programme runs between heading boundaries, in a corridor around the fixed points.
  const path: LatticeStep[] = [];
  const cuts = [{ i: 0, j: 0 }, ...boundaries, { i: n, j: m }];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as { i: number; j: number };
    const end = cuts[k + 1] as { i: number; j: number };
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
    for (const step of local) path.push({ ...step, i: step.i + start.i, j: step.j + start.j });
  }
  const pairs = repairMoves(uncross(path, evidence.a, evidence.b, parameters), evidence.a, evidence.b, parameters);

  const idsA = flatA.paragraphs.map((p) => p.id);
  const idsB = flatB.paragraphs.map((p) => p.id);
  // Printed paragraph numbers are shared by any two numbered texts: not evidence of one text.
  const labels = Uint8Array.from(evidence.keys, (key) => (featureKind(key) === 'label' ? 1 : 0));
  let sharedTotal = 0;
  let pairedCount = 0;
  const result: ParagraphPair[] = pairs.map((pair) => {
    const paired = pair.da > 0 && pair.db > 0;
    const shared = paired ? similarity(side(evidence.a, pair.i, pair.da), side(evidence.b, pair.j, pair.db)) : 0;
    if (paired) {
      sharedTotal +=
        contentSimilarity(side(evidence.a, pair.i, pair.da), side(evidence.b, pair.j, pair.db), labels) *
        Math.min(pair.da, pair.db);
      pairedCount += Math.min(pair.da, pair.db);
    }
    const weak = paired && shared < parameters.weakEvidence;
    const confidence = Math.max(
      0,
      Math.min(1, weak ? pair.posterior * (shared / parameters.weakEvidence) : pair.posterior),
    );
    return {
      a: idsA.slice(pair.i, pair.i + pair.da),
      b: idsB.slice(pair.j, pair.j + pair.db),
      confidence: Math.round(confidence * 1000) / 1000,
      low: confidence < parameters.lowConfidence,
    };
  });
  // Versions of one text share figures, names and cognates all through; two unrelated
  // documents share only the odd word.
  const meanEvidence = pairedCount === 0 ? 0 : sharedTotal / Math.max(n, m);
  if (meanEvidence < parameters.minimumEvidence)
    return { ok: false, problem: 'nothing-in-common', evidence: meanEvidence };
  return { ok: true, pairs: result, evidence: meanEvidence };
}

/**
 * Two neighbouring paragraphs the translation swapped come out of the monotone programme as
 * two weak pairs; crossed, they would be two strong ones. Cross them when that gains clearly.
 */
function uncross(
  path: LatticeStep[],
  a: WeightedParagraph[],
  b: WeightedParagraph[],
  parameters: AlignmentParameters,
): LatticeStep[] {
  const result = [...path];
  for (let k = 0; k + 1 < result.length; k++) {
    const x = result[k] as LatticeStep;
    const y = result[k + 1] as LatticeStep;
    if (x.da !== 1 || x.db !== 1 || y.da !== 1 || y.db !== 1) continue;
    const straight =
      similarity(a[x.i] as WeightedParagraph, b[x.j] as WeightedParagraph) +
      similarity(a[y.i] as WeightedParagraph, b[y.j] as WeightedParagraph);
    const first = similarity(a[x.i] as WeightedParagraph, b[y.j] as WeightedParagraph);
    const second = similarity(a[y.i] as WeightedParagraph, b[x.j] as WeightedParagraph);
    if (first + second < straight + parameters.swapMargin || Math.min(first, second) < parameters.reorderSimilarity)
      continue;
    const posterior = Math.min(1, (first + second - straight) / (2 * parameters.swapMargin));
    result[k] = { i: x.i, j: y.j, da: 1, db: 1, cost: 0, posterior };
    result[k + 1] = { i: y.i, j: x.j, da: 1, db: 1, cost: 0, posterior };
    k++;
  }
  return result;
}

/**
 * Paragraphs the translation moved come out of the monotone programme as a 1–0 on one side
 * and a 0–1 on the other. Pair such leftovers when they are close and share strong evidence;
 * the new pair sits where its first-side paragraph was.
 */
function repairMoves(
  path: LatticeStep[],
  a: WeightedParagraph[],
  b: WeightedParagraph[],
  parameters: AlignmentParameters,
): LatticeStep[] {
  const aloneA = path.filter((s) => s.da === 1 && s.db === 0);
  const aloneB = path.filter((s) => s.da === 0 && s.db === 1);
  if (aloneA.length === 0 || aloneB.length === 0) return path;
  const position = new Map(path.map((s, k) => [s, k]));
  const candidates: Array<{ x: LatticeStep; y: LatticeStep; score: number }> = [];
  for (const x of aloneA) {
    for (const y of aloneB) {
      const distance = Math.abs((position.get(x) ?? 0) - (position.get(y) ?? 0));
      if (distance > parameters.reorderWindow) continue;
      const score = similarity(a[x.i] as WeightedParagraph, b[y.j] as WeightedParagraph);
      if (score >= parameters.reorderSimilarity) candidates.push({ x, y, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  const used = new Set<LatticeStep>();
  const replaced = new Map<LatticeStep, LatticeStep | null>();
  for (const { x, y, score } of candidates) {
    if (used.has(x) || used.has(y)) continue;
    used.add(x);
    used.add(y);
    // Confidence of a moved pair: how clearly its evidence stands out.
    const posterior = Math.min(1, score / (2 * parameters.reorderSimilarity));
    replaced.set(x, { i: x.i, j: y.j, da: 1, db: 1, cost: 0, posterior });
    replaced.set(y, null);
  }
  const repaired: LatticeStep[] = [];
  for (const step of path) {
    const replacement = replaced.get(step);
    if (replacement === undefined) repaired.push(step);
    else if (replacement !== null) repaired.push(replacement);
  }
  return repaired;
}
