/**
 * SQL for full-text search (migration 004). Paragraphs enter and leave the index through
 * triggers on `paragraphs`; annotations and notes through `indexAnnotation`, `indexNote` and
 * `removeFromIndex`, which their write paths call inside the same transaction as the write.
 *
 * Queries take an FTS5 expression built by `parseSearchQuery` (shared/search/query.ts), which
 * quotes every user word; filters are added here as `scope` tokens or SQL conditions.
 */
import { PARAGRAPH_SEPARATOR } from '../../../shared/anchoring/canonical.ts';
import type { SearchKind } from '../../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';
import type { Database } from './database.ts';

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

/** Paragraph ids are unique within their document; annotation and note ids are unique. */
function findRowid(db: Database, key: EntryKey): number | undefined {
  const row = (
    key.kind === 'paragraph'
      ? db
          .prepare(`SELECT rowid FROM search_entries WHERE kind = ? AND owner_id = ? AND ifnull(document_id, '') = ?`)
          .get(key.kind, key.ownerId, key.documentId ?? '')
      : db.prepare(`SELECT rowid FROM search_entries WHERE kind = ? AND owner_id = ?`).get(key.kind, key.ownerId)
  ) as { rowid: number } | undefined;
  return row?.rowid;
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

/** Inserts or replaces one row of the index (metadata and text together). */
function upsertRow(db: Database, row: IndexRow): void {
  removeRow(db, row);
  const language = row.language?.toLowerCase() ?? null;
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO search_entries (kind, owner_id, document_id, paragraph, language, date) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(row.kind, row.ownerId, row.documentId, row.paragraph, language, row.date);
  const scope = [
    scopeToken.kind(row.kind),
    row.documentId ? scopeToken.document(row.documentId) : '',
    language ? scopeToken.language(language) : '',
    ...row.tags.map(scopeToken.tag),
  ]
    .filter(Boolean)
    .join(' ');
  db.prepare(
    `INSERT INTO search_index (rowid, title, body, comment, tags, scope) VALUES (CAST(? AS INTEGER), ?, ?, ?, ?, ?)`,
  ).run(lastInsertRowid, row.title, row.body, row.comment, row.tags.join(' · '), scope);
}

function removeRow(db: Database, key: EntryKey): boolean {
  const rowid = findRowid(db, key);
  if (rowid === undefined) return false;
  db.prepare('DELETE FROM search_index WHERE rowid = CAST(? AS INTEGER)').run(rowid);
  db.prepare('DELETE FROM search_entries WHERE rowid = CAST(? AS INTEGER)').run(rowid);
  return true;
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
 * and notes. For bulk writes that bypass the write paths (importing a library archive).
 * Call in the transaction that made them.
 */
export function rebuildSearchIndex(db: Database): Record<SearchKind, number> {
  db.exec(`DELETE FROM search_index; DELETE FROM search_entries;`);
  db.exec(`
    INSERT INTO search_entries (kind, owner_id, document_id, paragraph, language, date)
      SELECT 'paragraph', p.id, p.document_id, p.n, lower(d.language), coalesce(d.date, substr(d.imported_at, 1, 10))
      FROM paragraphs p JOIN documents d ON d.id = p.document_id
      WHERE d.deleted_at IS NULL
      ORDER BY p.document_id, p.n;
    INSERT INTO search_index (rowid, title, body, comment, tags, scope)
      SELECT e.rowid, '', p.text, '', '', 'kparagraph d' || hex(e.document_id) || ' l' || hex(e.language)
      FROM search_entries e JOIN paragraphs p ON p.document_id = e.document_id AND p.id = e.owner_id
      WHERE e.kind = 'paragraph';`);
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
  /** bm25 relevance, higher is better. */
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

/** Tokens of context either side of a match in a snippet. */
const SNIPPET_TOKENS = 28;

/**
 * Ranking (bm25) costs one to two microseconds per matching row (more for phrases). Up to
 * this many matches every match is ranked; beyond, the most recently indexed ones are, which
 * keeps a query for a very common word fast in a library of 10,000 documents.
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
  page: { limit: number; offset: number; rankWindow?: number },
): SearchPage {
  const { from, to } = dateBounds(filters);
  const dated = from !== null || to !== null;
  // Parameters, by number: ?1 the match, ?2 and ?3 the date bounds, then per statement.
  const base = [buildMatch(userMatch, filters), from, to] as const;
  const matching = dated
    ? `FROM search_index JOIN search_entries e ON e.rowid = search_index.rowid
       WHERE search_index MATCH ?1 AND e.date >= ifnull(?2, e.date) AND e.date <= ifnull(?3, e.date)`
    : 'FROM search_index WHERE search_index MATCH ?1 AND ?2 IS NULL AND ?3 IS NULL';

  // One pass over the most recent matches (rowids only) gives both the count, up to the
  // window, and the window's lower bound, which the ranking below seeks to. (node:sqlite
  // binds JS numbers as REAL, and FTS5 ignores a REAL rowid constraint beside MATCH,
  // returning every match: rowids are always cast.)
  const window = page.rankWindow ?? RANK_WINDOW;
  const recent = db
    .prepare(`SELECT search_index.rowid AS rowid ${matching} ORDER BY search_index.rowid DESC LIMIT ?4`)
    .all(...base, window + 1) as Array<{ rowid: number }>;
  const windowed = recent.length > window;
  const lowest = windowed ? (recent[window - 1] as { rowid: number }).rowid : 0;

  // One statement ranks and makes the snippets: FTS5 sorts by rank itself and runs snippet()
  // only for the rows returned, reusing the query's doclists (expanding a prefix query is the
  // expensive part, so it must not be repeated per row). snippet() is asked per text column:
  // with column -1 it could pick `scope`, where filter tokens match.
  const snippets = [0, 1, 2, 3]
    .map((column) => `snippet(search_index, ${column}, ?7, ?8, '…', ${SNIPPET_TOKENS}) AS s${column}`)
    .join(', ');
  const ranked = db
    .prepare(
      `SELECT search_index.rowid AS rowid, search_index.rank AS rank, ${snippets}
       ${matching} AND search_index.rowid >= CAST(?4 AS INTEGER)
       ORDER BY search_index.rank LIMIT ?5 OFFSET ?6`,
    )
    .all(...base, lowest, page.limit, page.offset, MATCH_START, MATCH_END) as Array<
    { rowid: number; rank: number } & Record<'s0' | 's1' | 's2' | 's3', string>
  >;

  const entryOf = db.prepare(
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
  const rows = ranked.map((row) => {
    const entry = entryOf.get(row.rowid) as Omit<SearchRow, 'snippet' | 'score' | 'quote' | 'comment'>;
    const annotation = entry.kind === 'annotation';
    return {
      ...entry,
      snippet: bestSnippet(row),
      quote: annotation ? row.s1 : null,
      comment: annotation && row.s2 !== '' ? row.s2 : null,
      score: Math.round(-row.rank * 10_000) / 10_000,
    };
  });
  return { rows, total: Math.min(recent.length, window), more: windowed };
}

/** The column snippet with the most matches; on a tie body, then comment, title, tags. */
function bestSnippet(row: Record<'s0' | 's1' | 's2' | 's3', string>): string {
  const count = (text: string) => text.split(MATCH_START).length - 1;
  let best = row.s1;
  for (const candidate of [row.s2, row.s0, row.s3]) if (count(candidate) > count(best)) best = candidate;
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
        `SELECT e.paragraph AS n, highlight(search_index, 1, ?, ?) AS marked
         FROM search_index JOIN search_entries e ON e.rowid = search_index.rowid
         WHERE search_index MATCH ? ORDER BY e.paragraph`,
      )
      .all(MATCH_START, MATCH_END, match) as Array<{ n: number; marked: string }>
  ).map((row) => ({ ...row }));
}

export function documentExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}

/** Number of rows in the index, by kind (for tests and diagnostics). */
export function countIndexed(db: Database): Record<SearchKind, number> {
  const counts: Record<SearchKind, number> = { paragraph: 0, annotation: 0, note: 0 };
  for (const row of db.prepare('SELECT kind, count(*) AS n FROM search_entries GROUP BY kind').all() as Array<{
    kind: SearchKind;
    n: number;
  }>)
    counts[row.kind] = row.n;
  return counts;
}

/** Merges the index's segments into one: worth doing after a large bulk import. */
export function optimizeSearchIndex(db: Database): void {
  db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
}
