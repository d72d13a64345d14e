/**
 * Notes in a pack: the one boundary between packs and briefing notes. Everything the pack
 * needs from a note comes through `NoteForPrint`, rendered by the notes feature.
 */
import type { Classification } from '../../../shared/model/index.ts';
import type { Database } from '../../store/database.ts';
import type { PrintNote } from '../print-model.ts';
import { escapeHtml } from '../html.ts';

export interface NoteForPrint {
  title: string;
  classification: Classification;
  /** Semantic HTML of the body, or undefined when only plain text is available. */
  html?: string;
  /** The note's plain text, paragraphs separated by blank lines (fallback). */
  plainText?: string;
}

export type NoteRenderer = (db: Database, noteId: string) => NoteForPrint | undefined;

/**
 * The library's notes, as print sees them. This build has no notes store yet, so there is
 * no note to find: a note item resolves to "missing" and the export names it.
 */
export const renderNoteForPrint: NoteRenderer = () => undefined;

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
    html: note.html ?? plainTextToHtml(note.plainText ?? ''),
  };
}
