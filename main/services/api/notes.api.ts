import {
  appendNoteMediaLines,
  checkExcerpts,
  createNote,
  deleteNoteById,
  duplicateNote,
  listNotes,
  loadNote,
  noteVersion,
  noteVersions,
  renameNoteTitle,
  saveNoteEdits,
  undeleteNote,
} from '../notes/notes.service.ts';
import type { ApiHandlers } from './handler.ts';

export const notesHandlers: ApiHandlers<
  | 'notes:list'
  | 'notes:get'
  | 'notes:create'
  | 'notes:save'
  | 'notes:rename'
  | 'notes:duplicate'
  | 'notes:delete'
  | 'notes:undelete'
  | 'notes:versions'
  | 'notes:version'
  | 'notes:check-excerpts'
  | 'notes:appendMediaLines'
> = {
  'notes:list': async (_input, { db }) => listNotes(db),
  'notes:get': async ({ id }, { db }) => loadNote(db, id),
  'notes:create': async (input, { db }) => createNote(db, input),
  'notes:save': async (input, { db, sync }) => saveNoteEdits(db, sync, input),
  'notes:rename': async ({ id, title }, { db }) => renameNoteTitle(db, id, title),
  'notes:duplicate': async ({ id }, { db }) => duplicateNote(db, id),
  'notes:delete': async ({ id }, { db }) => deleteNoteById(db, id),
  'notes:undelete': async ({ id }, { db }) => undeleteNote(db, id),
  'notes:versions': async ({ id }, { db }) => noteVersions(db, id),
  'notes:version': async ({ id, versionId }, { db }) => noteVersion(db, id, versionId),
  'notes:appendMediaLines': async (input, { db, sync }) => appendNoteMediaLines(db, sync, input),
  'notes:check-excerpts': async ({ excerpts }, { db }) => checkExcerpts(db, excerpts),
};
