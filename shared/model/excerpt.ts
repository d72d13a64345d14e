/**
 * The excerpt payload: a passage, a whole paragraph or an annotation taken from a document,
 * as it travels from the reading view (or the annotations panel) into a note, by drag, copy
 * or the picker. The same shape is stored in a note's excerpt node, so a dropped excerpt and
 * a saved one carry the same facts: which document, which paragraphs, exactly what text.
 */
import { z } from 'zod';
import { formatDate } from '../i18n/format.ts';
import type { Language } from '../i18n/languages.ts';

/** The DataTransfer type a drag or copy carries the payload under (JSON). */
export const EXCERPT_MIME_TYPE = 'application/x-precis-excerpt+json';

/** Limits: an excerpt is a quotation, not a copy of the whole document. */
export const MAX_EXCERPT_TEXT = 20_000;
export const MAX_EXCERPT_PARAGRAPHS = 200;

export const ExcerptParagraphSchema = z.object({
  /** The paragraph's stable id (derived from its text, see paragraph-id.ts). */
  id: z.string().min(1).max(80),
  /** Its number in the document, as cited: ¶ n. */
  n: z.number().int().positive(),
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

/**
 * The paragraph part of a citation: `¶ 8`, `¶ 8–10` for a run, `¶ 3, 8` otherwise.
 */
export function formatParagraphRange(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const first = sorted[0] as number;
  const last = sorted.at(-1) as number;
  if (sorted.length > 1 && last - first === sorted.length - 1) return `¶ ${first}–${last}`;
  return `¶ ${sorted.join(', ')}`;
}

/**
 * A citation such as `Canada–France Declaration (September 26, 2024), ¶ 8` — in French
 * `(26 septembre 2024)`: the date in words in the language of the text that cites it, never ISO.
 */
export function formatCitation(
  excerpt: Pick<ExcerptPayload, 'documentTitle' | 'documentDate' | 'paragraphs'>,
  language: Language = 'en',
): string {
  const title = excerpt.documentTitle.trim() || 'Untitled document';
  const date = excerpt.documentDate ? ` (${formatDate(excerpt.documentDate, language)})` : '';
  return `${title}${date}, ${formatParagraphRange(excerpt.paragraphs.map((p) => p.n))}`;
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
