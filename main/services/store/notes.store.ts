/**
 * SQL for briefing notes, their excerpts and version history. Every function takes the
 * database first; `saveNote` and the other writes that touch several tables run in one
 * transaction so a crash leaves either the old note or the new one, never a mix.
 */
import type {
  Classification,
  NoteFields,
  NoteLanguage,
  NoteStatus,
  NoteSummary,
  NoteVersionSummary,
  VersionReason,
} from '../../../shared/model/index.ts';
import { collectExcerpts, countWords, noteToPlainText, type CollectedExcerpt } from '../../../shared/notes/content.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { inTransaction, type Database } from './database.ts';
import { syncNoteIndex } from './search.store.ts';

/** How old the newest version must be before an autosave also records an automatic version. */
export const AUTO_VERSION_INTERVAL_MS = 5 * 60 * 1000;

interface NoteRow {
  id: string;
  title: string;
  status: NoteStatus;
  classification: Classification;
  language: NoteLanguage;
  fields_json: string;
  content_json: string;
  word_count: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface StoredNote extends NoteSummary {
  fields: NoteFields;
  content: NoteContent;
}

export interface NoteWrite {
  title: string;
  status: NoteStatus;
  classification: Classification;
  fields: NoteFields;
  content: NoteContent;
}

const SUMMARY_COLUMNS = `id, title, status, classification, language, created_at, updated_at, word_count, revision`;

function toSummary(row: Omit<NoteRow, 'fields_json' | 'content_json'>): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    classification: row.classification,
    language: row.language,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    wordCount: row.word_count,
    revision: row.revision,
  };
}

/** Notes not in the bin, most recently edited first. */
export function listNotes(db: Database): NoteSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE deleted_at IS NULL ORDER BY updated_at DESC, title`)
    .all() as unknown as NoteRow[];
  return rows.map(toSummary);
}

export function getNoteSummary(db: Database, id: string): NoteSummary | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM notes WHERE id = ? AND deleted_at IS NULL`).get(id) as
    NoteRow | undefined;
  return row ? toSummary(row) : undefined;
}

export function getNote(db: Database, id: string): StoredNote | undefined {
  const row = db.prepare('SELECT * FROM notes WHERE id = ? AND deleted_at IS NULL').get(id) as NoteRow | undefined;
  if (!row) return undefined;
  return {
    ...toSummary(row),
    fields: JSON.parse(row.fields_json) as NoteFields,
    content: JSON.parse(row.content_json) as NoteContent,
  };
}

/** The excerpts a note cites, as stored on its last save (resolve them to show their numbers). */
export function listNoteExcerpts(db: Database, noteId: string): CollectedExcerpt[] {
  const rows = db
    .prepare('SELECT document_id, version, paragraph_ids, text FROM note_excerpts WHERE note_id = ? ORDER BY ord')
    .all(noteId) as Array<{ document_id: string; version: number | null; paragraph_ids: string; text: string }>;
  return rows.map((r) => ({
    documentId: r.document_id,
    version: r.version,
    paragraphIds: JSON.parse(r.paragraph_ids) as string[],
    text: r.text,
  }));
}

function replaceExcerpts(db: Database, noteId: string, content: NoteContent): void {
  db.prepare('DELETE FROM note_excerpts WHERE note_id = ?').run(noteId);
  const insert = db.prepare(
    // paragraph_numbers is no longer written: numbers are computed when shown (migration 009).
    `INSERT INTO note_excerpts (note_id, ord, document_id, version, paragraph_ids, paragraph_numbers, text)
     VALUES (?, ?, ?, ?, ?, '[]', ?)`,
  );
  collectExcerpts(content).forEach((excerpt, ord) =>
    insert.run(noteId, ord, excerpt.documentId, excerpt.version, JSON.stringify(excerpt.paragraphIds), excerpt.text),
  );
}

function insertVersion(db: Database, noteId: string, reason: VersionReason, now: string): NoteVersionSummary {
  db.prepare(
    `INSERT INTO note_versions (note_id, created_at, reason, title, classification, status, fields_json, content_json, word_count)
     SELECT id, ?, ?, title, classification, status, fields_json, content_json, word_count FROM notes WHERE id = ?`,
  ).run(now, reason, noteId);
  const row = db
    .prepare(
      'SELECT id, created_at, reason, title, word_count FROM note_versions WHERE note_id = ? ORDER BY id DESC LIMIT 1',
    )
    .get(noteId) as { id: number; created_at: string; reason: VersionReason; title: string; word_count: number };
  return { id: row.id, createdAt: row.created_at, reason: row.reason, title: row.title, wordCount: row.word_count };
}

/** Creates a note and records its first version (`created`), so the template can always be restored. */
export function insertNote(
  db: Database,
  note: NoteWrite & { id: string; language: NoteLanguage },
  now = new Date().toISOString(),
): StoredNote {
  return inTransaction(db, () => {
    const plain = noteToPlainText(note.content);
    db.prepare(
      `INSERT INTO notes (id, title, status, classification, language, fields_json, content_json, plain_text, word_count,
         revision, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      note.id,
      note.title,
      note.status,
      note.classification,
      note.language,
      JSON.stringify(note.fields),
      JSON.stringify(note.content),
      plain,
      countWords(plain),
      now,
      now,
    );
    replaceExcerpts(db, note.id, note.content);
    insertVersion(db, note.id, 'created', now);
    syncNoteIndex(db, note.id);
    return getNote(db, note.id) as StoredNote;
  });
}

export interface SaveOutcome {
  summary: NoteSummary;
  /** The version this save recorded, if any (always for `manual`, sometimes for autosaves). */
  version: NoteVersionSummary | null;
}

/**
 * Saves a note's current state: the row, its plain text and excerpts, and (for an explicit
 * save, or an autosave when the newest version is older than AUTO_VERSION_INTERVAL_MS and
 * differs) a version. One transaction. Returns undefined when the note does not exist.
 */
export function saveNote(
  db: Database,
  id: string,
  note: NoteWrite,
  options: { checkpoint?: 'manual' | 'before-restore'; now?: Date } = {},
): SaveOutcome | undefined {
  const now = options.now ?? new Date();
  const iso = now.toISOString();
  return inTransaction(db, () => {
    const plain = noteToPlainText(note.content);
    const contentJson = JSON.stringify(note.content);
    const fieldsJson = JSON.stringify(note.fields);
    const result = db
      .prepare(
        `UPDATE notes SET title = ?, status = ?, classification = ?, fields_json = ?, content_json = ?, plain_text = ?,
           word_count = ?, revision = revision + 1, updated_at = ?
         WHERE id = ? AND deleted_at IS NULL`,
      )
      .run(note.title, note.status, note.classification, fieldsJson, contentJson, plain, countWords(plain), iso, id);
    if (Number(result.changes) === 0) return undefined;
    replaceExcerpts(db, id, note.content);
    syncNoteIndex(db, id);
    let version: NoteVersionSummary | null = null;
    if (options.checkpoint) {
      version = insertVersion(db, id, options.checkpoint, iso);
    } else {
      const last = db
        .prepare(
          'SELECT created_at, content_json, fields_json, title FROM note_versions WHERE note_id = ? ORDER BY id DESC LIMIT 1',
        )
        .get(id) as { created_at: string; content_json: string; fields_json: string; title: string } | undefined;
      const stale = !last || now.getTime() - Date.parse(last.created_at) >= AUTO_VERSION_INTERVAL_MS;
      const differs =
        !last || last.content_json !== contentJson || last.fields_json !== fieldsJson || last.title !== note.title;
      if (stale && differs) version = insertVersion(db, id, 'auto', iso);
    }
    return { summary: getNoteSummary(db, id) as NoteSummary, version };
  });
}

export function renameNote(
  db: Database,
  id: string,
  title: string,
  now = new Date().toISOString(),
): NoteSummary | undefined {
  return inTransaction(db, () => {
    const result = db
      .prepare(
        'UPDATE notes SET title = ?, revision = revision + 1, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
      )
      .run(title, now, id);
    if (Number(result.changes) === 0) return undefined;
    syncNoteIndex(db, id);
    return getNoteSummary(db, id);
  });
}

/** Moves a note to the bin (and out of search); `restoreDeletedNote` brings it back (undo). */
export function deleteNote(db: Database, id: string, now = new Date().toISOString()): boolean {
  return inTransaction(db, () => {
    const result = db.prepare('UPDATE notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id);
    syncNoteIndex(db, id);
    return Number(result.changes) > 0;
  });
}

export function restoreDeletedNote(db: Database, id: string): NoteSummary | undefined {
  return inTransaction(db, () => {
    db.prepare('UPDATE notes SET deleted_at = NULL WHERE id = ?').run(id);
    syncNoteIndex(db, id);
    return getNoteSummary(db, id);
  });
}

/** Removes notes that have been in the bin longer than `olderThan` (ISO time), with their history. */
export function purgeDeletedNotes(db: Database, olderThan: string): number {
  const result = db.prepare('DELETE FROM notes WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(olderThan);
  return Number(result.changes);
}

export function listNoteVersions(db: Database, noteId: string): NoteVersionSummary[] {
  const rows = db
    .prepare('SELECT id, created_at, reason, title, word_count FROM note_versions WHERE note_id = ? ORDER BY id DESC')
    .all(noteId) as Array<{ id: number; created_at: string; reason: VersionReason; title: string; word_count: number }>;
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    reason: r.reason,
    title: r.title,
    wordCount: r.word_count,
  }));
}

export interface StoredNoteVersion extends NoteVersionSummary {
  classification: Classification;
  status: NoteStatus;
  fields: NoteFields;
  content: NoteContent;
}

export function getNoteVersion(db: Database, noteId: string, versionId: number): StoredNoteVersion | undefined {
  const row = db.prepare('SELECT * FROM note_versions WHERE note_id = ? AND id = ?').get(noteId, versionId) as
    | {
        id: number;
        created_at: string;
        reason: VersionReason;
        title: string;
        classification: Classification;
        status: NoteStatus;
        fields_json: string;
        content_json: string;
        word_count: number;
      }
    | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    createdAt: row.created_at,
    reason: row.reason,
    title: row.title,
    wordCount: row.word_count,
    classification: row.classification,
    status: row.status,
    fields: JSON.parse(row.fields_json) as NoteFields,
    content: JSON.parse(row.content_json) as NoteContent,
  };
}

/** The newest version of the document series `documentId` belongs to (itself when it is the newest). */
export function latestVersionOfDocument(
  db: Database,
  documentId: string,
): { id: string; version: number; title: string; date: string | null } | undefined {
  const row = db
    .prepare(
      `SELECT d.id, d.version, d.title, d.date FROM documents d
       WHERE d.series_id = (SELECT series_id FROM documents WHERE id = ?)
       ORDER BY d.version DESC LIMIT 1`,
    )
    .get(documentId) as { id: string; version: number; title: string; date: string | null } | undefined;
  return row ? { ...row } : undefined;
}

export function documentParagraphs(
  db: Database,
  documentId: string,
): Array<{ id: string; n: number; text: string; label?: string }> {
  const rows = db
    .prepare('SELECT id, n, text, label FROM paragraphs WHERE document_id = ? ORDER BY n')
    .all(documentId) as Array<{ id: string; n: number; text: string; label: string | null }>;
  return rows.map(({ label, ...r }) => ({ ...r, ...(label === null ? {} : { label }) }));
}
