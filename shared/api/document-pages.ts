import { z } from 'zod';
import { DocumentKindSchema, DocumentSummarySchema } from '../model/document.ts';
import { DocumentIdSchema } from './documents.ts';

/** A library row: a document's summary and how many annotations its series has. */
export const PagedDocumentSchema = DocumentSummarySchema.extend({
  annotationCount: z.number().int().nonnegative(),
});
export type PagedDocument = z.infer<typeof PagedDocumentSchema>;

export const DocumentSortKeySchema = z.enum(['title', 'kind', 'date', 'language', 'annotations', 'importedAt']);
export type DocumentSortKey = z.infer<typeof DocumentSortKeySchema>;

/** At most this many rows per window (a screen holds a few dozen). */
export const MAX_DOCUMENT_PAGE = 500;

export const documentPagesContract = {
  /**
   * One window of the library: live documents sorted and filtered by the store, `offset` rows
   * in, at most `limit` of them, with `total`, the count of every document the filters keep,
   * and the languages the library holds (for its language filter). `documents:list` still
   * returns every summary for callers that need them all.
   */
  'documents:page': {
    input: z
      .object({
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().positive().max(MAX_DOCUMENT_PAGE).default(100),
        sort: DocumentSortKeySchema.default('importedAt'),
        descending: z.boolean().default(true),
        /** Words the title contains, case and accents ignored. */
        text: z.string().max(200).optional(),
        kind: DocumentKindSchema.optional(),
        language: z.string().max(20).optional(),
        /** Leave out documents in this language or its regional forms ("fr" leaves out "fr-CA"): a language version's partners. */
        otherThanLanguage: z.string().max(20).optional(),
        /** The kinds in the order their names sort in the reader's language (sorting by kind). */
        kindOrder: z.array(DocumentKindSchema).max(3).optional(),
      })
      .strict(),
    output: z.object({
      total: z.number().int().nonnegative(),
      documents: z.array(PagedDocumentSchema),
      languages: z.array(z.string()),
    }),
  },
  /** The summaries of these live documents, in the order asked (deleted or unknown ids are left out). */
  'documents:summaries': {
    input: z.object({ ids: z.array(DocumentIdSchema).max(MAX_DOCUMENT_PAGE) }).strict(),
    output: z.array(PagedDocumentSchema),
  },
};
