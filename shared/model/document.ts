/**
 * The document model: what import produces and what the store keeps.
 * Pure data with zod schemas, shared by main, renderer, CLI and tests.
 */
import { z } from 'zod';

/** `declaration` covers declarations, statements and communiqués; `news` is press coverage. */
export const DocumentKindSchema = z.enum(['declaration', 'news', 'other']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/**
 * A paragraph. `n` is its position, 1..n through the whole document; `label` is what officials
 * cite and the margin shows ("7", "4(a)", "PP3"): the number the document prints when it numbers
 * its own paragraphs, else `n`. Use `paragraphLabel()` to display it, never `n` directly.
 */
export const ParagraphSchema = z.object({
  /** Stable id derived from the paragraph's text, so re-importing the same text keeps it. */
  id: z.string(),
  n: z.number().int().positive(),
  text: z.string(),
  /** The printed number, when the document prints one; absent means "cite by position". */
  label: z.string().min(1).max(40).optional(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** What a paragraph is cited as, without the ¶ sign: its printed label, else its position. */
export function paragraphLabel(paragraph: Pick<Paragraph, 'n' | 'label'>): string {
  return paragraph.label ?? String(paragraph.n);
}

/** A section; the first one is the untitled opening (`heading: null`). */
export const SectionSchema = z.object({
  heading: z.string().nullable(),
  paragraphs: z.array(ParagraphSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const DocumentMetadataSchema = z.object({
  title: z.string(),
  kind: DocumentKindSchema,
  /** BCP 47 primary language tag, e.g. `en` or `fr`. */
  language: z.string(),
  /** ISO date `YYYY-MM-DD`, when the document states one. */
  date: z.string().nullable(),
  place: z.string().nullable(),
  /** Issuer of an official text, or publisher of an article. */
  issuer: z.string().nullable(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

const Fraction = z.number().min(0).max(1);

/**
 * How sure the import is of what it detected, each in [0, 1]: the title, date, place and
 * issuer, and where the text starts (¶ 1) and ends. A low value is worth a look.
 */
export const ImportConfidenceSchema = z.object({
  title: Fraction,
  date: Fraction,
  place: Fraction,
  issuer: Fraction,
  start: Fraction,
  end: Fraction,
});
export type ImportConfidence = z.infer<typeof ImportConfidenceSchema>;

/** Below this, a detected field is shown in the reader's import check bar. */
export const LOW_CONFIDENCE = 0.6;

/** A footnote of the document, kept with the paragraph that calls it (never a paragraph itself). */
export const DocumentNoteSchema = z.object({
  /** The id of the paragraph that calls the note. */
  paragraphId: z.string(),
  text: z.string(),
});
export type DocumentNote = z.infer<typeof DocumentNoteSchema>;

/** What the import pipeline produces from a file: metadata plus structure. */
export const StructuredDocumentSchema = DocumentMetadataSchema.extend({
  sections: z.array(SectionSchema),
  /** The import's confidence in what it detected; absent for documents imported before it had one. */
  confidence: ImportConfidenceSchema.optional(),
  /** Footnotes, each with the paragraph that calls it. */
  notes: z.array(DocumentNoteSchema).optional(),
});
export type StructuredDocument = z.infer<typeof StructuredDocumentSchema>;

/** Where a stored document came from: the original bytes are kept in the store. */
export const DocumentSourceSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  importedAt: z.string(),
});
export type DocumentSource = z.infer<typeof DocumentSourceSchema>;

/** A document as stored: one version of a series of imports of the same text. */
export const StoredDocumentSchema = StructuredDocumentSchema.extend({
  id: z.string(),
  /** Shared by every version of the same document. */
  seriesId: z.string(),
  version: z.number().int().positive(),
  previousId: z.string().nullable(),
  source: DocumentSourceSchema,
  /** When a reader confirmed what the import detected; null or absent: not yet. */
  importCheckedAt: z.string().nullable().optional(),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** One row of the library list. `precis list --json` prints `{id, title, kind}` and more. */
export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: DocumentKindSchema,
  language: z.string(),
  date: z.string().nullable(),
  version: z.number().int().positive(),
  paragraphCount: z.number().int().nonnegative(),
  importedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
