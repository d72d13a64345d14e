/** Managing documents in the library: rename, delete with undo. */
import { z } from 'zod';
import { DocumentSummarySchema } from '../model/document.ts';
import { DocumentIdSchema } from './documents.ts';

export const libraryContract = {
  'documents:rename': {
    input: z.object({ id: DocumentIdSchema, title: z.string().trim().min(1).max(500) }).strict(),
    output: DocumentSummarySchema,
  },
  /**
   * Moves a document out of the library. Its annotations are kept with it, so
   * `documents:restore` brings both back; the answer says what was removed.
   */
  'documents:delete': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: z.object({ id: z.string(), title: z.string(), annotationCount: z.number().int() }),
  },
  'documents:restore': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: DocumentSummarySchema,
  },
} as const;
