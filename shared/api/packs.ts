import { z } from 'zod';
import { ClassificationSchema, PrintLanguageSchema } from '../model/classification.ts';
import {
  MAX_PACK_ITEMS,
  PackFieldsSchema,
  PackIdSchema,
  PackItemIdSchema,
  PackItemSpecInputSchema,
  PackSchema,
  PackSummarySchema,
  PageSizeSchema,
} from '../model/pack.ts';

/** Everything needed to put a deleted pack back exactly as it was (undo). */
export const PackSnapshotSchema = PackFieldsSchema.extend({
  id: PackIdSchema,
  chosenClassification: ClassificationSchema,
  items: z.array(z.object({ id: PackItemIdSchema, spec: PackItemSpecInputSchema })).max(MAX_PACK_ITEMS),
  createdAt: z.string().max(40),
});
export type PackSnapshot = z.infer<typeof PackSnapshotSchema>;

const PositionSchema = z.number().int().nonnegative().max(MAX_PACK_ITEMS);

export const packsContract = {
  'packs:list': { input: z.object({}).strict(), output: z.array(PackSummarySchema) },
  'packs:get': { input: z.object({ id: PackIdSchema }).strict(), output: PackSchema },
  /** A new pack; fields left out get defaults (today's date, English, A4, unclassified). */
  'packs:create': {
    input: PackFieldsSchema.partial()
      .extend({ title: PackFieldsSchema.shape.title, classification: ClassificationSchema.optional() })
      .strict(),
    output: PackSchema,
  },
  /** Changes cover fields; `classification` may never be below the items' highest. */
  'packs:update': {
    input: PackFieldsSchema.partial()
      .extend({ id: PackIdSchema, classification: ClassificationSchema.optional() })
      .strict(),
    output: PackSchema,
  },
  /** Deletes a pack; the snapshot it returns restores it (undo). */
  'packs:delete': { input: z.object({ id: PackIdSchema }).strict(), output: PackSnapshotSchema },
  'packs:restore': { input: PackSnapshotSchema.strict(), output: PackSchema },
  /**
   * Adds an item at `position` (0 = first), at the end when left out. An excerpt cites
   * paragraph ids; one given by paragraph numbers (older callers) is stored by the ids those
   * numbers have now.
   */
  'packs:addItem': {
    input: z
      .object({ packId: PackIdSchema, spec: PackItemSpecInputSchema, position: PositionSchema.optional() })
      .strict(),
    output: PackSchema,
  },
  'packs:updateItem': {
    input: z.object({ packId: PackIdSchema, itemId: PackItemIdSchema, spec: PackItemSpecInputSchema }).strict(),
    output: PackSchema,
  },
  'packs:removeItem': {
    input: z.object({ packId: PackIdSchema, itemId: PackItemIdSchema }).strict(),
    output: PackSchema,
  },
  /** Moves an item to `position` in the list (by drag or by keyboard). */
  'packs:moveItem': {
    input: z.object({ packId: PackIdSchema, itemId: PackItemIdSchema, position: PositionSchema }).strict(),
    output: PackSchema,
  },
  /** Builds the sample pack from the sample library: a briefing note, excerpts, the declaration as annex. */
  'packs:createSample': {
    input: z.object({ language: PrintLanguageSchema.optional() }).strict(),
    output: PackSchema,
  },
} as const;

/** A printed pack: the PDF itself (when no path was given) and facts about it. */
export const ExportResultSchema = z.object({
  /** Where the PDF was written, or null when it is returned as `pdfBase64`. */
  path: z.string().nullable(),
  pdfBase64: z.string().nullable(),
  pageCount: z.number().int().positive(),
  byteLength: z.number().int().positive(),
  fileName: z.string(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const exportContract = {
  /**
   * Prints a pack to PDF. With `path` the file is written atomically there (a failed export
   * leaves no file); without, the PDF comes back as base64 (preview, download).
   */
  'export:pdf': {
    input: z
      .object({
        packId: PackIdSchema,
        path: z.string().min(1).max(4096).optional(),
        pageSize: PageSizeSchema.optional(),
      })
      .strict(),
    output: ExportResultSchema,
  },
} as const;
