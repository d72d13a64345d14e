import { z } from 'zod';
import { DocumentMetadataSchema, DocumentSummarySchema, StoredDocumentSchema } from '../model/document.ts';
import { PairSuggestionSchema } from './pair-suggestion.ts';

/** Base64 of at most 64 MiB of bytes: the import pipeline refuses larger files with a clear message. */
const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024 * 4) / 3) + 4;

export const DocumentIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a document id');

const SectionDraftSchema = z
  .object({
    heading: z.string().min(1).max(2000).nullable(),
    paragraphs: z.array(z.string().min(1).max(1_000_000)).max(100_000),
    /** The printed label of each paragraph ("7", "4(a)"), aligned with `paragraphs`; null: by position. */
    labels: z.array(z.string().min(1).max(40).nullable()).max(100_000).optional(),
  })
  .refine((d) => d.labels === undefined || d.labels.length === d.paragraphs.length, {
    message: 'labels must have one entry per paragraph',
  });

/** Corrected metadata: an ISO date or nothing; a title is required. */
const EditableMetadataSchema = DocumentMetadataSchema.extend({
  title: z.string().trim().min(1).max(1000),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date (YYYY-MM-DD)')
    .nullable(),
  place: z.string().max(500).nullable(),
  issuer: z.string().max(500).nullable(),
});

export const ImportOutcomeSchema = z.enum(['imported', 'existing', 'new-version']);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** The document an import became the next version of, and why: its text largely matches, or the user said so. */
export const VersionOfSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  version: z.number().int().positive(),
  basis: z.enum(['evidence', 'user']),
  /** Share of paragraphs in common (0..1), when measured. */
  share: z.number().min(0).max(1).nullable(),
});

/** A document the import may be a new version of (partial evidence): the user decides. */
export const PossibleVersionOfSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  version: z.number().int().positive(),
  share: z.number().min(0).max(1),
});

export const ImportResultSchema = z.object({
  outcome: ImportOutcomeSchema,
  document: DocumentSummarySchema,
  /** Set when the import became the next version of a document (`outcome` is `new-version`). */
  versionOf: VersionOfSchema.nullable().optional(),
  /** Set when the import stands alone but may be a new version of this document. */
  possibleVersionOf: PossibleVersionOfSchema.nullable().optional(),
  /** A document in the other language that looks like this one's other version (never paired silently). */
  pairSuggestion: PairSuggestionSchema.nullable().optional(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const documentsContract = {
  'documents:list': {
    input: z.object({}).strict(),
    output: z.array(DocumentSummarySchema),
  },
  'documents:get': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: StoredDocumentSchema,
  },
  /**
   * Imports a file's bytes (or pasted text, as UTF-8 bytes with a `mediaType` hint).
   * Importing the same bytes again finds the existing document (`existing`). A text that
   * largely matches a known document's becomes its next version (`new-version`, `versionOf`);
   * a file name or a title alone never does. `versionOf` says it is a version of that document
   * (also for bytes already imported on their own); `newDocument` keeps it apart whatever the
   * evidence. With partial evidence it stands alone and `possibleVersionOf` names the candidate.
   */
  'documents:import': {
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        mediaType: z.string().max(100).optional(),
        dataBase64: z.string().max(MAX_IMPORT_BASE64),
        /** Chosen by the caller to ask `documents:importProgress` how far this import is. */
        progressId: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,64}$/)
          .optional(),
        versionOf: DocumentIdSchema.optional(),
        newDocument: z.boolean().optional(),
      })
      .strict()
      .refine((input) => !(input.versionOf && input.newDocument), 'versionOf and newDocument exclude each other'),
    output: ImportResultSchema,
  },
  /**
   * The user's answer to "This looks like a new version of …": the document `id`, imported on
   * its own, becomes the next version of `of`'s series, and that series' annotations are
   * re-anchored onto it.
   */
  'documents:setVersionOf': {
    input: z.object({ id: DocumentIdSchema, of: DocumentIdSchema }).strict(),
    output: ImportResultSchema,
  },
  /** How far a running import is (0..1), or null once it has ended or was never started. */
  'documents:importProgress': {
    input: z.object({ progressId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict(),
    output: z.object({ fraction: z.number().min(0).max(1).nullable() }),
  },
  /** Corrects title, kind, language, date, place and issuer. */
  'documents:update': {
    input: EditableMetadataSchema.extend({ id: DocumentIdSchema }).strict(),
    output: StoredDocumentSchema,
  },
  /**
   * Corrects the structure (headings, paragraph breaks). The text itself must not change:
   * only where headings and paragraph breaks stand. Paragraphs are renumbered.
   */
  'documents:restructure': {
    input: z.object({ id: DocumentIdSchema, sections: z.array(SectionDraftSchema).min(1) }).strict(),
    output: StoredDocumentSchema,
  },
} as const;
