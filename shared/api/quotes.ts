import { z } from 'zod';
import { DocumentKindSchema } from '../model/document.ts';
import { CHANGE_KINDS, FIDELITIES } from '../quotes/classify.ts';
import { DocumentIdSchema } from './documents.ts';
import { TaskIdSchema } from './tasks.ts';

/**
 * How faithful a quotation is, from most to least. `reworded` ("reworded — check") sits between
 * paraphrase and divergent: content words changed in a way the check cannot vouch for.
 */
const FidelitySchema = z.enum(FIDELITIES);

const QuoteChangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(CHANGE_KINDS),
  significant: z.boolean(),
  changedWords: z.array(z.string()),
});

const PositionSchema = z.object({ paragraph: z.number().int().positive(), offset: z.number().int().nonnegative() });

/** One quotation of the article: where it is, where it comes from, how faithful it is. */
export const QuoteFindingSchema = z.object({
  index: z.number().int().positive(),
  text: z.string(),
  segments: z.array(
    z.object({
      paragraph: z.number().int().positive(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  ),
  fidelity: FidelitySchema,
  /**
   * The source passage's first paragraph, by identity: `paragraphId` in version `version` of
   * `documentId`; `paragraph` is its position (kept for scripts) and `label` what it is cited as.
   */
  source: z
    .object({
      documentId: z.string(),
      paragraph: z.number().int().positive(),
      paragraphId: z.string().optional(),
      version: z.number().int().positive().optional(),
      label: z.string().optional(),
    })
    .nullable(),
  match: z
    .object({
      documentId: z.string(),
      /** Positions of the matched paragraphs (show `labels`). */
      paragraphs: z.array(z.number().int().positive()),
      paragraphIds: z.array(z.string()).optional(),
      /** What the matched paragraphs are cited as (after ¶), in order. */
      labels: z.array(z.string()).optional(),
      start: PositionSchema,
      end: PositionSchema,
      text: z.string(),
      coverage: z.number().min(0).max(1),
    })
    .nullable(),
  changes: z.array(QuoteChangeSchema),
  changedWords: z.array(z.string()),
  diff: z.array(
    z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string(), changed: z.boolean().optional() }),
  ),
});

const DocumentRefSchema = z.object({ id: z.string(), title: z.string(), kind: DocumentKindSchema });

export const QuoteCheckSchema = z.object({
  document: DocumentRefSchema,
  /** The documents the quotations were checked against. */
  sources: z.array(
    DocumentRefSchema.extend({
      suggested: z.boolean(),
      /** Read instead of this document: it is that one's paired version in the article's language. */
      pairedFrom: z.string().optional(),
    }),
  ),
  /** Library documents the article likely quotes, best first (never news articles). */
  suggestions: z.array(DocumentRefSchema.extend({ matchedQuotes: z.number().int().nonnegative(), score: z.number() })),
  quotes: z.array(QuoteFindingSchema),
});
export type QuoteCheck = z.infer<typeof QuoteCheckSchema>;

export const quotesContract = {
  /**
   * Finds the quotations of a document and checks each against `sourceIds` (at most 20), or,
   * without them, against the suggested sources.
   */
  'quotes:check': {
    input: z
      .object({
        documentId: DocumentIdSchema,
        sourceIds: z.array(DocumentIdSchema).max(20).optional(),
        /** Names the check for tasks:progress and tasks:cancel. */
        taskId: TaskIdSchema.optional(),
      })
      .strict(),
    output: QuoteCheckSchema,
  },
} as const;
