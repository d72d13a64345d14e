/**
 * Briefing notes: summary rows, header fields, classification, versions and the excerpts a
 * note cites. The content itself is Lexical JSON, validated by `shared/notes/content-schema.ts`.
 */
import { z } from 'zod';
import { CitedParagraphSchema } from './citation.ts';
import { ClassificationSchema, PrintLanguageSchema, type PrintLanguage } from './classification.ts';

export const NoteIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a note id');

export const NoteStatusSchema = z.enum(['draft', 'final']);
export type NoteStatus = z.infer<typeof NoteStatusSchema>;

/** A note is written in one of the languages packs print in. */
export const NoteLanguageSchema = PrintLanguageSchema;
export type NoteLanguage = PrintLanguage;

// Classifications are shared with packs: a pack's minimum classification is its notes' highest.
export {
  CLASSIFICATIONS,
  CLASSIFICATION_LABELS,
  ClassificationSchema,
  classificationRank,
  type Classification,
} from './classification.ts';

/** The header and sign-off fields of a briefing note, besides its title and classification. */
export const NoteFieldsSchema = z.object({
  to: z.string().max(500),
  from: z.string().max(500),
  date: z.string().max(100),
  fileNumber: z.string().max(200),
  preparedBy: z.string().max(500),
  approvedBy: z.string().max(500),
});
export type NoteFields = z.infer<typeof NoteFieldsSchema>;

export const EMPTY_NOTE_FIELDS: NoteFields = {
  to: '',
  from: '',
  date: '',
  fileNumber: '',
  preparedBy: '',
  approvedBy: '',
};

export const NoteFieldKeys = ['to', 'from', 'date', 'fileNumber', 'preparedBy', 'approvedBy'] as const;

export const NOTE_FIELD_LABELS: Record<NoteLanguage, Record<keyof NoteFields | 'classification', string>> = {
  en: {
    to: 'To',
    from: 'From',
    date: 'Date',
    fileNumber: 'File number',
    classification: 'Security classification',
    preparedBy: 'Prepared by',
    approvedBy: 'Approved by',
  },
  fr: {
    to: 'Destinataire',
    from: 'Expéditeur',
    date: 'Date',
    fileNumber: 'Numéro de dossier',
    classification: 'Classification de sécurité',
    preparedBy: 'Préparé par',
    approvedBy: 'Approuvé par',
  },
};

export const MAX_NOTE_TITLE = 300;
export const NoteTitleSchema = z.string().trim().min(1, 'A note needs a title.').max(MAX_NOTE_TITLE);

/** One row of the notes list. `precis notes --json` prints `{id, title, classification, status}` and more. */
export const NoteSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: NoteStatusSchema,
  classification: ClassificationSchema,
  language: NoteLanguageSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  wordCount: z.number().int().nonnegative(),
  /** Increases by one on every save: lets a client notice a newer save from elsewhere. */
  revision: z.number().int().nonnegative(),
});
export type NoteSummary = z.infer<typeof NoteSummarySchema>;

/**
 * An excerpt as listed for the CLI and packs. It cites `(documentId, version, paragraphIds)`;
 * `paragraphs` (positions) and `labels` (what ¶ shows) are computed from the document as it is
 * now, and `status` says whether the cited paragraphs are still there as they were.
 */
export const NoteExcerptSchema = z.object({
  documentId: z.string(),
  version: z.number().int().positive().nullable(),
  /** Positions of the cited paragraphs now (for scripts; show `labels`). */
  paragraphs: z.array(z.number().int().positive()),
  paragraphIds: z.array(z.string()),
  /** What the citation shows after ¶, now: printed numbers, else positions. */
  labels: z.array(z.string()),
  /** The paragraphs the excerpt stands for now (after a merge or split, the ones that hold it). */
  current: z.array(CitedParagraphSchema),
  /** `current`, or what became of a cited paragraph (`merged`, `split`, `removed`), or `missing` (document gone). */
  status: z.enum(['current', 'merged', 'split', 'removed', 'missing']),
  text: z.string(),
});
export type NoteExcerpt = z.infer<typeof NoteExcerptSchema>;

export const VersionReasonSchema = z.enum(['created', 'manual', 'auto', 'before-restore']);
export type VersionReason = z.infer<typeof VersionReasonSchema>;

export const NoteVersionSummarySchema = z.object({
  id: z.number().int().positive(),
  createdAt: z.string(),
  reason: VersionReasonSchema,
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type NoteVersionSummary = z.infer<typeof NoteVersionSummarySchema>;
