/**
 * Notes in a pack: the one boundary between packs and briefing notes. Everything the pack
 * needs from a note comes through `NoteForPrint`, rendered by the notes feature's own HTML
 * renderer (shared/notes/render-html.ts), so a note prints as it reads in the app.
 */
import { z } from 'zod';
import {
  ClassificationSchema,
  NoteFieldsSchema,
  PrintLanguageSchema,
  type Classification,
  type NoteFields,
  type PrintLanguage,
} from '../../../../shared/model/index.ts';
import { NoteContentSchema, type NoteContent } from '../../../../shared/notes/content-schema.ts';
import { renderNoteForPackHtml, type CiteExcerpt } from '../../../../shared/notes/render-html.ts';
import { resolveCitation } from '../../library/citations.ts';
import type { Database } from '../../store/database.ts';
import { getNote, getNoteSummary } from '../../store/notes.store.ts';
import { getReviewRow } from '../../store/sync.store.ts';
import type { PrintApproval, PrintNote } from '../print-model.ts';

export interface NoteForPrint {
  /** The team approval, when the note is approved: the rest is then the approved snapshot. */
  approval?: PrintApproval;
  title: string;
  classification: Classification;
  language: PrintLanguage;
  fields: NoteFields;
  content: NoteContent;
  /** The cited paragraphs as the library has them now (labels shown in citations), when known. */
  cite?: CiteExcerpt;
}

export type NoteRenderer = (db: Database, noteId: string) => NoteForPrint | undefined;

/**
 * A note of the library as print sees it: header fields (To, From, Date, File number,
 * classification), body with its excerpts and their citations, and sign-off. Notes in the
 * bin are not found, so the export names the item as missing.
 */
export const renderNoteForPrint: NoteRenderer = (db, noteId) => {
  const note = getNote(db, noteId);
  if (!note) return undefined;
  // An approved note prints as it was approved (its frozen snapshot), with who approved it and when.
  const approved = approvedSnapshot(db, 'note', noteId);
  const printed = approved?.snapshot ? { ...note, ...approved.snapshot } : note;
  return {
    title: printed.title,
    classification: printed.classification,
    language: printed.language,
    fields: printed.fields,
    content: printed.content,
    // Each excerpt's citation shows its paragraphs' numbers as they are when the pack prints.
    cite: (excerpt) => {
      const resolved = resolveCitation(db, {
        documentId: excerpt.documentId,
        paragraphIds: excerpt.paragraphs.map((p) => p.id),
        text: excerpt.text,
      });
      return resolved.wording ?? resolved.paragraphs;
    },
    ...(approved ? { approval: approved.approval } : {}),
  };
};

const NoteSnapshotSchema = z.object({
  title: z.string(),
  classification: ClassificationSchema,
  language: PrintLanguageSchema,
  fields: NoteFieldsSchema,
  content: NoteContentSchema,
});

/** The approval of an approved (or sent) item and, for a note, what was approved. */
export function approvedSnapshot(
  db: Database,
  kind: 'note' | 'pack',
  id: string,
): { approval: PrintApproval; snapshot: z.infer<typeof NoteSnapshotSchema> | null } | undefined {
  const review = getReviewRow(db, kind, id);
  if (!review || (review.state !== 'approved' && review.state !== 'sent') || !review.approvedBy || !review.approvedAt) {
    return undefined;
  }
  const approval = { by: review.approvedBy, at: review.approvedAt };
  if (kind === 'pack') return { approval, snapshot: null };
  try {
    const snapshot = NoteSnapshotSchema.safeParse(JSON.parse(review.snapshotJson ?? ''));
    return snapshot.success ? { approval, snapshot: snapshot.data } : undefined;
  } catch {
    return undefined;
  }
}

/** What the pack editor lists for a note, without rendering it. */
export function describeNote(
  db: Database,
  noteId: string,
): { title: string; classification: Classification } | undefined {
  const summary = getNoteSummary(db, noteId);
  return summary ? { title: summary.title, classification: summary.classification } : undefined;
}

/**
 * A note as a print item: its content as the notes feature renders it (the PDF prints that
 * HTML), and the content itself for writers that build their own structure (Word).
 */
export function resolveNoteItem(
  db: Database,
  itemId: string,
  noteId: string,
  render: NoteRenderer = renderNoteForPrint,
): PrintNote | undefined {
  const note = render(db, noteId);
  if (!note) return undefined;
  return {
    kind: 'note',
    itemId,
    title: note.title,
    classification: note.classification,
    language: note.language,
    html: renderNoteForPackHtml(note, note.cite),
    fields: note.fields,
    content: note.content,
    ...(note.cite ? { cite: note.cite } : {}),
    ...(note.approval ? { approval: note.approval } : {}),
  };
}
