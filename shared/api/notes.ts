/** The `notes:*` methods: briefing notes, their versions and the freshness of their excerpts. */
import { z } from 'zod';
import { CitationChangeSchema, CitedParagraphSchema } from '../model/citation.ts';
import { ExcerptParagraphSchema } from '../model/excerpt.ts';
import {
  ClassificationSchema,
  NoteExcerptSchema,
  NoteFieldsSchema,
  NoteIdSchema,
  NoteLanguageSchema,
  NoteStatusSchema,
  NoteSummarySchema,
  NoteTitleSchema,
  NoteVersionSummarySchema,
} from '../model/note.ts';
import { NoteContentInputSchema, type NoteContent } from '../notes/content-schema.ts';
import { NOTE_TEMPLATES } from '../notes/templates.ts';
import { MediaLinesTableSchema } from '../notes/media-lines-table.ts';

const ContentOutputSchema = z.custom<NoteContent>(
  (value) => typeof value === 'object' && value !== null && 'root' in value,
  'not note content',
);

export const NoteSchema = NoteSummarySchema.extend({
  fields: NoteFieldsSchema,
  content: ContentOutputSchema,
  excerpts: z.array(NoteExcerptSchema),
});
export type Note = z.infer<typeof NoteSchema>;

export const NoteVersionSchema = NoteVersionSummarySchema.extend({
  classification: ClassificationSchema,
  status: NoteStatusSchema,
  fields: NoteFieldsSchema,
  content: ContentOutputSchema,
});
export type NoteVersion = z.infer<typeof NoteVersionSchema>;

const LatestVersionSchema = z.object({
  documentId: z.string(),
  version: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
});

export const ExcerptCheckSchema = z.discriminatedUnion('status', [
  /**
   * The cited paragraphs are in the cited version as they were (or the user kept the excerpt as
   * it is); `paragraphs` are what they are now, to show their numbers.
   */
  z.object({ status: z.literal('current'), paragraphs: z.array(CitedParagraphSchema).optional() }),
  /** The cited document was removed from the library. */
  z.object({ status: z.literal('missing') }),
  /**
   * A structure correction of the cited version merged, split or removed a cited paragraph:
   * "paragraph merged / split / removed — review". The fixes: `replacement` (update to the
   * current text of the paragraphs that hold it now), `keep` (keep the quoted words, citing the
   * paragraphs that hold them now), or pick again.
   */
  z.object({
    status: z.literal('restructured'),
    change: CitationChangeSchema,
    /** Where the cited paragraphs are now (empty when removed). */
    paragraphs: z.array(CitedParagraphSchema),
    replacement: z.object({ paragraphs: z.array(CitedParagraphSchema), text: z.string() }).optional(),
    keep: z.object({ paragraphs: z.array(CitedParagraphSchema) }).optional(),
  }),
  z.object({
    status: z.enum(['unchanged', 'changed', 'removed']),
    latest: LatestVersionSchema,
    /** The passage as the newest version has it (absent when it is gone). */
    replacement: z.object({ paragraphs: z.array(CitedParagraphSchema), text: z.string() }).optional(),
    /** The cited paragraphs as they are in the cited version now. */
    paragraphs: z.array(CitedParagraphSchema).optional(),
    /**
     * The newer version merged a cited paragraph into a longer one, or split it: said even
     * when the quoted words are unchanged (`replacement.paragraphs` says where they are).
     */
    change: z.enum(['merged', 'split']).optional(),
  }),
]);
export type ExcerptCheck = z.infer<typeof ExcerptCheckSchema>;

const VersionIdSchema = z.number().int().positive();

export const notesContract = {
  'notes:list': { input: z.object({}).strict(), output: z.array(NoteSummarySchema) },
  'notes:get': { input: z.object({ id: NoteIdSchema }).strict(), output: NoteSchema },
  /** A new note from the English or French briefing-note template, or blank. */
  'notes:create': {
    input: z
      .object({
        template: z.enum(NOTE_TEMPLATES),
        title: NoteTitleSchema.optional(),
        language: NoteLanguageSchema.optional(),
      })
      .strict(),
    output: NoteSchema,
  },
  /**
   * Saves the whole note atomically. `checkpoint: 'manual'` (Ctrl+S) always records a version;
   * autosaves record one when the newest is older than a few minutes.
   */
  'notes:save': {
    input: z
      .object({
        id: NoteIdSchema,
        title: NoteTitleSchema,
        status: NoteStatusSchema,
        classification: ClassificationSchema,
        fields: NoteFieldsSchema,
        content: NoteContentInputSchema,
        checkpoint: z.enum(['manual', 'before-restore']).optional(),
      })
      .strict(),
    output: z.object({ summary: NoteSummarySchema, version: NoteVersionSummarySchema.nullable() }),
  },
  'notes:rename': { input: z.object({ id: NoteIdSchema, title: NoteTitleSchema }).strict(), output: NoteSummarySchema },
  'notes:duplicate': { input: z.object({ id: NoteIdSchema }).strict(), output: NoteSummarySchema },
  /** Moves a note to the bin; `notes:undelete` undoes it. */
  'notes:delete': { input: z.object({ id: NoteIdSchema }).strict(), output: z.object({ id: z.string() }) },
  'notes:undelete': { input: z.object({ id: NoteIdSchema }).strict(), output: NoteSummarySchema },
  'notes:versions': { input: z.object({ id: NoteIdSchema }).strict(), output: z.array(NoteVersionSummarySchema) },
  'notes:version': {
    input: z.object({ id: NoteIdSchema, versionId: VersionIdSchema }).strict(),
    output: NoteVersionSchema,
  },
  /**
   * Appends the quote check's media lines to the end of a note as a table (with its caption).
   * The note's state before is kept as a version, so History can undo the insertion.
   */
  'notes:appendMediaLines': {
    input: MediaLinesTableSchema.extend({ id: NoteIdSchema }).strict(),
    output: z.object({ summary: NoteSummarySchema, rows: z.number().int().nonnegative() }),
  },
  /**
   * For each excerpt: its paragraphs' numbers now, and whether a structure correction replaced a
   * cited paragraph or a newer version of its source says something else.
   */
  'notes:check-excerpts': {
    input: z
      .object({
        excerpts: z
          .array(
            z.object({
              documentId: z.string().min(1).max(64),
              version: z.number().int().positive().optional(),
              paragraphs: z.array(ExcerptParagraphSchema).min(1).max(200),
              text: z.string().max(20_000),
              keptAgainst: z.string().max(64).optional(),
            }),
          )
          .max(2000),
      })
      .strict(),
    output: z.array(ExcerptCheckSchema),
  },
} as const;
