/**
 * Word export, how an exported file reaches the user, and the Word template setting. No method
 * takes or returns a filesystem path: an export is made and kept in the app's data folder under
 * an id; the shell delivers it (Electron: its own save dialog, `export:save`; browser mode: a
 * token-checked download of `exports/<id>`), and it is deleted once delivered.
 */
import { z } from 'zod';
import { NoteIdSchema } from '../model/note.ts';
import { PackIdSchema } from '../model/pack.ts';

/** An exported file waiting for delivery. */
export const KeptExportSchema = z.object({
  /** Names the kept file for `export:save`, `export:discard` and browser mode's download. */
  exportId: z.string(),
  /** The name to save it under, e.g. "Briefing note.docx" (never a path). */
  fileName: z.string(),
  mediaType: z.string(),
  byteLength: z.number().int().positive(),
  /** The template's file name when the export used one, else null (Précis's own layout). */
  template: z.string().nullable(),
});
export type KeptExportResult = z.infer<typeof KeptExportSchema>;

const ExportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'not an export id');

/** The Word template Word exports use; null when they use Précis's own layout. */
export const WordTemplateInfoSchema = z
  .object({
    fileName: z.string(),
    addedAt: z.string(),
    byteLength: z.number().int().nonnegative(),
    placeholders: z.array(z.string()),
    mappingFileName: z.string().nullable(),
  })
  .nullable();
export type WordTemplateInfo = z.infer<typeof WordTemplateInfoSchema>;

/** Largest template accepted through the API, as base64 (the service refuses over 20 MB itself). */
const MAX_TEMPLATE_BASE64 = 28 * 1024 * 1024;

export const exportsContract = {
  /**
   * Writes a briefing note or a whole pack as a Word file, in the chosen template unless
   * `template: 'none'`, and keeps it for delivery.
   */
  'export:docx': {
    input: z
      .object({
        target: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('note'), id: NoteIdSchema }).strict(),
          z.object({ kind: z.literal('pack'), id: PackIdSchema }).strict(),
        ]),
        template: z.enum(['chosen', 'none']).optional(),
      })
      .strict(),
    output: KeptExportSchema,
  },
  /** Electron only: asks where to save a kept export with the app's own dialog and writes it there. */
  'export:save': {
    input: z.object({ exportId: ExportIdSchema }).strict(),
    output: z.object({ saved: z.boolean(), fileName: z.string() }),
  },
  /** Deletes a kept export that will not be delivered. */
  'export:discard': {
    input: z.object({ exportId: ExportIdSchema }).strict(),
    output: z.object({ discarded: z.boolean() }),
  },
  'wordTemplate:get': { input: z.object({}).strict(), output: WordTemplateInfoSchema },
  /**
   * Chooses the Word template (and its style mapping file), checked first: a template Précis
   * cannot use is refused with the reason, and the previous choice stays. `bundled` chooses the
   * neutral template that comes with Précis.
   */
  'wordTemplate:set': {
    input: z.union([
      z
        .object({
          fileName: z.string().min(1).max(255),
          dataBase64: z.string().max(MAX_TEMPLATE_BASE64),
          mapping: z
            .object({ fileName: z.string().min(1).max(255), text: z.string().max(256 * 1024) })
            .strict()
            .optional(),
        })
        .strict(),
      z.object({ bundled: z.literal('neutral') }).strict(),
    ]),
    output: WordTemplateInfoSchema,
  },
  /** Back to Précis's own layout for Word exports. */
  'wordTemplate:clear': { input: z.object({}).strict(), output: WordTemplateInfoSchema },
} as const;
