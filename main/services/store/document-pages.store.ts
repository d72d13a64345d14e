/**
 * The library one window at a time: the rows a view shows, sorted and filtered in SQL, with the
 * count of every matching row, so a view never needs every summary up front. The summary
 * columns (paragraph count, series) are read for the window's rows only.
 */
import type { DocumentSummary } from '../../../shared/model/index.ts';
import type { Database } from './database.ts';
import { SERIES_COLUMNS, SUMMARY_COLUMNS } from './documents.store.ts';

export type DocumentSortKey = 'title' | 'kind' | 'date' | 'language' | 'annotations' | 'importedAt';

/** Which live documents a library view shows, and in what order. */
export interface DocumentOrder {
  sort: DocumentSortKey;
  descending: boolean;
  /** Words the title contains (case and accents ignored). */
  text?: string | undefined;
  kind?: DocumentSummary['kind'] | undefined;
  language?: string | undefined;
  /** Leave out this language and its regional forms ("fr" leaves out "fr-CA"). */
  otherThanLanguage?: string | undefined;
  /** The kinds in the order their names sort in the reader's language (sorting by kind). */
  kindOrder?: ReadonlyArray<DocumentSummary['kind']> | undefined;
}

export type PagedDocument = DocumentSummary & { annotationCount: number };

const folded = new WeakSet<Database>();

/**
 * `fold(text)`: lower case without accents, as a reader types a title ("etat" finds "État").
 * SQLite's own lower() and LIKE fold ASCII letters only.
 */
function withFold(db: Database): Database {
  if (!folded.has(db)) {
    db.function('fold', { deterministic: true }, (value) => (typeof value === 'string' ? foldText(value) : value));
    folded.add(db);
  }
  return db;
}

/** Lower case without combining accents (NFD): how titles are matched. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A live document's annotation count: those of its series, as the library shows them. */
const ANNOTATION_COUNT = `(SELECT count(*) FROM annotations a WHERE a.series_id = d.series_id AND a.deleted_at IS NULL)`;

function filterClause(query: DocumentOrder): { where: string; params: Array<string> } {
  const conditions = ['d.deleted_at IS NULL'];
  const params: string[] = [];
  const words = foldText(query.text ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  for (const word of words) {
    // LIKE folds ASCII letters in C; only a title with other letters (its character count
    // differs from its byte count) is folded in JavaScript, which costs a call per row.
    conditions.push(
      `(d.title LIKE ? ESCAPE '\\' OR (length(d.title) <> length(CAST(d.title AS BLOB)) AND instr(fold(d.title), ?) > 0))`,
    );
    params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, word);
  }
  if (query.kind) {
    conditions.push('d.kind = ?');
    params.push(query.kind);
  }
  if (query.language) {
    conditions.push('d.language = ?');
    params.push(query.language);
  }
  if (query.otherThanLanguage) {
    const primary = query.otherThanLanguage.toLowerCase().split('-')[0] ?? '';
    conditions.push(`lower(d.language) <> ? AND lower(d.language) NOT LIKE ? ESCAPE '\\'`);
    params.push(primary, `${primary.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`);
  }
  return { where: conditions.join(' AND '), params };
}

function orderClause(query: DocumentOrder): { order: string; params: string[] } {
  const direction = query.descending ? 'DESC' : 'ASC';
  // Ties keep one order whatever the window: the order documents were stored in.
  const ties = `d.rowid ${direction}`;
  switch (query.sort) {
    case 'title':
      // The expression of the documents_by_title index (migration 011), which then gives the
      // order without sorting. It folds ASCII letters only: "État" sorts after "Z".
      return { order: `lower(trim(d.title)) ${direction}, ${ties}`, params: [] };
    case 'kind': {
      const order = query.kindOrder ?? ['declaration', 'news', 'other'];
      const cases = order.map((_, i) => `WHEN ? THEN ${i}`).join(' ');
      return { order: `CASE d.kind ${cases} ELSE ${order.length} END ${direction}, ${ties}`, params: [...order] };
    }
    case 'date':
      return { order: `d.date ${direction}, ${ties}`, params: [] };
    case 'language':
      return { order: `d.language ${direction}, ${ties}`, params: [] };
    case 'annotations':
      return { order: `${ANNOTATION_COUNT} ${direction}, ${ties}`, params: [] };
    case 'importedAt':
      // The documents_by_imported_at index (migration 012) gives this order without sorting.
      return { order: `d.imported_at ${direction}, ${ties}`, params: [] };
  }
}

/**
 * The ids of the live documents a view shows, in its order (sorted and filtered by SQLite; the
 * summaries are then read only for the rows in view, `summariesByIds`).
 */
export function orderedDocumentIds(db: Database, query: DocumentOrder): string[] {
  withFold(db);
  const { where, params } = filterClause(query);
  const { order, params: orderParams } = orderClause(query);
  const rows = db
    .prepare(`SELECT d.id FROM documents d WHERE ${where} ORDER BY ${order}`)
    .all(...params, ...orderParams) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** A stamp that changes whenever the store does (this connection's writes, or another's). */
export function storeChangeStamp(db: Database): string {
  const mine = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const others = (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
  return `${mine}:${others}`;
}

/**
 * The summaries of these live documents, in the order of `ids` (deleted or unknown ids are left
 * out), each with its annotation count.
 */
export function summariesByIds(db: Database, ids: readonly string[]): PagedDocument[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, ${SERIES_COLUMNS}, ${ANNOTATION_COUNT} AS annotationCount
       FROM json_each(?) j JOIN documents d ON d.id = j.value
       WHERE d.deleted_at IS NULL
       ORDER BY j.key`,
    )
    .all(JSON.stringify(ids)) as unknown as PagedDocument[];
  return rows.map((row) => ({ ...row }));
}

/** The languages of the live documents (the library's language filter), sorted. */
export function documentLanguages(db: Database): string[] {
  const rows = db
    .prepare('SELECT DISTINCT language FROM documents WHERE deleted_at IS NULL ORDER BY language')
    .all() as Array<{ language: string }>;
  return rows.map((row) => row.language);
}

/** The ids of every live document in the library's default order (newest import first). */
export function allDocumentIds(db: Database): string[] {
  const rows = db
    .prepare('SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY imported_at DESC, title')
    .all() as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
