import { z } from 'zod';
import {
  AnnotationSchema,
  ColorKeySchema,
  CommentSchema,
  HighlightColorSchema,
  TagSchema,
} from '../model/annotation.ts';
import { DocumentIdSchema } from './documents.ts';

const AnnotationIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not an annotation id');

/** What to annotate, in the canonical text of `documentId` (see shared/anchoring/canonical.ts). */
export const AnnotationTargetSchema = z.discriminatedUnion('type', [
  /** A selection: `[start, end)`; `exact` (when given) must be the text there, as a guard. */
  z.object({
    type: z.literal('range'),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().optional(),
  }),
  /** A quotation to locate; refused when absent or ambiguous (narrow it with `paragraph`). */
  z.object({ type: z.literal('quote'), exact: z.string().min(1).max(20_000), paragraph: z.number().int().optional() }),
  z.object({ type: z.literal('paragraph'), n: z.number().int().positive() }),
  z.object({ type: z.literal('section'), index: z.number().int().nonnegative() }),
]);
export type AnnotationTarget = z.infer<typeof AnnotationTargetSchema>;

/** The version the caller is looking at: every answer is anchored onto it. */
const OnDocument = { documentId: DocumentIdSchema };

export const ExportFormatSchema = z.enum(['markdown', 'w3c']);

export const annotationsContract = {
  /** Every annotation of the document's series, anchored onto this version (cached per version). */
  'annotations:list': {
    input: z.object(OnDocument).strict(),
    output: z.array(AnnotationSchema),
  },
  'annotations:create': {
    input: z
      .object({
        ...OnDocument,
        target: AnnotationTargetSchema,
        color: ColorKeySchema.optional(),
        tags: z.array(TagSchema).max(50).optional(),
        comment: CommentSchema.nullable().optional(),
      })
      .strict(),
    output: AnnotationSchema,
  },
  /** Changes colour, tags or comment; omitted fields stay as they are. */
  'annotations:update': {
    input: z
      .object({
        ...OnDocument,
        id: AnnotationIdSchema,
        color: ColorKeySchema.optional(),
        tags: z.array(TagSchema).max(50).optional(),
        comment: CommentSchema.nullable().optional(),
      })
      .strict(),
    output: AnnotationSchema,
  },
  /** Deletes (recoverably: `annotations:restore` undoes it). */
  'annotations:delete': {
    input: z.object({ id: AnnotationIdSchema }).strict(),
    output: z.object({ id: z.string() }),
  },
  'annotations:restore': {
    input: z.object({ ...OnDocument, id: AnnotationIdSchema }).strict(),
    output: AnnotationSchema,
  },
  /** Accepts where a `changed` annotation was placed on this version: it is re-based there. */
  'annotations:confirm': {
    input: z.object({ ...OnDocument, id: AnnotationIdSchema }).strict(),
    output: AnnotationSchema,
  },
  /** Puts an annotation on another passage of this version (for a wrong or orphaned anchor). */
  'annotations:reattach': {
    input: z
      .object({
        ...OnDocument,
        id: AnnotationIdSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
      })
      .strict(),
    output: AnnotationSchema,
  },
  /** Every tag in use, most used first (for completion). */
  'annotations:tags': {
    input: z.object({}).strict(),
    output: z.array(z.object({ tag: z.string(), count: z.number().int() })),
  },
  'annotations:colors': {
    input: z.object({}).strict(),
    output: z.array(HighlightColorSchema),
  },
  'annotations:setColorLabel': {
    input: z.object({ key: ColorKeySchema, label: z.string().trim().min(1).max(40) }).strict(),
    output: z.array(HighlightColorSchema),
  },
  /** Annotations per document that has any (each version counts its series' annotations; absent: none). */
  'annotations:counts': {
    input: z.object({}).strict(),
    output: z.record(z.string(), z.number().int()),
  },
  'annotations:export': {
    input: z.object({ ...OnDocument, format: ExportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() }),
  },
} as const;
