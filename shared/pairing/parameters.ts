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
  /** Half-width of the corridor searched around the fixed points: at least this many paragraphs… */
  corridorWidth: number;
  /** …and at least this share of the longer stretch. */
  corridorShare: number;
  /** Softening of the costs when turning them into probabilities. */
  temperature: number;
  /** Paragraphs moved by the translation are paired back when they share this much, this close. */
  reorderSimilarity: number;
  reorderWindow: number;
  /** Pairs below this confidence are flagged for a person to check. */
  lowConfidence: number;
  /**
   * A paragraph said to be in one version only, and a pair beside it that may have absorbed
   * it (a split or a merge the evidence cannot see), are flagged below this stricter bar:
   * "the other version lacks this" is a claim a reader acts on.
   */
  lowConfidenceAlone: number;
  /** Paired paragraphs sharing less than this are flagged whatever the model thinks. */
  weakEvidence: number;
  /** Versions whose pairs share less than this on average have nothing in common. */
  minimumEvidence: number;
}

/** Tuned on the training half of the gold set (test/eval/pairs/train); see its README. */
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
  lowConfidenceAlone: 0.95,
  weakEvidence: 0.1,
  minimumEvidence: 0.08,
};
