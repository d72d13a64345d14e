import type { Database } from '../database.ts';
import { syncAnnotationIndex, syncNoteIndex } from '../search.store.ts';

/**
 * Full-text search over everything: one FTS5 table, `search_index`, and its row metadata,
 * `search_entries` (same rowid). Document paragraphs are kept in step by triggers on
 * `paragraphs`; annotations and notes call `indexAnnotation` / `indexNote` /
 * `removeFromIndex` (main/services/store/search.store.ts) from their write paths.
 *
 * - `unicode61 remove_diacritics 2`: case- and accent-insensitive (défense = Defense).
 * - `prefix '2 3 4 5 6'`: prefix queries up to six letters (`nu*`, `secur*`, `démocr*`) read a
 *   prefix index instead of merging every matching term's doclist, on every statement that
 *   uses them (10-40x faster on a 10,000-document library, for an index about 1.8x larger).
 * - Columns: `title` (a note's title), `body` (paragraph text, annotation quote, note text),
 *   `comment` (an annotation's comment), `tags` (space-separated), and `scope`: filter tokens
 *   (`k<kind>`, `d<hex of document id>`, `l<hex of language>`, `t<hex of tag>`) so filters by
 *   kind, document, language and tag are FTS5 doclist intersections, not row scans. User text
 *   is never matched against `scope` (queries are column-filtered).
 * - Ranking: bm25 with a note's title and tags weighted above body text.
 * - Deleted documents are not indexed: their paragraphs leave on delete and return on restore
 *   (triggers); annotations and notes that are deleted, or whose document is, are removed by
 *   their write paths (`syncAnnotationIndex`, `syncNoteIndex`), and purged rows by trigger.
 * - `up`: annotations and notes already in the store are indexed (a store at schema 2 or 3).
 */
export const migration004 = {
  version: 4,
  name: 'search',
  sql: `
    CREATE TABLE search_entries (
      rowid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'annotation', 'note')),
      owner_id TEXT NOT NULL,
      document_id TEXT,
      paragraph INTEGER,
      language TEXT,
      date TEXT
    ) STRICT;
    CREATE UNIQUE INDEX search_entries_by_owner ON search_entries(kind, owner_id, ifnull(document_id, ''));
    CREATE INDEX search_entries_by_document ON search_entries(document_id, paragraph);

    CREATE VIRTUAL TABLE search_index USING fts5(
      title, body, comment, tags, scope,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4 5 6'
    );
    INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 3.0, 0.0)');

    CREATE TRIGGER paragraphs_search_insert AFTER INSERT ON paragraphs BEGIN
      INSERT INTO search_entries (kind, owner_id, document_id, paragraph, language, date)
        SELECT 'paragraph', new.id, new.document_id, new.n, lower(d.language), coalesce(d.date, substr(d.imported_at, 1, 10))
        FROM documents d WHERE d.id = new.document_id AND d.deleted_at IS NULL;
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT last_insert_rowid(), '', new.text, '', '',
               'kparagraph d' || hex(new.document_id) || ' l' || hex(lower(d.language))
        FROM documents d WHERE d.id = new.document_id AND d.deleted_at IS NULL;
    END;

    CREATE TRIGGER paragraphs_search_delete AFTER DELETE ON paragraphs BEGIN
      DELETE FROM search_index WHERE rowid = (
        SELECT rowid FROM search_entries
        WHERE kind = 'paragraph' AND owner_id = old.id AND ifnull(document_id, '') = old.document_id);
      DELETE FROM search_entries
        WHERE kind = 'paragraph' AND owner_id = old.id AND ifnull(document_id, '') = old.document_id;
    END;

    CREATE TRIGGER paragraphs_search_update AFTER UPDATE OF text, n ON paragraphs BEGIN
      UPDATE search_entries SET paragraph = new.n
        WHERE kind = 'paragraph' AND owner_id = old.id AND ifnull(document_id, '') = old.document_id;
      UPDATE search_index SET body = new.text WHERE rowid = (
        SELECT rowid FROM search_entries
        WHERE kind = 'paragraph' AND owner_id = old.id AND ifnull(document_id, '') = old.document_id);
    END;

    CREATE TRIGGER documents_search_update AFTER UPDATE OF language, date ON documents BEGIN
      UPDATE search_entries SET language = lower(new.language), date = coalesce(new.date, substr(new.imported_at, 1, 10))
        WHERE document_id = new.id AND kind = 'paragraph';
      UPDATE search_index SET scope = 'kparagraph d' || hex(new.id) || ' l' || hex(lower(new.language))
        WHERE rowid IN (SELECT rowid FROM search_entries WHERE document_id = new.id AND kind = 'paragraph');
    END;

    -- An annotation takes its document's language (its date is its own).
    CREATE TRIGGER documents_search_language AFTER UPDATE OF language ON documents
    WHEN lower(old.language) IS NOT lower(new.language) BEGIN
      UPDATE search_index SET scope = replace(scope, ' l' || hex(lower(old.language)), ' l' || hex(lower(new.language)))
        WHERE rowid IN (SELECT rowid FROM search_entries WHERE document_id = new.id AND kind = 'annotation');
      UPDATE search_entries SET language = lower(new.language) WHERE document_id = new.id AND kind = 'annotation';
    END;

    -- A deleted document's paragraphs leave the index and come back when it is restored (its
    -- annotations follow in the write path: syncSeriesAnnotationIndex).
    CREATE TRIGGER documents_search_deleted AFTER UPDATE OF deleted_at ON documents
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
      DELETE FROM search_index WHERE rowid IN (
        SELECT rowid FROM search_entries WHERE kind = 'paragraph' AND document_id = new.id);
      DELETE FROM search_entries WHERE kind = 'paragraph' AND document_id = new.id;
    END;

    CREATE TRIGGER documents_search_restored AFTER UPDATE OF deleted_at ON documents
    WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
      INSERT INTO search_entries (kind, owner_id, document_id, paragraph, language, date)
        SELECT 'paragraph', p.id, p.document_id, p.n, lower(new.language), coalesce(new.date, substr(new.imported_at, 1, 10))
        FROM paragraphs p WHERE p.document_id = new.id ORDER BY p.n;
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT e.rowid, '', p.text, '', '', 'kparagraph d' || hex(new.id) || ' l' || hex(lower(new.language))
        FROM search_entries e JOIN paragraphs p ON p.document_id = e.document_id AND p.id = e.owner_id
        WHERE e.kind = 'paragraph' AND e.document_id = new.id;
    END;

    -- Rows removed for good (a purged note, annotations of a purged document) leave the index.
    CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN
      DELETE FROM search_index WHERE rowid = (
        SELECT rowid FROM search_entries WHERE kind = 'annotation' AND owner_id = old.id);
      DELETE FROM search_entries WHERE kind = 'annotation' AND owner_id = old.id;
    END;
    CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
      DELETE FROM search_index WHERE rowid = (SELECT rowid FROM search_entries WHERE kind = 'note' AND owner_id = old.id);
      DELETE FROM search_entries WHERE kind = 'note' AND owner_id = old.id;
    END;

    -- Paragraphs already in the library (a store from before this migration).
    INSERT INTO search_entries (kind, owner_id, document_id, paragraph, language, date)
      SELECT 'paragraph', p.id, p.document_id, p.n, lower(d.language), coalesce(d.date, substr(d.imported_at, 1, 10))
      FROM paragraphs p JOIN documents d ON d.id = p.document_id
      WHERE d.deleted_at IS NULL
      ORDER BY p.document_id, p.n;
    INSERT INTO search_index (rowid, title, body, comment, tags, scope)
      SELECT e.rowid, '', p.text, '', '', 'kparagraph d' || hex(e.document_id) || ' l' || hex(e.language)
      FROM search_entries e JOIN paragraphs p ON p.document_id = e.document_id AND p.id = e.owner_id
      WHERE e.kind = 'paragraph';
  `,
  /**
   * Annotations and notes already in the library: indexed with the same functions as their
   * write paths (tags need JavaScript's Unicode folding). These read annotations, tags and
   * notes as migrations 002-004 leave them; a later migration that changes those columns
   * must freeze a copy of this step here.
   */
  up(db: Database): void {
    const annotations = db
      .prepare('SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY updated_at, id')
      .all() as Array<{ id: string }>;
    for (const { id } of annotations) syncAnnotationIndex(db, id);
    const notes = db.prepare('SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY updated_at, id').all() as Array<{
      id: string;
    }>;
    for (const { id } of notes) syncNoteIndex(db, id);
  },
} as const;
