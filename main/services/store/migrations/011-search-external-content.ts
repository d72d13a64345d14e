import type { Database } from '../database.ts';
import { rebuildSearchIndex } from '../search.store.ts';

/**
 * The search index without a second copy of the library's text. Migration 004's index kept
 * its own copy of every paragraph (FTS5's content table) plus a metadata row per paragraph
 * (`search_entries` and two indexes): five bytes of store per byte of text. Measured on 5,000
 * generated documents (60 MB of paragraph text; bench/scale), index bytes per byte of text:
 *
 *   migration 004: text stored again, prefix indexes 2-6, a row per paragraph     5.0×
 *   external content, prefix indexes 2 3 4 5 6                                      2.09×
 *   external content, prefix indexes 3 4 5 6                                        1.73×  <- this
 *   external content, prefix indexes 3 4 5                                          1.48×
 *   external content, no prefix index                                               0.51×
 *   detail=column or detail=none                                                    —  (no phrase queries)
 *
 * Each prefix length costs about a third of the text. A prefix query of a length that has its
 * own index reads one doclist (10-50 ms on that library, ranking and snippets included); one
 * without merges the doclist of every word it starts (70-840 ms there, and ten times that at
 * 50,000 documents). So prefixes of 3 to 6 letters keep their index and a two-letter prefix
 * (`co*`) is searched as a word (shared/search/query.ts, MIN_PREFIX_LETTERS). `detail=full`
 * stays: phrases and snippets need positions. The filter tokens in `scope` cost another 0.3×
 * of the text (prefix entries included) and stay: they make filters doclist intersections.
 *
 * - Paragraphs are indexed straight from `paragraphs`: each gets a stable `search_rowid` (an
 *   explicit column: VACUUM may renumber implicit rowids, which an external-content index must
 *   never see), drawn from `search_rowids`, one sequence shared with annotations and notes so
 *   rowid order is still "most recently indexed" (the rank window in search.store.ts).
 * - `search_entries` keeps only annotations and notes (their quote, comment, tags and note
 *   text are small), with the text they were indexed with.
 * - `body` is the first column: FTS5 marks every entry of any other column with its number,
 *   which cost a fifth of the index when paragraph text sat in column 1.
 * - `search_content` is the view FTS5 reads text back from (snippets, highlights, rebuild).
 *   Its paragraph scope tokens (`kparagraph d<hex id> l<hex language>`) are computed from the
 *   document, so the triggers below must delete every indexed paragraph under the language it
 *   was indexed with: an external-content index must be told exactly what it holds.
 * - Filters by date read the document's date (paragraphs) or the entry's (annotations, notes).
 *
 * Also two indexes an import needs to find the series a text continues without reading every
 * document (its title, its file name).
 *
 * The whole index is rebuilt here; `up` re-indexes annotations and notes through the same
 * functions as their write paths (as migration 004 did; a later migration that changes those
 * tables must freeze a copy of this step here).
 */
export const migration011 = {
  version: 11,
  name: 'search-external-content',
  sql: `
    -- Each import looks for the series it continues (same title or same file name): without
    -- these, a scan of every document per import.
    CREATE INDEX documents_by_title ON documents(lower(trim(title)));
    CREATE INDEX documents_by_source_name ON documents(source_name);

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
      body, title, comment, tags, scope,
      content = 'search_content',
      content_rowid = 'search_rowid',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '3 4 5 6'
    );
    INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(1.0, 4.0, 2.0, 3.0, 0.0)');

    -- A new paragraph comes with its search rowid (insertStructure reserves a block; an archive
    -- brings its own) or takes the next one; it is indexed when its document is live.
    CREATE TRIGGER paragraphs_search_insert AFTER INSERT ON paragraphs BEGIN
      UPDATE search_rowids SET next = next + 1 WHERE new.search_rowid IS NULL;
      UPDATE search_rowids SET next = new.search_rowid WHERE new.search_rowid > next;
      UPDATE paragraphs SET search_rowid = (SELECT next FROM search_rowids)
        WHERE new.search_rowid IS NULL AND rowid = new.rowid;
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
