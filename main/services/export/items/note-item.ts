/**
 * Notes in a pack: the one boundary between packs and briefing notes. Everything the pack
 * needs from a note comes through `NoteForPrint`, rendered by the notes feature's own HTML
 * renderer (shared/notes/render-html.ts), so a note prints as it reads in the app.
 */
import type { Classification, PrintLanguage } from '../../../../shared/model/index.ts';
import { renderNoteForPackHtml } from '../../../../shared/notes/render-html.ts';
import type { Database } from '../../store/database.ts';
import { getNote, getNoteSummary } from '../../store/notes.store.ts';
import type { PrintNote } from '../print-model.ts';
import { escapeHtml } from '../html.ts';

export interface NoteForPrint {
  title: string;
  classification: Classification;
  language: PrintLanguage;
  /** Semantic HTML of the body, or undefined when only plain text is available. */
  html?: string;
  /** The note's plain text, paragraphs separated by blank lines (fallback). */
  plainText?: string;
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
    html: renderNoteForPackHtml(note),
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

/** Plain text to HTML paragraphs: used when a note has no rich rendering. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

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
    html: note.html ?? plainTextToHtml(note.plainText ?? ''),
  };
}
