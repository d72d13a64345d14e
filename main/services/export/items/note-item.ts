/**
 * Notes in a pack: the one boundary between packs and briefing notes. Everything the pack
 * needs from a note comes through `NoteForPrint`, rendered by the notes feature's own HTML
 * renderer (shared/notes/render-html.ts), so a note prints as it reads in the app.
 */
import type { Classification, NoteFields, PrintLanguage } from '../../../../shared/model/index.ts';
import type { NoteContent } from '../../../../shared/notes/content-schema.ts';
import { printableContent } from '../../../../shared/notes/print-content.ts';
import { renderNoteForPackHtml, type CiteExcerpt } from '../../../../shared/notes/render-html.ts';
import { resolveCitation } from '../../library/citations.ts';
import type { Database } from '../../store/database.ts';
import { getNote, getNoteSummary } from '../../store/notes.store.ts';
import { getReviewRow } from '../../store/sync.store.ts';
import { printableOf } from '../../sync/review-actions.ts';
import type { PrintApproval, PrintNote } from '../print-model.ts';

export interface NoteForPrint {
  /** The team approval, when the note is approved and still prints exactly what was approved. */
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
  // The note always prints as it is (what the app shows, with its own marking); an approval is
  // printed beside it only when that is exactly what was approved.
  const approval = printedApproval(db, 'note', noteId);
  return {
    title: note.title,
    classification: note.classification,
    language: note.language,
    fields: note.fields,
    content: note.content,
    // Each excerpt's citation shows its paragraphs' numbers as they are when the pack prints.
    cite: (excerpt) => {
      const resolved = resolveCitation(db, {
        documentId: excerpt.documentId,
        paragraphIds: excerpt.paragraphs.map((p) => p.id),
        text: excerpt.text,
      });
      return resolved.wording ?? resolved.paragraphs;
    },
    ...(approval ? { approval } : {}),
  };
};

/**
 * The approval to print for an approved (or sent) note or pack: only while the item prints
 * exactly what the approver froze (its snapshot). The team client returns a changed item to
 * Draft, but not every change passes through it (edits after leaving the team, a reader's
 * copy before the editor's return to Draft arrives, a crafted store): an approval never
 * vouches for text or a marking it did not see, and its snapshot is never printed in the
 * item's place.
 */
export function printedApproval(db: Database, kind: 'note' | 'pack', id: string): PrintApproval | undefined {
  const review = getReviewRow(db, kind, id);
  if (!review || (review.state !== 'approved' && review.state !== 'sent') || !review.approvedBy || !review.approvedAt) {
    return undefined;
  }
  if (review.snapshotJson === null || printableOf(db, kind, id) !== review.snapshotJson) return undefined;
  return { by: review.approvedBy, at: review.approvedAt };
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
    // Word builds its own structure from the content: the same printable form as the PDF's.
    content: printableContent(note.content, note.language),
    ...(note.cite ? { cite: note.cite } : {}),
    ...(note.approval ? { approval: note.approval } : {}),
  };
}
