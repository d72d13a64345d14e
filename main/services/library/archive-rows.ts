/**
 * What a row of each archived table must look like, in the API's own schemas: an archive is
 * hostile input, and a row that the API would never have written (a note the editor cannot
 * open, a comment nested thousands of levels, a pack item pointing nowhere sensible, an id that
 * is not an id) is refused before anything is stored.
 *
 * Each schema checks the columns this version knows and lets the others through: a column
 * added by a later migration is still checked against the live schema by the importer.
 */
import { z } from 'zod';
import { DocumentIdSchema } from '../../../shared/api/documents.ts';
import {
  AnchorStatusSchema,
  AnnotationScopeSchema,
  ClassificationSchema,
  ColorKeySchema,
  commentProblem,
  DocumentKindSchema,
  DocumentNoteSchema,
  HighlightColorSchema,
  ImportConfidenceSchema,
  NoteFieldsSchema,
  NoteIdSchema,
  NoteStatusSchema,
  PackFieldsSchema,
  PackIdSchema,
  PackItemIdSchema,
  PackItemKindSchema,
  PackItemSpecSchema,
  PageSizeSchema,
  PrintLanguageSchema,
  TagSchema,
} from '../../../shared/model/index.ts';
import { NoteContentInputSchema } from '../../../shared/notes/content-schema.ts';

/** An id as the library makes them (letters, digits, `_`, `-`). */
const Id = DocumentIdSchema;
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256');
const Timestamp = z.string().min(1).max(40);
const Count = z.number().int().nonnegative();
/** Long texts: a paragraph, a quotation, the plain text of a note (the import's own limits). */
const Text = (max: number) => z.string().max(max);

/** A TEXT column holding JSON, validated by `schema` once parsed. */
function json<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .max(16 * 1024 * 1024)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** A stored comment: Lexical JSON no deeper than the API accepts. */
const CommentLexical = z
  .string()
  .max(200_000)
  .refine((lexical) => commentProblem(lexical) === undefined, 'nested deeper than the API accepts');

/** Paragraph ids, as a pairing lists them. */
const ParagraphIds = z.array(z.string().min(1).max(80)).max(100_000);

/** Space-separated paragraph ids or numbers, as note_excerpts keeps them. */
const SpaceSeparated = z.string().max(200 * 90);

export const ARCHIVE_ROW_SCHEMAS = {
  originals: z.looseObject({
    sha256: Sha256,
    size: Count,
    media_type: Text(200),
  }),
  documents: z.looseObject({
    id: Id,
    series_id: Id,
    version: z.number().int().positive(),
    previous_id: Id.nullable(),
    title: z.string().min(1).max(2000),
    kind: DocumentKindSchema,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag'),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'not an ISO date')
      .nullable(),
    place: Text(2000).nullable(),
    issuer: Text(2000).nullable(),
    source_sha256: Sha256,
    source_name: z.string().min(1).max(1000),
    imported_at: Timestamp,
    deleted_at: Timestamp.nullable().optional(),
    import_confidence: json(ImportConfidenceSchema).nullable().optional(),
    import_checked_at: Timestamp.nullable().optional(),
    notes: json(z.array(DocumentNoteSchema).max(10_000)).nullable().optional(),
    version_basis: z.enum(['evidence', 'user', 'legacy']).nullable().optional(),
  }),
  sections: z.looseObject({ document_id: Id, ord: Count, heading: Text(2000).nullable() }),
  paragraphs: z.looseObject({
    document_id: Id,
    n: z.number().int().positive(),
    id: z.string().min(1).max(80),
    section_ord: Count,
    text: Text(1_000_000),
    label: z.string().min(1).max(40).nullable().optional(),
  }),
  dropped_blocks: z.looseObject({
    document_id: Id,
    grp: z.string().min(1).max(80),
    ord: Count,
    kind: z.enum(['paragraph', 'heading']),
    text: Text(1_000_000),
    label: z.string().max(40).nullable(),
    before_id: z.string().min(1).max(80).nullable(),
    after_id: z.string().min(1).max(80).nullable(),
    reason: z.enum(['not-document', 'title', 'start']),
    previous_title: z.string().max(2000).nullable(),
    dropped_at: Timestamp,
  }),
  paragraph_history: z.looseObject({
    document_id: Id,
    paragraph_id: z.string().min(1).max(80),
    text: Text(1_000_000),
    label: z.string().min(1).max(40).nullable(),
    n: z.number().int().positive(),
    replaced_at: Timestamp,
  }),
  settings: z.looseObject({
    key: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, 'not a setting name'),
    value: Text(1_000_000),
  }),
  annotations: z.looseObject({
    id: Id,
    series_id: Id,
    document_id: Id,
    scope: AnnotationScopeSchema,
    exact: Text(1_000_000),
    prefix: Text(10_000),
    suffix: Text(10_000),
    start_offset: Count,
    end_offset: Count,
    color: ColorKeySchema,
    comment_lexical: CommentLexical.nullable(),
    comment_text: Text(100_000),
    created_at: Timestamp,
    updated_at: Timestamp,
    deleted_at: Timestamp.nullable(),
  }),
  annotation_tags: z.looseObject({ annotation_id: Id, ord: Count, tag: TagSchema }),
  annotation_anchors: z.looseObject({
    annotation_id: Id,
    document_id: Id,
    status: AnchorStatusSchema,
    start_offset: Count.nullable(),
    end_offset: Count.nullable(),
  }),
  highlight_colors: z.looseObject({ key: ColorKeySchema, label: HighlightColorSchema.shape.label, ord: Count }),
  notes: z.looseObject({
    id: NoteIdSchema,
    title: z.string().min(1).max(500),
    status: NoteStatusSchema,
    classification: ClassificationSchema,
    language: PrintLanguageSchema,
    fields_json: json(NoteFieldsSchema),
    // The note must open in the editor: the same content schema as notes:save.
    content_json: json(NoteContentInputSchema),
    plain_text: Text(16 * 1024 * 1024),
    word_count: Count,
    revision: Count,
    created_at: Timestamp,
    updated_at: Timestamp,
    deleted_at: Timestamp.nullable(),
  }),
  note_excerpts: z.looseObject({
    note_id: NoteIdSchema,
    ord: Count,
    document_id: Id,
    paragraph_ids: SpaceSeparated,
    paragraph_numbers: SpaceSeparated,
    version: z.number().int().positive().nullable().optional(),
    text: Text(20_000),
  }),
  note_versions: z.looseObject({
    id: z.number().int().positive(),
    note_id: NoteIdSchema,
    created_at: Timestamp,
    reason: z.enum(['created', 'manual', 'auto', 'before-restore']),
    title: z.string().min(1).max(500),
    classification: ClassificationSchema,
    status: NoteStatusSchema,
    fields_json: json(NoteFieldsSchema),
    content_json: json(NoteContentInputSchema),
    word_count: Count,
  }),
  packs: z.looseObject({
    id: PackIdSchema,
    title: PackFieldsSchema.shape.title,
    audience: PackFieldsSchema.shape.audience,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date'),
    language: PrintLanguageSchema,
    classification: ClassificationSchema,
    prepared_by: PackFieldsSchema.shape.preparedBy,
    page_size: PageSizeSchema,
    created_at: Timestamp,
    updated_at: Timestamp,
  }),
  pack_items: z
    .looseObject({
      id: PackItemIdSchema,
      pack_id: PackIdSchema,
      position: Count,
      kind: PackItemKindSchema,
      spec: json(PackItemSpecSchema),
    })
    .refine((row) => row.spec.kind === row.kind, {
      message: 'the item’s kind and its target disagree',
      path: ['kind'],
    }),
  pairings: z.looseObject({ id: Id, series_a: Id, series_b: Id, created_at: Timestamp }),
  pairing_alignments: z.looseObject({
    pairing_id: Id,
    document_a: Id,
    document_b: Id,
    paragraph_ids: Text(16 * 1024 * 1024),
    pairs: json(
      z
        .array(
          z.looseObject({
            a: ParagraphIds,
            b: ParagraphIds,
            confidence: z.number().min(0).max(1),
            low: z.boolean(),
            corrected: z.boolean(),
          }),
        )
        .max(200_000),
    ),
    computed_at: Timestamp,
  }),
  pairing_corrections: z.looseObject({
    pairing_id: Id,
    ord: Count,
    a_ids: json(ParagraphIds),
    b_ids: json(ParagraphIds),
    created_at: Timestamp,
  }),
  item_reviews: z.looseObject({
    kind: z.enum(['note', 'pack']),
    item_id: Id,
    state: z.enum(['draft', 'in-review', 'approved', 'sent']),
    changed_by: Text(200).nullable(),
    changed_at: Timestamp.nullable(),
    approved_by: Text(200).nullable(),
    approved_at: Timestamp.nullable(),
    snapshot_json: json(z.looseObject({})).nullable(),
    returned_to_draft: z.union([z.literal(0), z.literal(1)]),
  }),
  note_comments: z.looseObject({
    id: Id,
    note_id: NoteIdSchema,
    thread_id: Id,
    author: z.string().min(1).max(200),
    created_at: Timestamp,
    body: Text(100_000),
    quote: Text(20_000),
    prefix: Text(10_000),
    suffix: Text(10_000),
    resolved_by: Text(200).nullable(),
    resolved_at: Timestamp.nullable(),
  }),
} satisfies Record<string, z.ZodType>;

export type ArchivedTableName = keyof typeof ARCHIVE_ROW_SCHEMAS;
