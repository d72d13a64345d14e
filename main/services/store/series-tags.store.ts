/** SQL for a document's live versions and for tags across the library (tags view, rename/merge). */
import type { Database } from './database.ts';
import { setAnnotationTags } from './annotations.store.ts';

export interface VersionRow {
  id: string;
  version: number;
  title: string;
  date: string | null;
  importedAt: string;
  paragraphCount: number;
}

/** The live versions of a series, oldest first. */
export function listLiveVersions(db: Database, seriesId: string): VersionRow[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.version, d.title, d.date, d.imported_at AS importedAt,
              (SELECT count(*) FROM paragraphs p WHERE p.document_id = d.id) AS paragraphCount
       FROM documents d WHERE d.series_id = ? AND d.deleted_at IS NULL ORDER BY d.version`,
    )
    .all(seriesId) as unknown as VersionRow[];
  return rows.map((row) => ({ ...row }));
}

/** Live annotations carrying `tag` (any capitalisation), with their series, oldest first. */
export function annotationsWithTag(db: Database, tag: string): Array<{ id: string; seriesId: string }> {
  const rows = db
    .prepare(
      `SELECT a.id, a.series_id AS seriesId FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id
       WHERE lower(t.tag) = lower(?) AND a.deleted_at IS NULL ORDER BY a.created_at, a.id`,
    )
    .all(tag) as Array<{ id: string; seriesId: string }>;
  return rows.map((row) => ({ ...row }));
}

/**
 * Replaces `from` with `to` in every annotation's tags (deleted ones too, so an undone delete
 * comes back renamed), keeping each list's order and dropping a duplicate where the annotation
 * had both. Returns how many annotations changed. The caller owns the transaction.
 */
export function renameTagEverywhere(db: Database, from: string, to: string): number {
  const ids = (
    db
      .prepare('SELECT DISTINCT annotation_id AS id FROM annotation_tags WHERE lower(tag) = lower(?)')
      .all(from) as Array<{
      id: string;
    }>
  ).map((row) => row.id);
  const read = db.prepare('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY ord');
  for (const id of ids) {
    const tags = (read.all(id) as Array<{ tag: string }>).map((row) =>
      row.tag.toLowerCase() === from.toLowerCase() ? to : row.tag,
    );
    const seen = new Set<string>();
    setAnnotationTags(
      db,
      id,
      tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase())),
    );
  }
  return ids.length;
}
