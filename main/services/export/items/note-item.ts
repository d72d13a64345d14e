/**
 * Notes in a pack: the one boundary between packs and briefing notes. Everything the pack
 * needs from a note comes through `NoteForPrint`, rendered by the notes feature's own HTML
 * renderer (shared/notes/render-html.ts), so a note prints as it reads in the app.
 */
import type { Classification, NoteFields, PrintLanguage } from '../../../../shared/model/index.ts';
import type { NoteContent } from '../../../../shared/notes/content-schema.ts';
import { renderNoteForPackHtml, type CiteExcerpt } from '../../../../shared/notes/render-html.ts';
import { resolveCitation } from '../../library/citations.ts';
import type { Database } from '../../store/database.ts';
import { getNote, getNoteSummary } from '../../store/notes.store.ts';
import type { PrintNote } from '../print-model.ts';

export interface NoteForPrint {
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
  };
};

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
  };
}
