/**
 * The excerpt payload: a passage, a whole paragraph or an annotation taken from a document,
 * as it travels from the reading view (or the annotations panel) into a note, by drag, copy
 * or the picker. The same shape is stored in a note's excerpt node, so a dropped excerpt and
 * a saved one carry the same facts: which document, which paragraphs, exactly what text.
 */
import { z } from 'zod';
import { formatCitation, type ParagraphToCite } from './citation.ts';

/** The DataTransfer type a drag or copy carries the payload under (JSON). */
export const EXCERPT_MIME_TYPE = 'application/x-precis-excerpt+json';

/** Limits: an excerpt is a quotation, not a copy of the whole document. */
export const MAX_EXCERPT_TEXT = 20_000;
export const MAX_EXCERPT_PARAGRAPHS = 200;

/**
 * A cited paragraph, by identity: its stable id (derived from its text, see paragraph-id.ts)
 * is what the excerpt holds. The number shown ("¶ 7") is computed from the document as it is
 * now; `label` only remembers what it was when the excerpt was taken, for places that cannot
 * ask the library (text copied out of the app). Payloads made before citations by identity
 * carried the position `n` instead; they are still accepted, and `n` is never shown.
 */
export const ExcerptParagraphSchema = z.object({
  id: z.string().min(1).max(80),
  /** The label when the excerpt was taken ("7", "4(a)"). */
  label: z.string().min(1).max(40).optional(),
  /** Position in the document (older payloads; for navigation only). */
  n: z.number().int().positive().optional(),
});
export type ExcerptParagraph = z.infer<typeof ExcerptParagraphSchema>;

/** Where the excerpt came from: a selection, a whole paragraph, or a saved annotation. */
export const ExcerptOriginSchema = z.enum(['passage', 'paragraph', 'annotation']);
export type ExcerptOrigin = z.infer<typeof ExcerptOriginSchema>;

export const ExcerptPayloadSchema = z.object({
  documentId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  documentTitle: z.string().max(500),
  /** ISO date of the document, when it states one. */
  documentDate: z.string().max(40).nullable(),
  /**
   * The version of the document `documentId` is (absent in payloads made before versions were
   * cited). Not `version`: a Lexical node's JSON uses that name for the node's own format.
   */
  documentVersion: z.number().int().positive().optional(),
  /** The cited paragraphs in document order, at least one. */
  paragraphs: z.array(ExcerptParagraphSchema).min(1).max(MAX_EXCERPT_PARAGRAPHS),
  /** The quoted text exactly as in the source; paragraphs are separated by a blank line. */
  text: z.string().min(1).max(MAX_EXCERPT_TEXT),
  origin: ExcerptOriginSchema,
  /** Set when `origin` is `annotation`: the annotation the passage was taken from. */
  annotationId: z.string().max(80).optional(),
});
export type ExcerptPayload = z.infer<typeof ExcerptPayloadSchema>;

/** Separator between the parts of a multi-paragraph excerpt's text. */
export const EXCERPT_PARAGRAPH_SEPARATOR = '\n\n';

/** What an excerpt's citation shows when the library has not said otherwise: the labels it was taken with. */
export function excerptLabels(excerpt: Pick<ExcerptPayload, 'paragraphs'>): string[] {
  return excerpt.paragraphs.map((p) => p.label ?? (p.n === undefined ? '?' : String(p.n)));
}

/**
 * A citation such as `Canada–France Declaration (2024-09-26), ¶ 8`, with the labels the library
 * gives for the paragraphs now (`labels`), else those the excerpt was taken with.
 */
export function formatExcerptCitation(
  excerpt: Pick<ExcerptPayload, 'documentTitle' | 'documentDate' | 'paragraphs'>,
  labels: readonly ParagraphToCite[] = excerptLabels(excerpt),
): string {
  return formatCitation(excerpt, labels);
}

/** Parses a payload read from a DataTransfer; undefined when it is absent or not valid. */
export function parseExcerptPayload(json: string | null | undefined): ExcerptPayload | undefined {
  if (!json) return undefined;
  try {
    const parsed = ExcerptPayloadSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
