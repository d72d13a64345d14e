/**
 * SQL behind versions by evidence: which documents of the library share paragraphs with a new
 * import (or carry its title or file name), their series, and linking a document into a series
 * as its next version when the user says so.
 */
import type { Database } from './database.ts';
import { syncSeriesAnnotationIndex } from './search.store.ts';

/** Why a document is the next version of another (migration 009). */
export type VersionBasis = 'evidence' | 'user' | 'legacy';

/** SQLite's default limit on bound parameters is 32766; stay well under it. */
const CHUNK = 500;

/** Live documents that have at least one paragraph with one of these ids (ids derive from text). */
export function documentsSharingParagraphs(db: Database, paragraphIds: readonly string[]): string[] {
  const found = new Set<string>();
  const ids = [...new Set(paragraphIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = db
      .prepare(
        `SELECT DISTINCT p.document_id AS id FROM paragraphs p JOIN documents d ON d.id = p.document_id
         WHERE d.deleted_at IS NULL AND p.id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk) as Array<{ id: string }>;
    for (const row of rows) found.add(row.id);
  }
  return [...found];
}

/** Live documents with this title (ignoring case and spacing) or imported from a file of this name. */
export function documentsNamed(db: Database, title: string, fileName: string): string[] {
  const rows = db
    .prepare(
      `SELECT id FROM documents WHERE deleted_at IS NULL
         AND (lower(trim(title)) = lower(trim(?)) OR source_name = ?)`,
    )
    .all(title, fileName) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

export interface SeriesHead {
  seriesId: string;
  /** The newest version of the series (live if any is). */
  id: string;
  version: number;
  title: string;
  /** What the newest version was detected as (declaration, news, other). */
  kind: string;
}

/** The series a document belongs to, with its newest version (a new version follows that one). */
export function seriesHead(db: Database, documentId: string): SeriesHead | undefined {
  const row = db
    .prepare(
      `SELECT d.series_id AS seriesId, d.id, d.version, d.title, d.kind FROM documents d
       WHERE d.series_id = (SELECT series_id FROM documents WHERE id = ?)
       ORDER BY (d.deleted_at IS NULL) DESC, d.version DESC LIMIT 1`,
    )
    .get(documentId) as SeriesHead | undefined;
  return row ? { ...row } : undefined;
}

/** The highest version number a series has (deleted versions count: numbers are never reused). */
export function maxVersion(db: Database, seriesId: string): number {
  const row = db.prepare('SELECT max(version) AS v FROM documents WHERE series_id = ?').get(seriesId) as {
    v: number | null;
  };
  return row.v ?? 0;
}

/** How many documents a series holds. */
export function seriesSize(db: Database, seriesId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM documents WHERE series_id = ?').get(seriesId) as { n: number }).n;
}

/** A document's paragraphs (id and text), in order. */
export function paragraphTexts(db: Database, documentId: string): Array<{ id: string; text: string }> {
  const rows = db.prepare('SELECT id, text FROM paragraphs WHERE document_id = ? ORDER BY n').all(documentId) as Array<{
    id: string;
    text: string;
  }>;
  return rows.map((r) => ({ ...r }));
}

export function setVersionBasis(db: Database, documentId: string, basis: VersionBasis | null): void {
  db.prepare('UPDATE documents SET version_basis = ? WHERE id = ?').run(basis, documentId);
}

/**
 * Makes a document that stands alone (a series of one) the next version of `head`'s series:
 * its series, version number and previous version change, and its own annotations join the
 * series (they are then anchored onto every version, like the series' own). Callers own the
 * transaction and re-anchor afterwards.
 */
export function linkAsNextVersion(db: Database, documentId: string, head: SeriesHead, basis: VersionBasis): void {
  const own = db.prepare('SELECT series_id AS seriesId FROM documents WHERE id = ?').get(documentId) as {
    seriesId: string;
  };
  const version = maxVersion(db, head.seriesId) + 1;
  db.prepare('UPDATE documents SET series_id = ?, version = ?, previous_id = ?, version_basis = ? WHERE id = ?').run(
    head.seriesId,
    version,
    head.id,
    basis,
    documentId,
  );
  db.prepare('UPDATE annotations SET series_id = ? WHERE series_id = ?').run(head.seriesId, own.seriesId);
  // Anchors cached on this document were computed for its own annotations only: recompute.
  db.prepare('DELETE FROM annotation_anchors WHERE document_id = ?').run(documentId);
  syncSeriesAnnotationIndex(db, head.seriesId);
}
