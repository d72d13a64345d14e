import { z } from 'zod';
import { DocumentSummarySchema, StoredDocumentSchema } from '../model/document.ts';

/** Base64 of at most 64 MiB of bytes: the import pipeline refuses larger files with a clear message. */
const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4;

export const DocumentIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a document id');

export const ImportOutcomeSchema = z.enum(['imported', 'existing', 'new-version']);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const documentsContract = {
  'documents:list': {
    input: z.object({}).strict(),
    output: z.array(DocumentSummarySchema),
  },
  'documents:get': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: StoredDocumentSchema,
  },
  /**
   * Imports a file's bytes (or pasted text, as UTF-8 bytes with a `mediaType` hint).
   * Importing the same bytes again finds the existing document (`existing`); a changed
   * text of a known document becomes its next version (`new-version`).
   */
  'documents:import': {
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        mediaType: z.string().max(100).optional(),
        dataBase64: z.string().max(MAX_IMPORT_BASE64),
      })
      .strict(),
    output: z.object({ outcome: ImportOutcomeSchema, document: DocumentSummarySchema }),
  },
} as const;
