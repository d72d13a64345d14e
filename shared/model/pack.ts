/**
 * Briefing packs: what goes to the minister. A pack has a cover (title, audience, date,
 * classification, prepared by) and an ordered list of items: notes, excerpts of documents,
 * documents (whole or chosen sections) as annexes, and digests of a document's annotations.
 */
import { z } from 'zod';
import { CitationStatusSchema, CitedParagraphSchema } from './citation.ts';
import { ClassificationSchema, PrintLanguageSchema } from './classification.ts';

const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not an id');

export const PackIdSchema = IdSchema;
export const PackItemIdSchema = IdSchema;

export const PageSizeSchema = z.enum(['a4', 'letter']);
export type PageSize = z.infer<typeof PageSizeSchema>;

export const MAX_PACK_ITEMS = 200;
export const MAX_EXCERPT_ITEM_PARAGRAPHS = 200;

/** The kinds of item, in the order the "Add" menu offers them. */
export const PACK_ITEM_KINDS = ['note', 'excerpt', 'document', 'annotations'] as const;
export const PackItemKindSchema = z.enum(PACK_ITEM_KINDS);
export type PackItemKind = z.infer<typeof PackItemKindSchema>;

/** What an item points at; the store keeps this as JSON beside the item's kind. */
export const PackItemSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), noteId: IdSchema }).strict(),
  z
    .object({
      kind: z.literal('excerpt'),
      documentId: IdSchema,
      /** The version of the document `documentId` is. */
      version: z.number().int().positive().optional(),
      /**
       * The quoted paragraphs by identity (stable ids), in any order; printed in document order
       * with the numbers they have when printed.
       */
      paragraphIds: z.array(z.string().min(1).max(80)).min(1).max(MAX_EXCERPT_ITEM_PARAGRAPHS),
      /** An optional heading for the excerpt; defaults to the document's title. */
      heading: z.string().trim().max(300).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('document'),
      documentId: IdSchema,
      /** Section indexes (0 = the untitled opening) to include; null for the whole document. */
      sections: z.array(z.number().int().nonnegative()).min(1).max(1000).nullable(),
      /** Print the document and its other language version side by side, paired paragraph by paragraph. */
      bilingual: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('annotations'), documentId: IdSchema }).strict(),
]);
export type PackItemSpec = z.infer<typeof PackItemSpecSchema>;
export type ExcerptItemSpec = Extract<PackItemSpec, { kind: 'excerpt' }>;

/**
 * An excerpt item as packs made before citations by identity held it: paragraph numbers.
 * Still accepted as input (API, archives); the store turns the numbers into ids through the
 * document's paragraphs as they are when it is read.
 */
export const LegacyExcerptItemSpecSchema = z
  .object({
    kind: z.literal('excerpt'),
    documentId: IdSchema,
    paragraphs: z.array(z.number().int().positive()).min(1).max(MAX_EXCERPT_ITEM_PARAGRAPHS),
    heading: z.string().trim().max(300).optional(),
  })
  .strict();
export type LegacyExcerptItemSpec = z.infer<typeof LegacyExcerptItemSpecSchema>;

/** What the API accepts as an item: a spec, or an excerpt by paragraph numbers (older callers). */
export const PackItemSpecInputSchema = z.union([PackItemSpecSchema, LegacyExcerptItemSpecSchema]);
export type PackItemSpecInput = z.infer<typeof PackItemSpecInputSchema>;

/** What a pack item's citation says now (excerpt items): the labels to show, or what to review. */
export const PackItemCitationSchema = z.object({
  status: CitationStatusSchema,
  /** The labels of the paragraphs the item prints now (after ¶). */
  labels: z.array(z.string()),
  /** Where the quoted text is now, for "update": the paragraphs that hold it. */
  current: z.array(CitedParagraphSchema),
});
export type PackItemCitation = z.infer<typeof PackItemCitationSchema>;

/** An item as the UI shows it: its spec, plus what it resolves to in the library now. */
export const PackItemSchema = z.object({
  id: z.string(),
  spec: PackItemSpecSchema,
  /** A readable label, e.g. the note's title or "Excerpt: <document>, ¶ 3–5". */
  label: z.string(),
  classification: ClassificationSchema,
  /** The note or document it points at is gone: the pack cannot be exported until fixed. */
  missing: z.boolean(),
  /** For an excerpt: what its paragraphs are now; anything but `current` must be reviewed before export. */
  citation: PackItemCitationSchema.optional(),
});
export type PackItem = z.infer<typeof PackItemSchema>;

export const PackFieldsSchema = z.object({
  title: z.string().trim().min(1, 'A pack needs a title.').max(300),
  /** Who the pack is for, e.g. "For the Minister". */
  audience: z.string().trim().max(300),
  /** ISO date `YYYY-MM-DD` printed on the cover. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  language: PrintLanguageSchema,
  preparedBy: z.string().trim().max(300),
  pageSize: PageSizeSchema,
});
export type PackFields = z.infer<typeof PackFieldsSchema>;

export const PackSummarySchema = PackFieldsSchema.extend({
  id: z.string(),
  /** What the pack is marked: the chosen marking, raised to `minimumClassification` if needed. */
  classification: ClassificationSchema,
  /** The highest classification among the items: the pack can never be marked lower. */
  minimumClassification: ClassificationSchema,
  itemCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PackSummary = z.infer<typeof PackSummarySchema>;

export const PackSchema = PackSummarySchema.extend({
  items: z.array(PackItemSchema),
});
export type Pack = z.infer<typeof PackSchema>;
