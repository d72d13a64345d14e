/**
 * SQL for documents, their structure and original bytes. Every function takes the database
 * first; callers own transactions (see `inTransaction`).
 */
import { z } from 'zod';
import type { DocumentSummary, Section, StoredDocument, StructuredDocument } from '../../../shared/model/index.ts';
import { DocumentNoteSchema, ImportConfidenceSchema } from '../../../shared/model/index.ts';
import type { Database } from './database.ts';
import { reserveSearchRowids } from './search.store.ts';

interface DocumentRow {
  id: string;
  series_id: string;
  version: number;
  previous_id: string | null;
  title: string;
  kind: 'declaration' | 'news' | 'other';
  language: string;
  date: string | null;
  place: string | null;
  issuer: string | null;
  source_sha256: string;
  source_name: string;
  imported_at: string;
  import_confidence: string | null;
  import_checked_at: string | null;
  notes: string | null;
}

export interface NewDocument {
  id: string;
  seriesId: string;
  version: number;
  previousId: string | null;
  /** Why it is the next version of `previousId` (migration 009); absent for a first version. */
  versionBasis?: 'evidence' | 'user' | 'legacy';
  document: StructuredDocument;
  source: { fileName: string; sha256: string; mediaType: string; bytes: Uint8Array; importedAt: string };
}

/** Stores the original bytes once per SHA-256, then the document and its structure. */
export function insertDocument(db: Database, doc: NewDocument): void {
  const { source, document } = doc;
  db.prepare('INSERT OR IGNORE INTO originals (sha256, bytes, size, media_type) VALUES (?, ?, ?, ?)').run(
    source.sha256,
    source.bytes,
    source.bytes.byteLength,
    source.mediaType,
  );
  db.prepare(
    `INSERT INTO documents (id, series_id, version, previous_id, version_basis, title, kind, language, date, place,
       issuer, source_sha256, source_name, imported_at, import_confidence, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    doc.id,
    doc.seriesId,
    doc.version,
    doc.previousId,
    doc.versionBasis ?? null,
    document.title,
    document.kind,
    document.language,
    document.date,
    document.place,
    document.issuer,
    source.sha256,
    source.fileName,
    source.importedAt,
    document.confidence ? JSON.stringify(document.confidence) : null,
    document.notes && document.notes.length > 0 ? JSON.stringify(document.notes) : null,
  );
  insertStructure(db, doc.id, document.sections);
}

function insertStructure(db: Database, documentId: string, sections: readonly Section[]): void {
  const insertSection = db.prepare('INSERT INTO sections (document_id, ord, heading) VALUES (?, ?, ?)');
  sections.forEach((section, ord) => insertSection.run(documentId, ord, section.heading));
  // All paragraphs in one statement: each statement with triggers runs in a savepoint, and the
  // search index (FTS5) writes its pending terms to disk at every savepoint. One statement per
  // document instead of one per paragraph makes an import several times faster.
  const count = sections.reduce((n, section) => n + section.paragraphs.length, 0);
  if (count === 0) return;
  // Their search rowids as one block (see migration 011), in reading order.
  let rowid = reserveSearchRowids(db, count);
  const rows = sections.flatMap((section, ord) =>
    section.paragraphs.map((p) => [p.n, p.id, ord, p.text, p.label ?? null, rowid++] as const),
  );
  db.prepare(
    `INSERT INTO paragraphs (document_id, n, id, section_ord, text, label, search_rowid)
     SELECT ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(?)`,
  ).run(documentId, JSON.stringify(rows));
}

/** The document imported from exactly these bytes, if any (the newest such import). */
export function findDocumentIdBySha256(db: Database, sha256: string): string | undefined {
  const row = db
    .prepare('SELECT id FROM documents WHERE source_sha256 = ? ORDER BY imported_at DESC LIMIT 1')
    .get(sha256) as { id: string } | undefined;
  return row?.id;
}

/**
 * The columns of a DocumentSummary. Paragraphs are numbered 1..n through a document (import and
 * every restructure number them so), so the count is the largest number: one read of the
 * primary key, not a count of every paragraph.
 */
export const SUMMARY_COLUMNS = `d.id, d.title, d.kind, d.language, d.date, d.version, d.imported_at AS importedAt,
  ifnull((SELECT max(p.n) FROM paragraphs p WHERE p.document_id = d.id), 0) AS paragraphCount`;

/** Where a document stands in its series (by the series index, for one document). */
export const SERIES_COLUMNS = `d.series_id AS seriesId,
  (SELECT max(v.version) FROM documents v WHERE v.series_id = d.series_id AND v.deleted_at IS NULL) AS latestVersion,
  (SELECT count(*) FROM documents v WHERE v.series_id = d.series_id AND v.deleted_at IS NULL) AS versionCount,
  (SELECT l.id FROM documents l WHERE l.series_id = d.series_id AND l.deleted_at IS NULL
     ORDER BY l.version DESC LIMIT 1) AS latestId`;

/** Every live document, newest import first (the library view). */
export function listDocumentSummaries(db: Database): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS},
              d.series_id AS seriesId,
              s.latestVersion, s.versionCount,
              (SELECT l.id FROM documents l WHERE l.series_id = d.series_id AND l.deleted_at IS NULL
                 ORDER BY l.version DESC LIMIT 1) AS latestId
       FROM documents d
       JOIN (SELECT series_id, max(version) AS latestVersion, count(*) AS versionCount
             FROM documents WHERE deleted_at IS NULL GROUP BY series_id) s ON s.series_id = d.series_id
       WHERE d.deleted_at IS NULL
       ORDER BY d.imported_at DESC, d.title`,
    )
    .all() as unknown as DocumentSummary[];
  return rows.map((row) => ({ ...row }));
}

/** One live document's summary, by id (undefined when there is none, or it is deleted). */
export function getDocumentSummary(db: Database, id: string): DocumentSummary | undefined {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, ${SERIES_COLUMNS} FROM documents d WHERE d.id = ? AND d.deleted_at IS NULL`)
    .get(id) as DocumentSummary | undefined;
  return row ? { ...row } : undefined;
}

/** Whether a document with this id exists and is not deleted. */
export function documentIsLive(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

/** The paragraphs of one document with these ids, in reading order (ids it lacks are skipped). */
export function paragraphsByIds(
  db: Database,
  documentId: string,
  ids: readonly string[],
): Array<{ id: string; n: number; text: string }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, n, text FROM paragraphs WHERE document_id = ? AND id IN (${unique.map(() => '?').join(', ')})
       ORDER BY n`,
    )
    .all(documentId, ...unique) as Array<{ id: string; n: number; text: string }>;
  return rows.map((row) => ({ ...row }));
}

/** A document's series and the newest live version of that series (its id and kind). */
export interface NewestVersion {
  id: string;
  seriesId: string;
  newestId: string;
  kind: DocumentSummary['kind'];
}

/** For each id, its series' newest live version; ids whose series has none are left out. */
export function newestLiveVersions(db: Database, ids: readonly string[]): NewestVersion[] {
  const result: NewestVersion[] = [];
  // Chunks keep the statement's parameter count far below SQLite's limit.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .prepare(
        `SELECT d.id, d.series_id AS seriesId, n.id AS newestId, n.kind
         FROM documents d
         JOIN documents n ON n.id = (
           SELECT id FROM documents WHERE series_id = d.series_id AND deleted_at IS NULL ORDER BY version DESC LIMIT 1)
         WHERE d.id IN (${chunk.map(() => '?').join(', ')})`,
      )
      .all(...chunk) as unknown as NewestVersion[];
    result.push(...rows.map((row) => ({ ...row })));
  }
  return result;
}

/** How many paragraphs a document has (numbered 1..n: the largest number, one index read). */
export function paragraphCount(db: Database, documentId: string): number {
  const row = db.prepare('SELECT max(n) AS n FROM paragraphs WHERE document_id = ?').get(documentId) as {
    n: number | null;
  };
  return row.n ?? 0;
}

/** Every paragraph of one document (id, number, text), in reading order. */
export function documentParagraphTexts(
  db: Database,
  documentId: string,
): Array<{ id: string; n: number; text: string }> {
  const rows = db
    .prepare('SELECT id, n, text FROM paragraphs WHERE document_id = ? ORDER BY n')
    .all(documentId) as Array<{ id: string; n: number; text: string }>;
  return rows.map((row) => ({ ...row }));
}

/** The most recently imported live document of a kind (the sample pack's declaration). */
export function newestDocumentOfKind(db: Database, kind: DocumentSummary['kind']): DocumentSummary | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.kind = ? AND d.deleted_at IS NULL
       ORDER BY d.imported_at DESC, d.title LIMIT 1`,
    )
    .get(kind) as DocumentSummary | undefined;
  return row ? { ...row } : undefined;
}

export function getDocument(db: Database, id: string): StoredDocument | undefined {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) return undefined;
  const original = db
    .prepare('SELECT size, media_type AS mediaType FROM originals WHERE sha256 = ?')
    .get(row.source_sha256) as { size: number; mediaType: string };
  return {
    id: row.id,
    seriesId: row.series_id,
    version: row.version,
    previousId: row.previous_id,
    title: row.title,
    kind: row.kind,
    language: row.language,
    date: row.date,
    place: row.place,
    issuer: row.issuer,
    source: {
      fileName: row.source_name,
      sha256: row.source_sha256,
      mediaType: original.mediaType,
      size: original.size,
      importedAt: row.imported_at,
    },
    sections: readSections(db, id),
    ...(row.import_confidence ? { confidence: parseJson(row.import_confidence, ImportConfidenceSchema) } : {}),
    ...(row.notes ? { notes: parseJson(row.notes, z.array(DocumentNoteSchema)) ?? [] } : {}),
    importCheckedAt: row.import_checked_at,
  };
}

/** A JSON column read back through its schema; a value that does not fit is treated as absent. */
function parseJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A reader confirmed what the import detected: the import check bar no longer shows. */
export function markImportChecked(db: Database, id: string, at: string | null): void {
  db.prepare('UPDATE documents SET import_checked_at = ? WHERE id = ?').run(at, id);
}

function readSections(db: Database, documentId: string): Section[] {
  const sections = db
    .prepare('SELECT ord, heading FROM sections WHERE document_id = ? ORDER BY ord')
    .all(documentId) as Array<{ ord: number; heading: string | null }>;
  const paragraphs = db
    .prepare('SELECT n, id, section_ord AS sectionOrd, text, label FROM paragraphs WHERE document_id = ? ORDER BY n')
    .all(documentId) as Array<{ n: number; id: string; sectionOrd: number; text: string; label: string | null }>;
  const byOrd = new Map<number, Section>(sections.map((s) => [s.ord, { heading: s.heading, paragraphs: [] }]));
  for (const p of paragraphs) {
    byOrd
      .get(p.sectionOrd)
      ?.paragraphs.push({ id: p.id, n: p.n, text: p.text, ...(p.label === null ? {} : { label: p.label }) });
  }
  return sections.map((s) => byOrd.get(s.ord) as Section);
}

/** The original bytes a document was imported from. */
export function getOriginalBytes(db: Database, id: string): Uint8Array | undefined {
  const row = db
    .prepare('SELECT o.bytes FROM documents d JOIN originals o ON o.sha256 = d.source_sha256 WHERE d.id = ?')
    .get(id) as { bytes: Uint8Array } | undefined;
  return row?.bytes;
}

export function countDocuments(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** Replaces a document's sections and paragraphs (a structure correction); callers own the transaction. */
export function replaceStructure(db: Database, id: string, sections: readonly Section[]): void {
  db.prepare('DELETE FROM paragraphs WHERE document_id = ?').run(id);
  db.prepare('DELETE FROM sections WHERE document_id = ?').run(id);
  insertStructure(db, id, sections);
}

export type EditableMetadata = Pick<StoredDocument, 'title' | 'kind' | 'language' | 'date' | 'place' | 'issuer'>;

/** Corrects what detection got wrong in a document's metadata. */
export function updateMetadata(db: Database, id: string, metadata: EditableMetadata): void {
  db.prepare(
    'UPDATE documents SET title = ?, kind = ?, language = ?, date = ?, place = ?, issuer = ? WHERE id = ?',
  ).run(metadata.title, metadata.kind, metadata.language, metadata.date, metadata.place, metadata.issuer, id);
}
