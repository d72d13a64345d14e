/**
 * Migration 011 on a store made before it (schema 6, migration 004's index): the index is
 * rebuilt without its own copy of the text, finds what it found before, and stays exactly in
 * step with the store through every write path (FTS5's integrity check compares the index
 * with the text it reads back from the store).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../../shared/model/index.ts';
import { parseSearchQuery } from '../../../../shared/search/query.ts';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { inTransaction, openStore, type Database } from '../database.ts';
import { replaceStructure, updateMetadata } from '../documents.store.ts';
import { setDocumentDeleted } from '../library.store.ts';
import { deleteNote, insertNote } from '../notes.store.ts';
import { countIndexed, indexAnnotation, searchIndex, syncAnnotationIndex } from '../search.store.ts';
import { MIGRATIONS } from './index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const before011 = MIGRATIONS.filter((m) => m.version < 11);

function found(db: Database, query: string): string[] {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error('empty query');
  return searchIndex(db, parsed.match, parsed.filters, { limit: 50, offset: 0 })
    .rows.map((r) => (r.kind === 'paragraph' ? `${r.documentId}/${r.paragraph}` : `${r.kind}:${r.ownerId}`))
    .sort();
}

/** FTS5 reads every indexed row's text back from the store and checks the index against it. */
function assertIndexMatchesStore(db: Database): void {
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)`);
}

function seedSchema6(dir: string): void {
  const { db } = openStore(dir, before011);
  db.exec(`INSERT INTO originals VALUES ('h1', x'00', 1, 'text/plain'), ('h2', x'01', 1, 'text/plain');
    INSERT INTO documents (id, series_id, version, title, kind, language, date, source_sha256, source_name, imported_at)
    VALUES ('d1', 'd1', 1, 'Live', 'declaration', 'en', '2024-05-01', 'h1', 'a.txt', '2024-01-01T00:00:00Z'),
           ('d2', 'd2', 1, 'Gone', 'other', 'fr', NULL, 'h2', 'b.txt', '2024-02-01T00:00:00Z');
    UPDATE documents SET deleted_at = '2024-03-01' WHERE id = 'd2';
    INSERT INTO sections VALUES ('d1', 0, NULL), ('d1', 1, 'Energy'), ('d2', 0, NULL);
    INSERT INTO paragraphs (document_id, n, id, section_ord, text) VALUES
      ('d1', 1, 'p1', 0, 'The pipeline crosses the border.'),
      ('d1', 2, 'p2', 1, 'Défense of the grid and the pipeline.'),
      ('d2', 1, 'q1', 0, 'Un gazoduc dans un document supprimé.');
    INSERT INTO annotations (id, series_id, document_id, scope, exact, prefix, suffix, start_offset, end_offset,
      color, comment_text, created_at, updated_at)
    VALUES ('a1', 'd1', 'd1', 'text', 'pipeline', '', '', 4, 12, 'yellow', 'Ask about réseau capacity',
      '2024-06-01T00:00:00Z', '2024-06-01T00:00:00Z');
    INSERT INTO annotation_tags VALUES ('a1', 0, 'Énergie');
    INSERT INTO notes (id, title, language, fields_json, content_json, plain_text, created_at, updated_at)
    VALUES ('n1', 'Grid brief', 'en', '{}', '{}', 'The grid and its pipeline', '2024-07-01', '2024-07-01');`);
  // Migration 004's index has the live paragraphs (its triggers); the annotation and the note
  // were written here with plain SQL, past their write paths, so only 011's rebuild sees them.
  expect(db.prepare(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'pipeline'`).get()).toEqual({
    n: 2,
  });
  db.close();
}

describe('migration 011 (search index without a second copy of the text)', () => {
  it('rebuilds the index: same hits, no content table, every paragraph with a search rowid', () => {
    seedSchema6(temp.dir);
    const { db } = openStore(temp.dir);
    try {
      expect(found(db, 'pipeline')).toEqual(['annotation:a1', 'd1/1', 'd1/2', 'note:n1']);
      expect(found(db, 'defense')).toEqual(['d1/2']);
      expect(found(db, 'reseau tag:energie')).toEqual(['annotation:a1']);
      expect(found(db, 'gazoduc')).toEqual([]);
      expect(countIndexed(db)).toEqual({ paragraph: 2, annotation: 1, note: 1 });
      const tables = (
        db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'search_index%'`).all() as Array<{ name: string }>
      ).map((t) => t.name);
      expect(tables).not.toContain('search_index_content');
      expect(db.prepare('SELECT count(*) AS n FROM paragraphs WHERE search_rowid IS NULL').get()).toEqual({ n: 0 });
      assertIndexMatchesStore(db);
    } finally {
      db.close();
    }
  });

  it('stays exactly in step through deletes, restores, language changes, restructures and purges', () => {
    seedSchema6(temp.dir);
    const { db } = openStore(temp.dir);
    try {
      setDocumentDeleted(db, 'd2', null);
      expect(found(db, 'gazoduc')).toEqual(['d2/1']);
      assertIndexMatchesStore(db);

      updateMetadata(db, 'd1', {
        title: 'Live',
        kind: 'declaration',
        language: 'fr',
        date: '2024-05-01',
        place: null,
        issuer: null,
      });
      expect(found(db, 'pipeline lang:fr')).toEqual(['annotation:a1', 'd1/1', 'd1/2']);
      expect(found(db, 'pipeline lang:en')).toEqual(['note:n1']);
      assertIndexMatchesStore(db);

      inTransaction(db, () =>
        replaceStructure(db, 'd1', numberSections([{ heading: null, paragraphs: ['A new text on the pipeline.'] }])),
      );
      syncAnnotationIndex(db, 'a1');
      expect(found(db, 'pipeline')).toEqual(['annotation:a1', 'd1/1', 'note:n1']);
      assertIndexMatchesStore(db);

      setDocumentDeleted(db, 'd1', '2024-08-01');
      expect(found(db, 'pipeline')).toEqual(['note:n1']);
      assertIndexMatchesStore(db);
      setDocumentDeleted(db, 'd1', null);
      assertIndexMatchesStore(db);

      insertNote(db, {
        id: 'n2',
        title: 'Second',
        language: 'en',
        status: 'draft',
        classification: 'unclassified',
        fields: {} as never,
        content: { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [] } } as never,
      });
      deleteNote(db, 'n1');
      expect(found(db, 'pipeline')).toEqual(['annotation:a1', 'd1/1']);
      indexAnnotation(db, {
        id: 'a1',
        documentId: 'd1',
        paragraph: 1,
        quote: 'pipeline',
        comment: 'changed',
        tags: [],
        date: null,
      });
      assertIndexMatchesStore(db);

      // A document removed for good takes its paragraphs and annotations with it.
      db.prepare('DELETE FROM documents WHERE id = ?').run('d1');
      expect(found(db, 'pipeline')).toEqual([]);
      expect(countIndexed(db)).toEqual({ paragraph: 1, annotation: 0, note: 1 });
      assertIndexMatchesStore(db);
    } finally {
      db.close();
    }
  });
});
