/**
 * The notes domain (`notes:*` in the API): briefing notes, their versions, copies and excerpts.
 * A shared note's body goes through its replica (team sync). The handlers in `api/notes.api.ts`
 * only call these.
 */
import { apiError, type ApiError, type ApiOutput, type ApiParsedInput, type Note } from '../../../shared/api/index.ts';
import type { NoteExcerpt } from '../../../shared/model/index.ts';
import { NoteContentSchema } from '../../../shared/notes/content-schema.ts';
import { appendMediaLines } from '../../../shared/notes/media-lines-table.ts';
import { noteFromTemplate } from '../../../shared/notes/templates.ts';
import { resolveCitation } from '../library/citations.ts';
import { newId } from '../library/ids.ts';
import type { Database } from '../store/database.ts';
import {
  deleteNote,
  getNote,
  getNoteVersion,
  insertNote,
  listNoteExcerpts,
  listNotes,
  listNoteVersions,
  renameNote,
  restoreDeletedNote,
  saveNote,
} from '../store/notes.store.ts';
import type { SyncEngine } from '../sync/engine.ts';
import { appendToSharedNote, contentForSave } from '../sync/note-content.ts';

export { listNotes };
export { checkExcerpts } from './excerpt-check.ts';

function notFound(id: string): ApiError {
  return apiError('not-found', 'errors.noteNotFound', { id });
}

/** A note with its excerpts as they resolve now, or the API's not-found error. */
export function loadNote(db: Database, id: string): Note {
  const note = getNote(db, id);
  if (!note) throw notFound(id);
  return { ...note, excerpts: resolvedNoteExcerpts(db, id) };
}

/** A note's excerpts with their numbers as they are now, and what became of each cited paragraph. */
function resolvedNoteExcerpts(db: Database, id: string): NoteExcerpt[] {
  return listNoteExcerpts(db, id).map((excerpt) => {
    const resolved = resolveCitation(db, excerpt);
    return {
      documentId: excerpt.documentId,
      version: excerpt.version ?? resolved.version,
      paragraphs: resolved.paragraphs.map((p) => p.n),
      paragraphIds: excerpt.paragraphIds,
      labels: resolved.labels,
      current: resolved.paragraphs,
      status: resolved.status,
      text: excerpt.text,
    };
  });
}

/** Copy titles: "Title (copy)", then "Title (copy 2)"… */
function copyTitle(title: string, existing: ReadonlySet<string>): string {
  const base = title.replace(/ \((?:copy|copie)(?: \d+)?\)$/, '');
  let candidate = `${base} (copy)`;
  for (let i = 2; existing.has(candidate); i++) candidate = `${base} (copy ${i})`;
  return candidate;
}

/** A new note from a template. */
export function createNote(db: Database, { template, title, language }: ApiParsedInput<'notes:create'>): Note {
  const draft = noteFromTemplate(template, title, language);
  const id = newId('n');
  insertNote(db, { id, ...draft, language: language ?? draft.language, status: 'draft' });
  return loadNote(db, id);
}

/** A note saved (a checkpoint version when asked). */
export function saveNoteEdits(
  db: Database,
  sync: SyncEngine | undefined,
  { id, checkpoint, ...note }: ApiParsedInput<'notes:save'>,
): ApiOutput<'notes:save'> {
  // A shared note's body lives in its replica (team sync): what is stored is what it holds.
  const content = getNote(db, id) ? contentForSave(sync, id, note.content) : note.content;
  const outcome = saveNote(db, id, { ...note, content }, checkpoint ? { checkpoint } : {});
  if (!outcome) throw notFound(id);
  return outcome;
}

export function renameNoteTitle(db: Database, id: string, title: string): ApiOutput<'notes:rename'> {
  const summary = renameNote(db, id, title);
  if (!summary) throw notFound(id);
  return summary;
}

/** A copy of a note, titled "… (copy)", "… (copy 2)"… */
export function duplicateNote(db: Database, id: string): ApiOutput<'notes:duplicate'> {
  const source = getNote(db, id);
  if (!source) throw notFound(id);
  const titles = new Set(listNotes(db).map((n) => n.title));
  const copy = newId('n');
  insertNote(db, {
    id: copy,
    title: copyTitle(source.title, titles),
    language: source.language,
    status: 'draft',
    classification: source.classification,
    fields: source.fields,
    content: source.content,
  });
  const {
    fields: _fields,
    content: _content,
    ...summary
  } = getNote(db, copy) as NonNullable<ReturnType<typeof getNote>>;
  return summary;
}

export function deleteNoteById(db: Database, id: string): { id: string } {
  if (!deleteNote(db, id)) throw notFound(id);
  return { id };
}

export function undeleteNote(db: Database, id: string): ApiOutput<'notes:undelete'> {
  const summary = restoreDeletedNote(db, id);
  if (!summary) throw notFound(id);
  return summary;
}

export function noteVersions(db: Database, id: string): ApiOutput<'notes:versions'> {
  if (!getNote(db, id)) throw notFound(id);
  return listNoteVersions(db, id);
}

export function noteVersion(db: Database, id: string, versionId: number): ApiOutput<'notes:version'> {
  const version = getNoteVersion(db, id, versionId);
  if (!version) throw apiError('not-found', 'errors.noVersion', { id, version: versionId });
  return version;
}

/** A media lines table added at the end of a note, after a version of the note as it was (History undoes it). */
export function appendNoteMediaLines(
  db: Database,
  sync: SyncEngine | undefined,
  { id, ...table }: ApiParsedInput<'notes:appendMediaLines'>,
): ApiOutput<'notes:appendMediaLines'> {
  const note = getNote(db, id);
  if (!note) throw notFound(id);
  const current = {
    title: note.title,
    status: note.status,
    classification: note.classification,
    fields: note.fields,
    content: note.content,
  };
  saveNote(db, id, current, { checkpoint: 'manual' });
  const appended = NoteContentSchema.parse(appendMediaLines(note.content, table));
  // In a shared note the table is added to the replica, merging with what teammates typed.
  const added = (appended.root.children ?? []).slice((note.content.root.children ?? []).length);
  const content = appendToSharedNote(sync, id, added as never) ?? appended;
  const saved = saveNote(db, id, { ...current, content }, { checkpoint: 'manual' });
  if (!saved) throw notFound(id);
  return { summary: saved.summary, rows: table.rows.length };
}
