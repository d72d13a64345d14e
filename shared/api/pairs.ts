/**
 * Language versions paired paragraph by paragraph (issue 16). A pairing joins two documents'
 * series, so a new version of either stays paired; every answer is oriented from the document
 * asked about (`document` is it, `partner` the other language version, newest live version).
 * Paragraphs are named by their stable ids; numbers and printed labels are for display.
 */
import { z } from 'zod';
import { DocumentIdSchema } from './documents.ts';
import { PairedDocumentSchema, PairSuggestionSchema } from './pair-suggestion.ts';

export {
  PairedDocumentSchema,
  PairSuggestionSchema,
  type PairedDocument,
  type PairSuggestion,
} from './pair-suggestion.ts';

const ParagraphIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a paragraph id');

/** One pair: paragraphs of the document asked about (`a`) and of its partner (`b`). */
export const ParagraphPairViewSchema = z.object({
  a: z.array(z.string()),
  b: z.array(z.string()),
  /** Paragraph numbers (positions) of each side, for display and the CLI. */
  aNumbers: z.array(z.number().int().positive()),
  bNumbers: z.array(z.number().int().positive()),
  /** How each side's paragraphs are cited (printed label, else position). */
  aLabels: z.array(z.string()),
  bLabels: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  /** A person should check this pair. */
  low: z.boolean(),
  /** Set by the user: kept through every re-alignment. */
  corrected: z.boolean(),
});
export type ParagraphPairView = z.infer<typeof ParagraphPairViewSchema>;

export const PairAlignmentSchema = z.object({
  pairingId: z.string(),
  document: PairedDocumentSchema,
  partner: PairedDocumentSchema,
  pairs: z.array(ParagraphPairViewSchema),
});
export type PairAlignment = z.infer<typeof PairAlignmentSchema>;

const Pair = z.object({ a: z.array(ParagraphIdSchema).max(2), b: z.array(ParagraphIdSchema).max(2) });

export const pairsContract = {
  /** The document's other language version, if it is paired. */
  'pairs:partner': {
    input: z.object({ documentId: DocumentIdSchema }).strict(),
    output: z.object({ pairingId: z.string(), partner: PairedDocumentSchema }).nullable(),
  },
  /**
   * Pairs two documents as language versions of one text and aligns their paragraphs. Refused
   * (with a message) for two documents in the same language, with nothing in common, two
   * versions of one document, or a document already paired with another.
   */
  'pairs:pair': {
    input: z.object({ documentId: DocumentIdSchema, otherId: DocumentIdSchema }).strict(),
    output: PairAlignmentSchema,
  },
  /** Unpairs the document from its other language version (its corrections go with it). */
  'pairs:unpair': {
    input: z.object({ documentId: DocumentIdSchema }).strict(),
    output: z.object({ unpaired: z.boolean() }),
  },
  /** The paragraph alignment of this version with its partner's newest version; null when not paired. */
  'pairs:alignment': {
    input: z.object({ documentId: DocumentIdSchema }).strict(),
    output: PairAlignmentSchema.nullable(),
  },
  /**
   * The user's correction: these paragraphs of the document (`a`) go with these of its partner
   * (`b`); an empty side means "no counterpart". Confirming a pair is correcting it to itself.
   * Kept through every re-alignment; the rest is aligned again around it.
   */
  'pairs:correct': {
    input: z
      .object({ documentId: DocumentIdSchema, pair: Pair })
      .strict()
      .refine((v) => v.pair.a.length + v.pair.b.length > 0, 'a correction names at least one paragraph'),
    output: PairAlignmentSchema,
  },
  /**
   * The other language's wording of some paragraphs: their paired paragraphs in the partner
   * (whole paragraphs: the pair is the finest grain two translations share). Null when the
   * document is not paired or those paragraphs have no counterpart.
   */
  'pairs:counterpart': {
    input: z
      .object({ documentId: DocumentIdSchema, paragraphIds: z.array(ParagraphIdSchema).min(1).max(200) })
      .strict(),
    output: z
      .object({
        document: PairedDocumentSchema.extend({ date: z.string().nullable() }),
        paragraphs: z.array(z.object({ id: z.string(), n: z.number().int().positive() })),
        text: z.string(),
        /** A pair behind this wording was one the aligner was unsure of and no one confirmed. */
        unchecked: z.boolean(),
      })
      .nullable(),
  },
  /** Documents in the other language that look like this one's other version, best first. */
  'pairs:suggest': {
    input: z.object({ documentId: DocumentIdSchema }).strict(),
    output: z.array(PairSuggestionSchema),
  },
} as const;
