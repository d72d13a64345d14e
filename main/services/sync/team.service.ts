/**
 * The team domain's work on the local library (`team:*` and `notes:append` in the API): the
 * membership kept in the store, sharing the whole library on joining, the changes still waiting
 * for the server, and appending text to a note (through the shared copy when the note is
 * shared). The handlers in `api/team.api.ts` call these and the sync engine; they never touch
 * the store themselves.
 */
import { plainTextToLexical } from '../../../shared/model/comment.ts';
import { NoteContentSchema, type NoteContent } from '../../../shared/notes/content-schema.ts';
import type { NoteSummary } from '../../../shared/model/index.ts';
import type { Database } from '../store/database.ts';
import { listDocumentSummaries } from '../store/documents.store.ts';
import { getNote, getNoteSummary, listNotes, saveNote } from '../store/notes.store.ts';
import { listPackRows } from '../store/packs.store.ts';
import { clearMembership, countWaiting, putMembership, type Membership } from '../store/sync.store.ts';
import type { SyncEngine } from './engine.ts';
import { appendToSharedNote } from './note-content.ts';

/** Keeps this library's membership of a team (server, token, who the server says the user is). */
export function recordMembership(db: Database, membership: Membership): void {
  putMembership(db, membership);
}

/** Forgets the membership (leaving the team); the shared items stay in the library as they are. */
export function forgetMembership(db: Database): void {
  clearMembership(db);
}

/** How many local changes are still waiting to reach the team's server, all items together. */
export function waitingChanges(db: Database): number {
  return [...countWaiting(db).values()].reduce((sum, n) => sum + n, 0);
}

/** Shares every note, pack and document of the library (joining with "share my library"). */
export function shareWholeLibrary(db: Database, engine: SyncEngine): void {
  for (const note of listNotes(db)) engine.share('note', note.id);
  for (const pack of listPackRows(db)) engine.share('pack', pack.id);
  for (const document of listDocumentSummaries(db)) engine.share('document', document.id);
}

/** Whether the library holds a (live) note with this id. */
export function noteExists(db: Database, id: string): boolean {
  return getNote(db, id) !== undefined;
}

/**
 * Appends text to a note, one paragraph per line (as the CLI's other text options make them):
 * through the shared copy when the note is shared, so collaborators' edits are kept.
 */
export function appendToNote(
  db: Database,
  engine: SyncEngine | undefined,
  id: string,
  text: string,
): NoteSummary | undefined {
  const note = getNote(db, id);
  if (!note) return undefined;
  const nodes = (JSON.parse(plainTextToLexical(text)) as { root: { children: unknown[] } }).root.children;
  const shared = appendToSharedNote(engine, id, nodes as never);
  const content: NoteContent =
    shared ??
    NoteContentSchema.parse({
      ...note.content,
      root: { ...note.content.root, children: [...(note.content.root.children ?? []), ...nodes] },
    });
  const { fields, title, status, classification } = note;
  saveNote(db, id, { title, status, classification, fields, content });
  return getNoteSummary(db, id);
}
