/**
 * What the reader needs beyond the document itself: the original file to show beside the
 * text, the other versions to compare with, and the library's tags across documents.
 */
import { z } from 'zod';
import { AnnotationSchema, TagSchema } from '../model/annotation.ts';
import { DocumentIdSchema } from './documents.ts';

const OriginalBase = {
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** What the file was read as. */
  format: z.enum(['pdf', 'docx', 'html', 'markdown', 'text']),
};

/**
 * The imported file, ready to show: a PDF's bytes (pdf.js draws its pages), an HTML page or a
 * Word file as sanitized HTML (shown in a sandboxed frame that runs nothing and loads nothing),
 * other text as it was decoded.
 */
export const OriginalViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf'), ...OriginalBase, dataBase64: z.string() }),
  z.object({ kind: z.literal('html'), ...OriginalBase, html: z.string() }),
  z.object({ kind: z.literal('text'), ...OriginalBase, text: z.string() }),
]);
export type OriginalView = z.infer<typeof OriginalViewSchema>;

/** One version of a document, for choosing what to compare. */
export const DocumentVersionSchema = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  title: z.string(),
  date: z.string().nullable(),
  importedAt: z.string(),
  paragraphCount: z.number().int().nonnegative(),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/** An annotation with a tag, shown on the newest version of its document. */
export const TaggedAnnotationSchema = z.object({
  annotation: AnnotationSchema,
  document: z.object({
    id: z.string(),
    title: z.string(),
    version: z.number().int().positive(),
    date: z.string().nullable(),
  }),
});
export type TaggedAnnotation = z.infer<typeof TaggedAnnotationSchema>;

export const readingContract = {
  'documents:original': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: OriginalViewSchema,
  },
  /** Every version of the document's series still in the library, oldest first. */
  'documents:versions': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: z.array(DocumentVersionSchema),
  },
  /** Every live annotation with this tag (any capitalisation), by document then reading order. */
  'annotations:byTag': {
    input: z.object({ tag: TagSchema }).strict(),
    output: z.array(TaggedAnnotationSchema),
  },
  /**
   * Renames a tag on every annotation; when `to` is already a tag, the two become one
   * (`merged`). Search finds the annotations under the new name at once.
   */
  'annotations:renameTag': {
    input: z.object({ from: TagSchema, to: TagSchema }).strict(),
    output: z.object({ annotations: z.number().int().nonnegative(), merged: z.boolean() }),
  },
} as const;
