/** SQL for managing documents in the library: rename, delete (recoverably) and restore. */
import { inTransaction, type Database } from './database.ts';
import { syncSeriesAnnotationIndex } from './search.store.ts';

export function renameDocument(db: Database, id: string, title: string): boolean {
  return db.prepare('UPDATE documents SET title = ? WHERE id = ? AND deleted_at IS NULL').run(title, id).changes > 0;
}

/**
 * Marks a document deleted (`deletedAt`) or brings it back (`null`). Its paragraphs leave or
 * rejoin the search index by trigger, its series' annotations here, in the same transaction.
 */
export function setDocumentDeleted(db: Database, id: string, deletedAt: string | null): boolean {
  return inTransaction(db, () => {
    const changed = db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes > 0;
    const row = db.prepare('SELECT series_id AS seriesId FROM documents WHERE id = ?').get(id) as
      { seriesId: string } | undefined;
    if (changed && row) syncSeriesAnnotationIndex(db, row.seriesId);
    return changed;
  });
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
