/**
 * SQL for full-text search (migrations 004 and 011). The index is an external-content FTS5
 * table: it keeps no copy of the text. Paragraphs enter and leave it through triggers on
 * `paragraphs` and `documents` and are read back from `paragraphs`; annotations and notes
 * through `indexAnnotation`, `indexNote` and `removeFromIndex`, which their write paths call
 * inside the same transaction as the write, and are read back from `search_entries`.
 *
 * Queries take an FTS5 expression built by `parseSearchQuery` (shared/search/query.ts), which
 * quotes every user word; filters are added here as `scope` tokens or SQL conditions.
 */
import { PARAGRAPH_SEPARATOR } from '../../../shared/anchoring/canonical.ts';
import type { SearchKind } from '../../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';
import type { Database } from './database.ts';
import { rankTerms, scoreRows, type RankRow, type RankTerm } from './search-rank.ts';

/** The columns user text is matched against (never `scope`). */
const TEXT_COLUMNS = '{title body comment tags}';

function hex(value: string): string {
  return Buffer.from(value, 'utf8').toString('hex');
}

/** Filter tokens stored in the `scope` column; the triggers in migration 004 build the same. */
export const scopeToken = {
  kind: (kind: SearchKind) => `k${kind}`,
  document: (id: string) => `d${hex(id)}`,
  language: (language: string) => `l${hex(language.toLowerCase())}`,
  tag: (tag: string) => `t${hex(normalizeTag(tag))}`,
};

/** Tags compare without regard to case, accents or surrounding space, as search does. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

interface EntryKey {
  kind: SearchKind;
  ownerId: string;
  documentId: string | null;
}

/**
 * Whether the store has the index layout this code writes (migration 011). Migration 004's
 * step re-indexes annotations and notes by calling this module on 004's own layout; 011 then
 * rebuilds everything, so on an older layout the index writes here do nothing.
 */
const currentLayout = new WeakSet<Database>();
function hasCurrentLayout(db: Database): boolean {
  if (currentLayout.has(db)) return true;
  const found =
    db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_rowids'`).get() !== undefined;
  if (found) currentLayout.add(db);
  return found;
}

/** The next search rowid: one sequence for paragraphs, annotations and notes (recency order). */
function nextRowid(db: Database): number {
  return reserveSearchRowids(db, 1);
}

/**
 * Reserves `count` consecutive search rowids and returns the first (a document's paragraphs
 * take one block). Writers that do not reserve get theirs one by one from the insert trigger.
 */
export function reserveSearchRowids(db: Database, count: number): number {
  const { next } = db.prepare('UPDATE search_rowids SET next = next + ? RETURNING next').get(count) as {
    next: number;
  };
  return next - count + 1;
}

interface IndexRow extends EntryKey {
  paragraph: number | null;
  language: string | null;
  date: string | null;
  title: string;
  body: string;
  comment: string;
  tags: readonly string[];
}

/** Inserts or replaces one annotation or note in the index (its text and where it is). */
function upsertRow(db: Database, row: IndexRow & { kind: 'annotation' | 'note' }): void {
  if (!hasCurrentLayout(db)) return;
  removeRow(db, row);
  const language = row.language?.toLowerCase() ?? null;
  const scope = [
    scopeToken.kind(row.kind),
    row.documentId ? scopeToken.document(row.documentId) : '',
    language ? scopeToken.language(language) : '',
    ...row.tags.map(scopeToken.tag),
  ]
    .filter(Boolean)
    .join(' ');
  const rowid = nextRowid(db);
  const text = [row.title, row.body, row.comment, row.tags.join(' · '), scope] as const;
  db.prepare(
    `INSERT INTO search_entries (rowid, kind, owner_id, document_id, paragraph, language, date, title, body, comment, tags, scope)
     VALUES (CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(rowid, row.kind, row.ownerId, row.documentId, row.paragraph, language, row.date, ...text);
  db.prepare(
    `INSERT INTO search_index (rowid, title, body, comment, tags, scope) VALUES (CAST(? AS INTEGER), ?, ?, ?, ?, ?)`,
  ).run(rowid, ...text);
}

/**
 * Takes one row out of the index. The index holds no text of its own, so it is told exactly
 * what it indexed (FTS5's 'delete' with the row's values).
 */
function removeRow(db: Database, key: EntryKey): boolean {
  if (!hasCurrentLayout(db)) return false;
  if (key.kind === 'paragraph') {
    const row = db
      .prepare(
        `SELECT c.search_rowid AS rowid, c.title, c.body, c.comment, c.tags, c.scope
         FROM paragraphs p JOIN search_content c ON c.search_rowid = p.search_rowid
         WHERE p.document_id = ? AND p.id = ?`,
      )
      .get(key.documentId, key.ownerId) as Record<'title' | 'body' | 'comment' | 'tags' | 'scope', string> & {
      rowid: number;
    };
    if (!row || !isIndexed(db, row.rowid)) return false;
    deleteFromIndex(db, row);
    return true;
  }
  const row = db
    .prepare('SELECT rowid, title, body, comment, tags, scope FROM search_entries WHERE kind = ? AND owner_id = ?')
    .get(key.kind, key.ownerId) as
    (Record<'title' | 'body' | 'comment' | 'tags' | 'scope', string> & { rowid: number }) | undefined;
  if (!row) return false;
  deleteFromIndex(db, row);
  db.prepare('DELETE FROM search_entries WHERE rowid = CAST(? AS INTEGER)').run(row.rowid);
  return true;
}

function deleteFromIndex(
  db: Database,
  row: Record<'title' | 'body' | 'comment' | 'tags' | 'scope', string> & { rowid: number },
): void {
  db.prepare(
    `INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
     VALUES ('delete', CAST(? AS INTEGER), ?, ?, ?, ?, ?)`,
  ).run(row.rowid, row.title, row.body, row.comment, row.tags, row.scope);
}

/** Whether the index holds a row with this rowid (a paragraph of a deleted document does not). */
function isIndexed(db: Database, rowid: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM search_index WHERE search_index MATCH 'scope : kparagraph' AND rowid = CAST(? AS INTEGER)`,
      )
      .get(rowid) !== undefined
  );
}

/** What the index keeps of an annotation: its quote, comment and tags, and where it is. */
export interface AnnotationForIndex {
  id: string;
  documentId: string;
  /** ¶ n where the quoted text starts, when known. */
  paragraph: number | null;
  quote: string;
  comment: string;
  tags: readonly string[];
  /** ISO date (or date-time) the annotation was made or last changed. */
  date: string | null;
  /** Defaults to the document's language. */
  language?: string | null;
}

/** Adds or replaces an annotation in the index. Call in the transaction that writes it. */
export function indexAnnotation(db: Database, annotation: AnnotationForIndex): void {
  const language =
    annotation.language ??
    (
      db.prepare('SELECT language FROM documents WHERE id = ?').get(annotation.documentId) as
        { language: string } | undefined
    )?.language ??
    null;
  upsertRow(db, {
    kind: 'annotation',
    ownerId: annotation.id,
    documentId: annotation.documentId,
    paragraph: annotation.paragraph,
    language,
    date: annotation.date?.slice(0, 10) ?? null,
    title: '',
    body: annotation.quote,
    comment: annotation.comment,
    tags: annotation.tags,
  });
}

/** What the index keeps of a briefing note. */
export interface NoteForIndex {
  id: string;
  title: string;
  /** The note's plain text. */
  content: string;
  tags?: readonly string[];
  /** ISO date (or date-time) the note was last changed. */
  date: string | null;
  language?: string | null;
}

/** Adds or replaces a note in the index. Call in the transaction that writes it. */
export function indexNote(db: Database, note: NoteForIndex): void {
  upsertRow(db, {
    kind: 'note',
    ownerId: note.id,
    documentId: null,
    paragraph: null,
    language: note.language ?? null,
    date: note.date?.slice(0, 10) ?? null,
    title: note.title,
    body: note.content,
    comment: '',
    tags: note.tags ?? [],
  });
}

/**
 * Removes an annotation or a note (or one paragraph row, given its document) from the index.
 * Returns whether there was such a row.
 */
export function removeFromIndex(db: Database, kind: SearchKind, ownerId: string, documentId?: string): boolean {
  if (kind === 'paragraph' && documentId === undefined) {
    throw new Error('removeFromIndex: a paragraph is identified by its id and its document id');
  }
  return removeRow(db, { kind, ownerId, documentId: documentId ?? null });
}

/**
 * ¶ n of the paragraph that holds `offset` in a document's canonical text (paragraphs joined
 * by PARAGRAPH_SEPARATOR, as shared/anchoring builds it; JavaScript string offsets). An
 * offset in a separator belongs to the next paragraph, as `paragraphAt` has it.
 */
export function paragraphAtOffset(db: Database, documentId: string, offset: number): number | null {
  const rows = db.prepare('SELECT n, text FROM paragraphs WHERE document_id = ? ORDER BY n').all(documentId) as Array<{
    n: number;
    text: string;
  }>;
  let start = 0;
  for (const row of rows) {
    const end = start + row.text.length;
    if (offset <= end) return row.n;
    start = end + PARAGRAPH_SEPARATOR.length;
  }
  return rows.at(-1)?.n ?? null;
}

/**
 * Brings one annotation's index row in step with the store: indexed while it is not deleted
 * and a version of its document is live, under the version it was made on (or, when that one
 * is deleted, the newest live version, at its cached place there); removed otherwise. Every
 * annotation write calls this in its transaction.
 */
export function syncAnnotationIndex(db: Database, id: string): void {
  if (!hasCurrentLayout(db)) return;
  const row = db
    .prepare(
      `SELECT a.id, a.series_id AS seriesId, a.document_id AS documentId, a.exact, a.comment_text AS comment,
              a.start_offset AS start, a.updated_at AS updatedAt, a.deleted_at AS deletedAt,
              d.deleted_at AS documentDeletedAt
       FROM annotations a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
    )
    .get(id) as
    | {
        id: string;
        seriesId: string;
        documentId: string;
        exact: string;
        comment: string;
        start: number;
        updatedAt: string;
        deletedAt: string | null;
        documentDeletedAt: string | null;
      }
    | undefined;
  if (!row || row.deletedAt !== null) {
    removeFromIndex(db, 'annotation', id);
    return;
  }
  let documentId = row.documentId;
  let offset: number | null = row.start;
  if (row.documentDeletedAt !== null) {
    const live = db
      .prepare('SELECT id FROM documents WHERE series_id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1')
      .get(row.seriesId) as { id: string } | undefined;
    if (!live) {
      removeFromIndex(db, 'annotation', id);
      return;
    }
    documentId = live.id;
    const anchor = db
      .prepare('SELECT start_offset AS start FROM annotation_anchors WHERE annotation_id = ? AND document_id = ?')
      .get(id, live.id) as { start: number | null } | undefined;
    offset = anchor?.start ?? null;
  }
  const tags = (
    db.prepare('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY ord').all(id) as Array<{
      tag: string;
    }>
  ).map((t) => t.tag);
  indexAnnotation(db, {
    id,
    documentId,
    paragraph: offset === null ? null : paragraphAtOffset(db, documentId, offset),
    quote: row.exact,
    comment: row.comment,
    tags,
    date: row.updatedAt,
  });
}

/** Re-syncs every annotation of a document series (a version was deleted, restored or restructured). */
export function syncSeriesAnnotationIndex(db: Database, seriesId: string): void {
  const ids = db.prepare('SELECT id FROM annotations WHERE series_id = ?').all(seriesId) as Array<{ id: string }>;
  for (const { id } of ids) syncAnnotationIndex(db, id);
}

/** Brings one note's index row in step with the store: indexed unless deleted. */
export function syncNoteIndex(db: Database, id: string): void {
  if (!hasCurrentLayout(db)) return;
  const row = db
    .prepare(
      'SELECT title, plain_text AS content, language, updated_at AS updatedAt, deleted_at AS deletedAt FROM notes WHERE id = ?',
    )
    .get(id) as
    { title: string; content: string; language: string; updatedAt: string; deletedAt: string | null } | undefined;
  if (!row || row.deletedAt !== null) {
    removeFromIndex(db, 'note', id);
    return;
  }
  indexNote(db, { id, title: row.title, content: row.content, language: row.language, date: row.updatedAt });
}

/**
 * Rebuilds the whole index from the store: paragraphs of live documents, live annotations
 * and notes. For bulk writes that bypass the write paths (importing a library archive) and
 * for migration 011. Call in the transaction that made them.
 */
export function rebuildSearchIndex(db: Database): Record<SearchKind, number> {
  db.exec(`
    INSERT INTO search_index (search_index) VALUES ('delete-all');
    DELETE FROM search_entries;
    UPDATE search_rowids SET next = max(next, (SELECT ifnull(max(search_rowid), 0) FROM paragraphs));`);
  // Paragraphs written without a search rowid (none should be) get one, in document order.
  for (const { rowid } of db
    .prepare('SELECT rowid FROM paragraphs WHERE search_rowid IS NULL ORDER BY document_id, n')
    .all() as Array<{ rowid: number }>) {
    db.prepare('UPDATE paragraphs SET search_rowid = CAST(? AS INTEGER) WHERE rowid = CAST(? AS INTEGER)').run(
      nextRowid(db),
      rowid,
    );
  }
  // With search_entries empty, the content view holds exactly the live documents' paragraphs.
  db.exec(`INSERT INTO search_index (search_index) VALUES ('rebuild')`);
  const annotations = db
    .prepare('SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY updated_at, id')
    .all() as Array<{ id: string }>;
  for (const { id } of annotations) syncAnnotationIndex(db, id);
  const notes = db.prepare('SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY updated_at, id').all() as Array<{
    id: string;
  }>;
  for (const { id } of notes) syncNoteIndex(db, id);
  return countIndexed(db);
}

/** Filters; empty lists mean "any". Dates are ISO `YYYY[-MM[-DD]]`, inclusive. */
export interface SearchFilters {
  kinds?: readonly SearchKind[];
  documentIds?: readonly string[];
  tags?: readonly string[];
  languages?: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
}

/** The MATCH expression: the user's (column-filtered) AND the filters' scope tokens. */
export function buildMatch(userMatch: string, filters: SearchFilters): string {
  const parts = [`${TEXT_COLUMNS} : (${userMatch})`];
  const anyOf = (tokens: string[]) => {
    if (tokens.length > 0) parts.push(`scope : (${[...new Set(tokens)].join(' OR ')})`);
  };
  anyOf((filters.kinds ?? []).map(scopeToken.kind));
  anyOf((filters.documentIds ?? []).map(scopeToken.document));
  anyOf((filters.languages ?? []).map(scopeToken.language));
  // Every tag asked for must be on the annotation or note.
  for (const tag of new Set(filters.tags ?? [])) parts.push(`scope : ${scopeToken.tag(tag)}`);
  return parts.join(' AND ');
}

/** `to: 2024-03` means up to the end of March 2024. */
function dateBounds(filters: SearchFilters): { from: string | null; to: string | null } {
  return {
    from: filters.from ?? null,
    to: filters.to ? `${filters.to}\uffff` : null,
  };
}

export interface SearchRow {
  kind: SearchKind;
  ownerId: string;
  documentId: string | null;
  documentTitle: string | null;
  paragraph: number | null;
  /** The paragraph's stable id and what it is cited as (after ¶), when the hit has a paragraph. */
  paragraphId: string | null;
  paragraphLabel: string | null;
  section: string | null;
  language: string | null;
  date: string | null;
  /** A note's title; null for paragraphs and annotations. */
  title: string | null;
  /** The best passage, with matches between MATCH_START and MATCH_END. */
  snippet: string;
  /** An annotation's quote and comment (null when it has none), matches marked. */
  quote: string | null;
  comment: string | null;
  /** Relevance (BM25 over the ranked matches, see search-rank.ts), higher is better. */
  score: number;
}

export interface SearchPage {
  rows: SearchRow[];
  /** Matches, counted up to the rank window. */
  total: number;
  /**
   * True when there are more matches than the rank window: the ranking then considered
   * only the `total` most recently indexed (added or edited) ones.
   */
  more: boolean;
}

/**
 * The text columns in the index's column order (migration 011). `body` comes first: FTS5 writes
 * no column marker for column 0, which is most of the index's entries (paragraph text).
 */
const SNIPPET_COLUMNS = ['body', 'title', 'comment', 'tags'] as const;
type Snippets = Record<(typeof SNIPPET_COLUMNS)[number], string>;

/** Tokens of context either side of a match in a snippet. */
const SNIPPET_TOKENS = 28;

/**
 * Ranking costs a few microseconds per matching row (each is read and its words counted). Up to
 * this many matches every match is ranked; beyond, the most recently indexed ones are, which
 * keeps a query for a very common word fast however large the library.
 */
export const RANK_WINDOW = 1000;

/**
 * The best-ranked hits for an FTS5 expression (from `parseSearchQuery`), with snippets and
 * where each hit is (document, section, paragraph).
 */
export function searchIndex(
  db: Database,
  userMatch: string,
  filters: SearchFilters,
  page: { limit: number; offset: number; rankWindow?: number; commonTermRows?: number },
): SearchPage {
  const { from, to } = dateBounds(filters);
  const dated = from !== null || to !== null;
  // Parameters, by number: ?1 the match, ?2 and ?3 the date bounds, then per statement.
  const base = [buildMatch(userMatch, filters), from, to] as const;
  const matching = dated
    ? `FROM search_index WHERE search_index MATCH ?1 AND ${ROW_DATE} BETWEEN ifnull(?2, '') AND ifnull(?3, '\uffff')`
    : 'FROM search_index WHERE search_index MATCH ?1 AND ?2 IS NULL AND ?3 IS NULL';

  // One pass over the most recent matches (rowids only) gives the count, up to the window, and
  // the rows to rank. (node:sqlite binds JS numbers as REAL, and FTS5 ignores a REAL rowid
  // constraint beside MATCH, returning every match: rowids are always cast.)
  const window = page.rankWindow ?? RANK_WINDOW;
  const recent = db
    .prepare(`SELECT search_index.rowid AS rowid ${matching} ORDER BY search_index.rowid DESC LIMIT ?4`)
    .all(...base, window + 1) as Array<{ rowid: number }>;
  const windowed = recent.length > window;

  const candidates = (windowed ? recent.slice(0, window) : recent).map((r) => r.rowid);
  const terms = rankTerms(userMatch);
  const snippetColumns = SNIPPET_COLUMNS.map(
    (name, column) => `snippet(search_index, ${column}, ?7, ?8, '…', ${SNIPPET_TOKENS}) AS ${name}`,
  ).join(', ');
  let ranked: Array<{ rowid: number; score: number } & Snippets>;
  const common = hasCommonTerm(db, terms, page.commonTermRows ?? COMMON_TERM_ROWS);
  if (!common) {
    // FTS5's bm25() ranks and makes the snippets in one statement (snippet() is asked per
    // text column: with column -1 it could pick `scope`, where filter tokens match).
    const lowest = windowed ? (candidates.at(-1) as number) : 0;
    ranked = (
      db
        .prepare(
          `SELECT search_index.rowid AS rowid, -search_index.rank AS score, ${snippetColumns}
           ${matching} AND search_index.rowid >= CAST(?4 AS INTEGER)
           ORDER BY search_index.rank LIMIT ?5 OFFSET ?6`,
        )
        .all(...base, lowest, page.limit, page.offset, MATCH_START, MATCH_END) as Array<
        { rowid: number; score: number } & Snippets
      >
    ).map((row) => ({ ...row }));
  } else {
    // A very common word: bm25() would read every row holding it to weigh it (see
    // COMMON_TERM_ROWS). The most recent matches are ranked here instead (search-rank.ts),
    // then snippets are made for the page's rows only.
    const few = candidates.slice(0, COMMON_RANK_WINDOW);
    const scores = scoreRows(rowTexts(db, few), terms);
    const snippetsOf = db.prepare(
      `SELECT ${snippetColumns} FROM search_index WHERE search_index MATCH ?1 AND rowid = CAST(?2 AS INTEGER)`,
    );
    ranked = few
      .map((rowid) => ({ rowid, score: scores.get(rowid) ?? 0 }))
      .sort((a, b) => b.score - a.score || b.rowid - a.rowid)
      .slice(page.offset, page.offset + page.limit)
      .map(({ rowid, score }) => ({
        rowid,
        score,
        ...(snippetsOf.get(base[0], rowid, null, null, null, null, MATCH_START, MATCH_END) as Snippets),
      }));
  }

  const entryOf = entryReader(db);
  const rows = ranked.map((row) => {
    const entry = entryOf(row.rowid);
    const annotation = entry.kind === 'annotation';
    return {
      ...entry,
      snippet: bestSnippet(row),
      quote: annotation ? row.body : null,
      comment: annotation && row.comment !== '' ? row.comment : null,
      score: Math.round(row.score * 10_000) / 10_000,
    };
  });
  // A common word's results are its COMMON_RANK_WINDOW most recent matches: pages stop there.
  const shown = common ? Math.min(window, COMMON_RANK_WINDOW) : window;
  return { rows, total: Math.min(recent.length, shown), more: recent.length > shown };
}

/**
 * bm25() weighs each query word by how many rows of the whole index hold it, counting them one
 * by one: cheap for most words, 50-70 ms for a word in 190,000 paragraphs (10,000 documents),
 * five times that at 50,000. A query with a word in more rows than this is ranked in
 * search-rank.ts over its COMMON_RANK_WINDOW most recent matches instead: a cost that does not
 * grow with the library. Measured on the scale bench's keystrokes (CPU time, p95, with the
 * 64 MB page cache of database.ts): 20,000 rows here gave 7.4 ms at 10,000 documents and 7.9 ms
 * at 50,000, where bm25() over words in 5,000-20,000 rows and the count that decides (which
 * reads up to this many rows per word) made most of the slowest queries; 5,000 gives 6.9 and
 * 6.7 ms; 2,000 gives 7.6 and 6.7 ms (more queries ranked here, which costs a few ms each).
 */
const COMMON_TERM_ROWS = 5_000;
export const COMMON_RANK_WINDOW = 300;

/** Whether a term of the query is in more than `threshold` rows (counted no further). */
function hasCommonTerm(db: Database, terms: readonly RankTerm[], threshold: number): boolean {
  const count = db.prepare(
    'SELECT count(*) AS n FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT CAST(? AS INTEGER))',
  );
  return terms.some((term) => {
    const quoted = `"${term.tokens.join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
    return (count.get(`${TEXT_COLUMNS} : ${quoted}`, threshold + 1) as { n: number }).n > threshold;
  });
}

/** The text columns of indexed rows, by search rowid (paragraphs from `paragraphs`, the rest from `search_entries`). */
function rowTexts(db: Database, rowids: readonly number[]): RankRow[] {
  const rows: RankRow[] = [];
  for (let i = 0; i < rowids.length; i += 500) {
    const chunk = rowids.slice(i, i + 500);
    const list = chunk.map(() => 'CAST(? AS INTEGER)').join(', ');
    for (const row of db
      .prepare(`SELECT search_rowid AS rowid, text AS body FROM paragraphs WHERE search_rowid IN (${list})`)
      .all(...chunk) as Array<{ rowid: number; body: string }>)
      rows.push({ rowid: row.rowid, body: row.body, title: '', comment: '', tags: '' });
    for (const row of db
      .prepare(`SELECT rowid, title, body, comment, tags FROM search_entries WHERE rowid IN (${list})`)
      .all(...chunk) as unknown as RankRow[])
      rows.push({ ...row });
  }
  return rows;
}

/** Where an indexed row is: a paragraph (by its search rowid) or an annotation or note. */
function entryReader(db: Database): (rowid: number) => Omit<SearchRow, 'snippet' | 'score' | 'quote' | 'comment'> {
  const entry = db.prepare(
    `SELECT e.kind, e.owner_id AS ownerId, e.document_id AS documentId, d.title AS documentTitle,
            e.paragraph, p.id AS paragraphId, coalesce(p.label, CAST(p.n AS TEXT)) AS paragraphLabel,
            s.heading AS section, e.language, e.date,
            CASE WHEN e.kind = 'note' THEN (SELECT title FROM notes WHERE id = e.owner_id) END AS title
     FROM search_entries e
     LEFT JOIN documents d ON d.id = e.document_id
     LEFT JOIN paragraphs p ON p.document_id = e.document_id AND p.n = e.paragraph
     LEFT JOIN sections s ON s.document_id = p.document_id AND s.ord = p.section_ord
     WHERE e.rowid = CAST(? AS INTEGER)`,
  );
  const paragraph = db.prepare(
    `SELECT 'paragraph' AS kind, p.id AS ownerId, p.document_id AS documentId, d.title AS documentTitle,
            p.n AS paragraph, s.heading AS section, lower(d.language) AS language,
            coalesce(d.date, substr(d.imported_at, 1, 10)) AS date, NULL AS title
     FROM paragraphs p
     JOIN documents d ON d.id = p.document_id
     LEFT JOIN sections s ON s.document_id = p.document_id AND s.ord = p.section_ord
     WHERE p.search_rowid = CAST(? AS INTEGER)`,
  );
  type Entry = Omit<SearchRow, 'snippet' | 'score' | 'quote' | 'comment'>;
  return (rowid) => ({ ...((paragraph.get(rowid) ?? entry.get(rowid)) as Entry) });
}

/**
 * The date a row is filtered by: its document's (its date, else the day it was imported) for a
 * paragraph, the entry's own for an annotation or a note.
 */
const ROW_DATE = `coalesce(
  (SELECT date FROM search_entries WHERE rowid = search_index.rowid),
  (SELECT coalesce(d.date, substr(d.imported_at, 1, 10)) FROM paragraphs p JOIN documents d ON d.id = p.document_id
   WHERE p.search_rowid = search_index.rowid))`;

/** The column snippet with the most matches; on a tie body, then comment, title, tags. */
function bestSnippet(row: Snippets): string {
  const count = (text: string) => text.split(MATCH_START).length - 1;
  let best = row.body;
  for (const candidate of [row.comment, row.title, row.tags]) if (count(candidate) > count(best)) best = candidate;
  return best;
}

/**
 * Every paragraph of one document that matches, in reading order, with its whole text and
 * the matches marked: the reader marks hits in place from this.
 */
export function searchInDocument(
  db: Database,
  documentId: string,
  userMatch: string,
): Array<{ n: number; marked: string }> {
  const match = buildMatch(userMatch, { kinds: ['paragraph'], documentIds: [documentId] });
  return (
    db
      .prepare(
        `SELECT p.n, highlight(search_index, 0, ?, ?) AS marked
         FROM search_index JOIN paragraphs p ON p.search_rowid = search_index.rowid
         WHERE search_index MATCH ? ORDER BY p.n`,
      )
      .all(MATCH_START, MATCH_END, match) as Array<{ n: number; marked: string }>
  ).map((row) => ({ ...row }));
}

/** Distinct words of a text as FTS5 terms, longest first (the most telling), at most `max`. */
function telltaleWords(text: string, max: number): string[] {
  const words = new Set((text.match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((w) => w.toLowerCase()));
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, max);
}

/**
 * The paragraphs of one document that share the most telling words with `text`, best first:
 * where a passage that is no longer word for word in a newer version is looked for. Scored here
 * by the words they share, not by FTS5's bm25, whose word weights read every matching row of
 * the whole library.
 */
export function similarParagraphs(
  db: Database,
  documentId: string,
  text: string,
  limit: number,
): Array<{ id: string; n: number; text: string }> {
  const words = telltaleWords(text, 16);
  if (words.length === 0) return [];
  // A document's paragraphs hold one block of search rowids (insertStructure): the index reads
  // only that stretch of each word's list, not the word's rows across the library.
  const block = db
    .prepare('SELECT min(search_rowid) AS low, max(search_rowid) AS high FROM paragraphs WHERE document_id = ?')
    .get(documentId) as { low: number | null; high: number | null };
  if (block.low === null || block.high === null) return [];
  const matched = db
    .prepare(
      `SELECT rowid FROM search_index
       WHERE search_index MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)`,
    )
    .all(`body : (${words.map((w) => `"${w}"`).join(' OR ')})`, block.low, block.high) as Array<{ rowid: number }>;
  const byRowid = db.prepare(
    'SELECT id, n, text FROM paragraphs WHERE search_rowid = CAST(? AS INTEGER) AND document_id = ?',
  );
  const rows = matched
    .map(({ rowid }) => byRowid.get(rowid, documentId) as { id: string; n: number; text: string } | undefined)
    .filter((row) => row !== undefined);
  const wanted = new Set(words);
  const shared = (candidate: string) => telltaleWords(candidate, 1000).filter((w) => wanted.has(w)).length;
  return rows
    .map((row) => ({ row: { ...row }, score: shared(row.text) }))
    .sort((a, b) => b.score - a.score || a.row.n - b.row.n)
    .slice(0, limit)
    .map(({ row }) => row);
}

/**
 * How many paragraphs match an FTS5 expression (from the user's words, quoted), counting no
 * further than `cap`: a bounded look at how common a word is.
 */
export function countParagraphsMatching(db: Database, userMatch: string, cap: number): number {
  const match = buildMatch(userMatch, { kinds: ['paragraph'] });
  return (
    db
      .prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?)`)
      .get(match, cap) as { n: number }
  ).n;
}

/** Up to `limit` paragraphs matching an FTS5 expression: their search rowid and document. */
export function paragraphsMatching(
  db: Database,
  userMatch: string,
  limit: number,
): Array<{ rowid: number; documentId: string }> {
  const match = buildMatch(userMatch, { kinds: ['paragraph'] });
  return (
    db
      .prepare(
        `SELECT p.search_rowid AS rowid, p.document_id AS documentId
         FROM search_index JOIN paragraphs p ON p.search_rowid = search_index.rowid
         WHERE search_index MATCH ? LIMIT ?`,
      )
      .all(match, limit) as Array<{ rowid: number; documentId: string }>
  ).map((row) => ({ ...row }));
}

export function documentExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}

/** Number of rows in the index, by kind (for tests and diagnostics): counted in the index itself. */
export function countIndexed(db: Database): Record<SearchKind, number> {
  const count = (kind: SearchKind) =>
    (
      db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?`).get(`scope : k${kind}`) as {
        n: number;
      }
    ).n;
  return { paragraph: count('paragraph'), annotation: count('annotation'), note: count('note') };
}

/** Merges the index's segments into one: worth doing after a large bulk import. */
export function optimizeSearchIndex(db: Database): void {
  db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
}
