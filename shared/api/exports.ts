/**
 * How an exported file reaches the user. No method takes or returns a filesystem path: an
 * export is made and kept in the app's data folder under an id; the shell delivers it
 * (Electron: its own save dialog, `export:save`; browser mode: a token-checked download of
 * `exports/<id>`), and it is deleted once delivered.
 */
import { z } from 'zod';

/** An exported file waiting for delivery. */
export const KeptExportSchema = z.object({
  /** Names the kept file for `export:save`, `export:discard` and browser mode's download. */
  exportId: z.string(),
  /** The name to save it under, e.g. "Briefing pack.pdf" (never a path). */
  fileName: z.string(),
  mediaType: z.string(),
  byteLength: z.number().int().positive(),
  /** The template's file name when the export used one, else null (Précis's own layout). */
  template: z.string().nullable(),
});
export type KeptExportResult = z.infer<typeof KeptExportSchema>;

const ExportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'not an export id');

export const exportsContract = {
  /** Electron only: asks where to save a kept export with the app's own dialog and writes it there. */
  'export:save': {
    input: z.object({ exportId: ExportIdSchema }).strict(),
    output: z.object({ saved: z.boolean(), fileName: z.string() }),
  },
  /** Deletes a kept export that will not be delivered (a preview, say). */
  'export:discard': {
    input: z.object({ exportId: ExportIdSchema }).strict(),
    output: z.object({ discarded: z.boolean() }),
  },
} as const;
