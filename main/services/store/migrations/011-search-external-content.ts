import type { Database } from '../database.ts';
import { rebuildSearchIndex } from '../search.store.ts';

/**
 * The search index without a second copy of the library's text. Migration 004's index kept
 * its own copy of every paragraph (FTS5's content table) plus a metadata row per paragraph
 * (`search_entries` and two indexes): five bytes of store per byte of text. Measured on the
 * generated library of `npm run bench scale` (see README, Scale), with the same queries:
 *
 *   layout (FTS tables only)                          index / text   search p95
 *   stored content, prefix 2-6 (migration 004)            2.85×          21 ms
 *   external content, prefix 2-6                          1.76×          24 ms
 *   external content, prefix 2 4                          1.01×          24 ms (7-letter prefixes expand every term)
 *   external content, no prefix index                     0.43×          69 ms (prefix queries merge every term)
 *   external content, detail=column                       0.40×          — (no phrase queries: "climate change")
 *
 * so: FTS5 external content (`content = 'search_content'`), `detail = full` (phrases and
 * snippets need positions), and the prefix indexes 2 to 6 kept (a prefix query then reads one
 * doclist, which keeps search-as-you-type flat as the library grows). What changes:
 *
 * - Paragraphs are indexed straight from `paragraphs`: each gets a stable `search_rowid` (an
 *   explicit column: VACUUM may renumber implicit rowids, which an external-content index must
 *   never see), drawn from `search_rowids`, one sequence shared with annotations and notes so
 *   rowid order is still "most recently indexed" (the rank window in search.store.ts).
 * - `search_entries` keeps only annotations and notes (their quote, comment, tags and note
 *   text are small), with the text they were indexed with.
 * - `search_content` is the view FTS5 reads text back from (snippets, highlights, rebuild).
 *   Its paragraph scope tokens (`kparagraph d<hex id> l<hex language>`) are computed from the
 *   document, so the triggers below must delete every indexed paragraph under the language it
 *   was indexed with: an external-content index must be told exactly what it holds.
 * - Filters by date read the document's date (paragraphs) or the entry's (annotations, notes).
 *
 * The whole index is rebuilt here; `up` re-indexes annotations and notes through the same
 * functions as their write paths (as migration 004 did; a later migration that changes those
 * tables must freeze a copy of this step here).
 */
export const migration011 = {
  version: 11,
  name: 'search-external-content',
  sql: `
    DROP TRIGGER IF EXISTS paragraphs_search_insert;
    DROP TRIGGER IF EXISTS paragraphs_search_delete;
    DROP TRIGGER IF EXISTS paragraphs_search_update;
    DROP TRIGGER IF EXISTS documents_search_update;
    DROP TRIGGER IF EXISTS documents_search_language;
    DROP TRIGGER IF EXISTS documents_search_deleted;
    DROP TRIGGER IF EXISTS documents_search_restored;
    DROP TRIGGER IF EXISTS annotations_search_delete;
    DROP TRIGGER IF EXISTS notes_search_delete;
    DROP TABLE search_index;
    DROP TABLE search_entries;

    CREATE TABLE search_rowids (next INTEGER NOT NULL) STRICT;
    ALTER TABLE paragraphs ADD COLUMN search_rowid INTEGER;
    -- Today's rowids are in import order: the recency the rank window relies on.
    UPDATE paragraphs SET search_rowid = rowid;
    CREATE UNIQUE INDEX paragraphs_by_search_rowid ON paragraphs(search_rowid);
    INSERT INTO search_rowids (next) SELECT ifnull(max(search_rowid), 0) FROM paragraphs;

    CREATE TABLE search_entries (
      rowid INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('annotation', 'note')),
      owner_id TEXT NOT NULL,
      document_id TEXT,
      paragraph INTEGER,
      language TEXT,
      date TEXT,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      comment TEXT NOT NULL,
      tags TEXT NOT NULL,
      scope TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX search_entries_by_owner ON search_entries(kind, owner_id);
    CREATE INDEX search_entries_by_document ON search_entries(document_id) WHERE document_id IS NOT NULL;

    CREATE VIEW search_content (search_rowid, title, body, comment, tags, scope) AS
      SELECT p.search_rowid, '', p.text, '', '', 'kparagraph d' || hex(p.document_id) || ' l' || hex(lower(d.language))
      FROM paragraphs p JOIN documents d ON d.id = p.document_id
      WHERE d.deleted_at IS NULL AND p.search_rowid IS NOT NULL
      UNION ALL
      SELECT rowid, title, body, comment, tags, scope FROM search_entries;

    CREATE VIRTUAL TABLE search_index USING fts5(
      title, body, comment, tags, scope,
      content = 'search_content',
      content_rowid = 'search_rowid',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4 5 6'
    );
    INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 3.0, 0.0)');

    -- A new paragraph takes the next search rowid (an archive brings its own) and is indexed
    -- when its document is live.
    CREATE TRIGGER paragraphs_search_insert AFTER INSERT ON paragraphs BEGIN
      UPDATE search_rowids SET next = max(next + 1, ifnull(new.search_rowid, 0));
      UPDATE paragraphs SET search_rowid = (SELECT next FROM search_rowids)
        WHERE rowid = new.rowid AND new.search_rowid IS NULL;
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT ifnull(new.search_rowid, (SELECT next FROM search_rowids)), '', new.text, '', '',
               'kparagraph d' || hex(new.document_id) || ' l' || hex(lower(d.language))
        FROM documents d WHERE d.id = new.document_id AND d.deleted_at IS NULL;
    END;

    -- Only while the document is there and live: a hard-deleted document took its paragraphs
    -- out first (documents_search_purged), a soft-deleted one when it was deleted.
    CREATE TRIGGER paragraphs_search_delete AFTER DELETE ON paragraphs WHEN old.search_rowid IS NOT NULL BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', old.search_rowid, '', old.text, '', '',
               'kparagraph d' || hex(old.document_id) || ' l' || hex(lower(d.language))
        FROM documents d WHERE d.id = old.document_id AND d.deleted_at IS NULL;
    END;

    CREATE TRIGGER paragraphs_search_update AFTER UPDATE OF text ON paragraphs WHEN old.search_rowid IS NOT NULL BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', old.search_rowid, '', old.text, '', '',
               'kparagraph d' || hex(old.document_id) || ' l' || hex(lower(d.language))
        FROM documents d WHERE d.id = old.document_id AND d.deleted_at IS NULL;
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT new.search_rowid, '', new.text, '', '',
               'kparagraph d' || hex(new.document_id) || ' l' || hex(lower(d.language))
        FROM documents d WHERE d.id = new.document_id AND d.deleted_at IS NULL;
    END;

    -- Before the cascade: once the document row is gone its paragraphs' scope cannot be rebuilt.
    CREATE TRIGGER documents_search_purged BEFORE DELETE ON documents WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', p.search_rowid, '', p.text, '', '',
               'kparagraph d' || hex(old.id) || ' l' || hex(lower(old.language))
        FROM paragraphs p WHERE p.document_id = old.id AND p.search_rowid IS NOT NULL;
    END;

    -- A language change re-indexes the document's paragraphs and annotations under the new
    -- language token.
    CREATE TRIGGER documents_search_language AFTER UPDATE OF language ON documents
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NULL AND lower(old.language) IS NOT lower(new.language) BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', p.search_rowid, '', p.text, '', '',
               'kparagraph d' || hex(old.id) || ' l' || hex(lower(old.language))
        FROM paragraphs p WHERE p.document_id = old.id AND p.search_rowid IS NOT NULL;
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT p.search_rowid, '', p.text, '', '', 'kparagraph d' || hex(new.id) || ' l' || hex(lower(new.language))
        FROM paragraphs p WHERE p.document_id = new.id AND p.search_rowid IS NOT NULL;
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', rowid, title, body, comment, tags, scope FROM search_entries
        WHERE document_id = new.id AND kind = 'annotation';
      UPDATE search_entries
        -- scopeToken writes lower-case hex (FTS5 folds case, replace() does not).
        SET scope = replace(scope, ' l' || lower(hex(lower(old.language))), ' l' || lower(hex(lower(new.language)))),
            language = lower(new.language)
        WHERE document_id = new.id AND kind = 'annotation';
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT rowid, title, body, comment, tags, scope FROM search_entries
        WHERE document_id = new.id AND kind = 'annotation';
    END;

    -- A deleted document's paragraphs leave the index and come back when it is restored (its
    -- annotations follow in the write path: syncSeriesAnnotationIndex).
    CREATE TRIGGER documents_search_deleted AFTER UPDATE OF deleted_at ON documents
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', p.search_rowid, '', p.text, '', '',
               'kparagraph d' || hex(old.id) || ' l' || hex(lower(old.language))
        FROM paragraphs p WHERE p.document_id = old.id AND p.search_rowid IS NOT NULL;
    END;

    CREATE TRIGGER documents_search_restored AFTER UPDATE OF deleted_at ON documents
    WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
      INSERT INTO search_index (rowid, title, body, comment, tags, scope)
        SELECT p.search_rowid, '', p.text, '', '', 'kparagraph d' || hex(new.id) || ' l' || hex(lower(new.language))
        FROM paragraphs p WHERE p.document_id = new.id AND p.search_rowid IS NOT NULL;
    END;

    -- Rows removed for good (a purged note, annotations of a purged document) leave the index.
    CREATE TRIGGER annotations_search_delete AFTER DELETE ON annotations BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', rowid, title, body, comment, tags, scope FROM search_entries
        WHERE kind = 'annotation' AND owner_id = old.id;
      DELETE FROM search_entries WHERE kind = 'annotation' AND owner_id = old.id;
    END;
    CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
      INSERT INTO search_index (search_index, rowid, title, body, comment, tags, scope)
        SELECT 'delete', rowid, title, body, comment, tags, scope FROM search_entries
        WHERE kind = 'note' AND owner_id = old.id;
      DELETE FROM search_entries WHERE kind = 'note' AND owner_id = old.id;
    END;
  `,
  up(db: Database): void {
    rebuildSearchIndex(db);
  },
} as const;
