/**
 * Annotations: highlights, comments and tags on a passage, a paragraph or a section.
 * An annotation belongs to a document series and remembers the version it was made on;
 * shown on another version it is re-anchored (see shared/anchoring/).
 */
import { z } from 'zod';

/** The fixed highlight colours; what each means is the user's to name (`HighlightColor.label`). */
export const COLOR_KEYS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export const ColorKeySchema = z.enum(COLOR_KEYS);
export type ColorKey = z.infer<typeof ColorKeySchema>;

export const HighlightColorSchema = z.object({
  key: ColorKeySchema,
  /** What the colour means to this user, e.g. “Key commitment”. */
  label: z.string().min(1).max(40),
});
export type HighlightColor = z.infer<typeof HighlightColorSchema>;

/** Meanings a new library starts with; the user can rename them. */
export const DEFAULT_COLOR_LABELS: Record<ColorKey, string> = {
  yellow: 'Key commitment',
  red: 'Risk',
  green: 'Agreement',
  blue: 'Follow-up',
  purple: 'Question',
};

export const AnchorStatusSchema = z.enum(['exact', 'moved', 'changed', 'orphaned']);

export const AnnotationScopeSchema = z.enum(['text', 'paragraph', 'section']);
export type AnnotationScope = z.infer<typeof AnnotationScopeSchema>;

export const TagSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\n\r\t]+$/, 'a tag is one line');

export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A comment: Lexical editor state (JSON) and its plain text (what search indexes). */
export const CommentSchema = z.object({
  lexical: z.string().max(200_000),
  text: z.string().max(100_000),
});
export type Comment = z.infer<typeof CommentSchema>;

/** Where an annotation sits on the version it is shown on. */
export const AnnotationAnchorSchema = z.object({
  documentId: z.string(),
  status: AnchorStatusSchema,
  /** `[start, end)` in that version's canonical text; null when orphaned. */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Position of the first paragraph the passage touches; null when orphaned (show `paragraphLabel`). */
  paragraph: z.number().int().nullable(),
  /** That paragraph's stable id; null when orphaned. */
  paragraphId: z.string().nullable().optional(),
  /** What that paragraph is cited as (after ¶): its printed number, else its position. */
  paragraphLabel: z.string().nullable().optional(),
  /** Index of the section (in `document.sections`) it starts in; null when orphaned. */
  sectionIndex: z.number().int().nullable(),
  /** The text now at the anchor (differs from the quote when `changed`). */
  text: z.string().nullable(),
});
export type AnnotationAnchor = z.infer<typeof AnnotationAnchorSchema>;

export const AnnotationSchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  /** The version the annotation was made on (or last confirmed or re-attached on). */
  originDocumentId: z.string(),
  originVersion: z.number().int().positive(),
  scope: AnnotationScopeSchema,
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  color: ColorKeySchema,
  tags: z.array(z.string()),
  comment: CommentSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  anchor: AnnotationAnchorSchema,
});
export type Annotation = z.infer<typeof AnnotationSchema>;
