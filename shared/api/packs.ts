import { z } from 'zod';
import { TaskIdSchema } from './tasks.ts';
import { ClassificationSchema, PrintLanguageSchema } from '../model/classification.ts';
import { KeptExportSchema } from './exports.ts';
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

/**
 * A printed pack, kept for delivery (see exports.ts: `export:save` in the app, a download in
 * browser mode), with the PDF itself for the preview and facts about it. No path crosses the
 * API: the CLI writes where its user says through a service function (export-pack.ts).
 */
export const ExportResultSchema = KeptExportSchema.extend({
  pageCount: z.number().int().positive(),
  /** The PDF, for the preview; delivery goes by `exportId`. */
  pdfBase64: z.string(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const exportContract = {
  /** Prints a pack to PDF and keeps it for delivery; a failed export keeps nothing. */
  'export:pdf': {
    input: z
      .object({
        packId: PackIdSchema,
        pageSize: PageSizeSchema.optional(),
        /** Names the export for tasks:progress and tasks:cancel. */
        taskId: TaskIdSchema.optional(),
      })
      .strict(),
    output: ExportResultSchema,
  },
} as const;
