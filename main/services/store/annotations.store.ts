/**
 * SQL for annotations, their tags, their cached anchors per document version, and the named
 * highlight colours. Every function takes the database first; callers own transactions.
 * Every write keeps the annotation's search index row in step (`syncAnnotationIndex`).
 */
import type { AnnotationScope, ColorKey, Comment, HighlightColor } from '../../../shared/model/index.ts';
import type { AnchorStatus } from '../../../shared/anchoring/index.ts';
import { inTransaction, type Database } from './database.ts';
import { syncAnnotationIndex } from './search.store.ts';

/** An annotation as stored: its selectors are on the version `documentId`. */
export interface AnnotationRecord {
  id: string;
  seriesId: string;
  documentId: string;
  scope: AnnotationScope;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: ColorKey;
  comment: Comment | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface AnchorRecord {
  status: AnchorStatus;
  start: number | null;
  end: number | null;
}

interface AnnotationRow {
  id: string;
  series_id: string;
  document_id: string;
  scope: AnnotationScope;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  color: ColorKey;
  comment_lexical: string | null;
  comment_text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function fromRow(row: AnnotationRow, tags: string[]): AnnotationRecord {
  return {
    id: row.id,
    seriesId: row.series_id,
    documentId: row.document_id,
    scope: row.scope,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start_offset,
    end: row.end_offset,
    color: row.color,
    comment: row.comment_lexical === null ? null : { lexical: row.comment_lexical, text: row.comment_text },
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** The annotations table's columns, in the order of `annotationValues`. */
export const ANNOTATION_COLUMNS = `id, series_id, document_id, scope, exact, prefix, suffix, start_offset, end_offset,
       color, comment_lexical, comment_text, created_at, updated_at`;

/** A record's values for `ANNOTATION_COLUMNS`. */
export function annotationValues(record: Omit<AnnotationRecord, 'deletedAt'>): Array<string | number | null> {
  return [
    record.id,
    record.seriesId,
    record.documentId,
    record.scope,
    record.exact,
    record.prefix,
    record.suffix,
    record.start,
    record.end,
    record.color,
    record.comment?.lexical ?? null,
    record.comment?.text ?? '',
    record.createdAt,
    record.updatedAt,
  ];
}

export function insertAnnotation(db: Database, record: Omit<AnnotationRecord, 'deletedAt'>): void {
  db.prepare(`INSERT INTO annotations (${ANNOTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    ...annotationValues(record),
  );
  setAnnotationTags(db, record.id, record.tags);
}

/** One annotation, deleted or not. */
export function getAnnotation(db: Database, id: string): AnnotationRecord | undefined {
  const row = db.prepare('SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  if (!row) return undefined;
  const tags = db.prepare('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY ord').all(id) as Array<{
    tag: string;
  }>;
  return fromRow(
    row,
    tags.map((t) => t.tag),
  );
}

/** The live annotations of a document series, oldest first. */
export function listSeriesAnnotations(db: Database, seriesId: string): AnnotationRecord[] {
  const rows = db
    .prepare('SELECT * FROM annotations WHERE series_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
    .all(seriesId) as unknown as AnnotationRow[];
  const tagRows = db
    .prepare(
      `SELECT t.annotation_id AS id, t.tag FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id
       WHERE a.series_id = ? AND a.deleted_at IS NULL ORDER BY t.annotation_id, t.ord`,
    )
    .all(seriesId) as Array<{ id: string; tag: string }>;
  const tags = new Map<string, string[]>();
  for (const { id, tag } of tagRows) {
    const list = tags.get(id);
    if (list) list.push(tag);
    else tags.set(id, [tag]);
  }
  return rows.map((row) => fromRow(row, tags.get(row.id) ?? []));
}

export function setAnnotationTags(db: Database, id: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, ord, tag) VALUES (?, ?, ?)');
  tags.forEach((tag, ord) => insert.run(id, ord, tag));
  syncAnnotationIndex(db, id);
}

export function updateAnnotationStyle(
  db: Database,
  id: string,
  changes: { color?: ColorKey; comment?: Comment | null },
  updatedAt: string,
): void {
  if (changes.color !== undefined) db.prepare('UPDATE annotations SET color = ? WHERE id = ?').run(changes.color, id);
  if (changes.comment !== undefined) {
    db.prepare('UPDATE annotations SET comment_lexical = ?, comment_text = ? WHERE id = ?').run(
      changes.comment?.lexical ?? null,
      changes.comment?.text ?? '',
      id,
    );
  }
  db.prepare('UPDATE annotations SET updated_at = ? WHERE id = ?').run(updatedAt, id);
  syncAnnotationIndex(db, id);
}

/** Moves an annotation's selectors onto another version; cached anchors no longer hold. */
export function rebaseAnnotation(
  db: Database,
  id: string,
  target: { documentId: string; exact: string; prefix: string; suffix: string; start: number; end: number },
  updatedAt: string,
): void {
  db.prepare(
    `UPDATE annotations SET document_id = ?, exact = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?,
       updated_at = ? WHERE id = ?`,
  ).run(target.documentId, target.exact, target.prefix, target.suffix, target.start, target.end, updatedAt, id);
  db.prepare('DELETE FROM annotation_anchors WHERE annotation_id = ?').run(id);
  syncAnnotationIndex(db, id);
}

/** Deletes (recoverably) or restores an annotation, with its search index row. */
export function setAnnotationDeleted(db: Database, id: string, deletedAt: string | null): void {
  inTransaction(db, () => {
    db.prepare('UPDATE annotations SET deleted_at = ? WHERE id = ?').run(deletedAt, id);
    syncAnnotationIndex(db, id);
  });
}

/** Cached anchors of every annotation on one document version. */
export function listAnchors(db: Database, documentId: string): Map<string, AnchorRecord> {
  const rows = db
    .prepare(
      'SELECT annotation_id AS id, status, start_offset AS start, end_offset AS "end" FROM annotation_anchors WHERE document_id = ?',
    )
    .all(documentId) as unknown as Array<{ id: string } & AnchorRecord>;
  return new Map(rows.map((r) => [r.id, { status: r.status, start: r.start, end: r.end }]));
}

export function putAnchor(db: Database, annotationId: string, documentId: string, anchor: AnchorRecord): void {
  db.prepare(
    `INSERT OR REPLACE INTO annotation_anchors (annotation_id, document_id, status, start_offset, end_offset)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(annotationId, documentId, anchor.status, anchor.start, anchor.end);
}

/** Tags in use on live annotations, most used first; spelling as first used. */
export function listTagCounts(db: Database): Array<{ tag: string; count: number }> {
  const rows = db
    .prepare(
      `SELECT min(t.tag) AS tag, count(*) AS count FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id
       WHERE a.deleted_at IS NULL GROUP BY lower(t.tag) ORDER BY count DESC, lower(t.tag)`,
    )
    .all() as Array<{ tag: string; count: number }>;
  return rows.map((r) => ({ tag: r.tag, count: r.count }));
}

/** The spelling a tag already has in the library (tags are case-insensitive), if any. */
export function existingTagSpelling(db: Database, tag: string): string | undefined {
  const row = db.prepare('SELECT tag FROM annotation_tags WHERE lower(tag) = lower(?) LIMIT 1').get(tag) as
    { tag: string } | undefined;
  return row?.tag;
}

export function listColors(db: Database): HighlightColor[] {
  const rows = db.prepare('SELECT key, label FROM highlight_colors ORDER BY ord').all() as unknown as HighlightColor[];
  return rows.map((r) => ({ key: r.key, label: r.label }));
}

export function setColorLabel(db: Database, key: ColorKey, label: string): void {
  db.prepare('UPDATE highlight_colors SET label = ? WHERE key = ?').run(label, key);
}

/**
 * Live annotations per live document that has any: a version counts its whole series'
 * annotations; a document not listed has none. Starts from the annotations (one index scan),
 * not from every document of the library.
 */
export function annotationCountsByDocument(db: Database): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT d.id, c.n FROM (
         SELECT series_id, count(*) AS n FROM annotations WHERE deleted_at IS NULL GROUP BY series_id
       ) c JOIN documents d ON d.series_id = c.series_id
       WHERE d.deleted_at IS NULL`,
    )
    .all() as Array<{ id: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

/** Live annotations made on this very version (what deleting it would take away). */
export function countAnnotationsOnDocument(db: Database, documentId: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM annotations WHERE document_id = ? AND deleted_at IS NULL')
      .get(documentId) as { n: number }
  ).n;
}

/** Forgets every cached anchor on a version (its structure changed). */
export function deleteAnchorsOnDocument(db: Database, documentId: string): void {
  db.prepare('DELETE FROM annotation_anchors WHERE document_id = ?').run(documentId);
}
