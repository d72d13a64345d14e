/** SQL for managing documents in the library: rename, delete (recoverably) and restore. */
import type { Database } from './database.ts';

export function renameDocument(db: Database, id: string, title: string): boolean {
  return db.prepare('UPDATE documents SET title = ? WHERE id = ? AND deleted_at IS NULL').run(title, id).changes > 0;
}

/** Marks a document deleted (`deletedAt`) or brings it back (`null`). */
export function setDocumentDeleted(db: Database, id: string, deletedAt: string | null): boolean {
  return db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes > 0;
}

export function isDocumentDeleted(db: Database, id: string): boolean | undefined {
  const row = db.prepare('SELECT deleted_at AS deletedAt FROM documents WHERE id = ?').get(id) as
    { deletedAt: string | null } | undefined;
  return row ? row.deletedAt !== null : undefined;
}

/** Every version of a series (deleted ones too: annotations made on them still anchor from them). */
export function listSeriesVersions(db: Database, seriesId: string): Array<{ id: string; version: number }> {
  const rows = db
    .prepare('SELECT id, version FROM documents WHERE series_id = ? ORDER BY version')
    .all(seriesId) as Array<{ id: string; version: number }>;
  return rows.map((r) => ({ id: r.id, version: r.version }));
}
