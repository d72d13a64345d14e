/**
 * Migration 004 on a store made before it (schema 3): paragraphs of live documents, live
 * annotations (with their document, ¶ and tags) and live notes are all in the index after the
 * upgrade; deleted ones are not. The rows are written as migrations 001-003 define them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../shared/search/query.ts';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore, type Database } from '../database.ts';
import { countIndexed, searchIndex, type SearchFilters } from '../search.store.ts';
import { migration001 } from './001-documents.ts';
import { migration002 } from './002-annotations.ts';
import { migration003 } from './003-notes.ts';
import { MIGRATIONS } from './index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function search(db: Database, query: string, filters: SearchFilters = {}) {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error('empty query');
  return searchIndex(db, parsed.match, filters, { limit: 50, offset: 0 }).rows.map((r) => ({
    kind: r.kind,
    ownerId: r.ownerId,
    documentId: r.documentId,
    paragraph: r.paragraph,
  }));
}

describe('migration 004: search', () => {
  it('indexes what a version-3 store already holds: paragraphs, annotations and notes', () => {
    const v3 = openStore(temp.dir, [migration001, migration002, migration003]);
    const paragraphs = ['Opening words.', 'The pipeline question.', 'Closing on the pipeline.'] as const;
    v3.db.exec(`INSERT INTO originals VALUES ('h1', x'00', 1, 'text/plain'), ('h2', x'01', 1, 'text/plain');
      INSERT INTO documents (id, series_id, version, title, kind, language, source_sha256, source_name, imported_at)
      VALUES ('d1', 'd1', 1, 'Live', 'other', 'en', 'h1', 'a.txt', '2024-01-01'),
             ('d2', 'd2', 1, 'Gone', 'other', 'fr', 'h2', 'b.txt', '2024-01-01');
      UPDATE documents SET deleted_at = '2024-02-01' WHERE id = 'd2';
      INSERT INTO sections VALUES ('d1', 0, NULL), ('d2', 0, NULL);
      INSERT INTO paragraphs VALUES ('d1', 1, 'p1', 0, '${paragraphs[0]}'), ('d1', 2, 'p2', 0, '${paragraphs[1]}'),
        ('d1', 3, 'p3', 0, '${paragraphs[2]}'), ('d2', 1, 'q1', 0, 'A pipeline in a deleted document.');`);
    // "pipeline" in ¶ 3: canonical offset after ¶ 1, ¶ 2 and their separators.
    const start = paragraphs[0].length + 2 + paragraphs[1].length + 2 + 'Closing on the '.length;
    const insert = v3.db.prepare(`INSERT INTO annotations (id, series_id, document_id, scope, exact, prefix, suffix,
      start_offset, end_offset, color, comment_text, created_at, updated_at, deleted_at)
      VALUES (?, ?, 'd1', 'text', 'pipeline', '', '', ?, ?, 'yellow', ?, '2024-03-01T10:00:00Z', '2024-03-01T10:00:00Z', ?)`);
    insert.run('a1', 'd1', start, start + 8, 'Ask about the gazoduc réseau', null);
    insert.run('a2', 'd1', start, start + 8, 'a deleted réseau remark', '2024-03-02');
    v3.db.exec(`INSERT INTO annotation_tags VALUES ('a1', 0, 'Énergie');
      INSERT INTO notes (id, title, language, fields_json, content_json, plain_text, created_at, updated_at, deleted_at)
      VALUES ('n1', 'Réseau brief', 'fr', '{}', '{}', 'Notes on the network', '2024-04-01', '2024-04-01', NULL),
             ('n2', 'Old réseau brief', 'fr', '{}', '{}', 'Deleted', '2024-04-01', '2024-04-01', '2024-04-02');`);
    v3.db.close();

    const { db } = openStore(temp.dir, MIGRATIONS);
    try {
      expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.at(-1)?.version });
      expect(countIndexed(db)).toEqual({ paragraph: 3, annotation: 1, note: 1 });
      expect(search(db, 'pipeline')).toEqual(
        expect.arrayContaining([
          { kind: 'paragraph', ownerId: 'p2', documentId: 'd1', paragraph: 2 },
          { kind: 'paragraph', ownerId: 'p3', documentId: 'd1', paragraph: 3 },
          { kind: 'annotation', ownerId: 'a1', documentId: 'd1', paragraph: 3 },
        ]),
      );
      expect(search(db, 'pipeline')).toHaveLength(3); // not the deleted document's paragraph
      expect(search(db, 'reseau')).toEqual(
        expect.arrayContaining([
          { kind: 'note', ownerId: 'n1', documentId: null, paragraph: null },
          { kind: 'annotation', ownerId: 'a1', documentId: 'd1', paragraph: 3 },
        ]),
      );
      expect(search(db, 'reseau')).toHaveLength(2);
      expect(search(db, 'gazoduc', { tags: ['energie'] }).map((r) => r.ownerId)).toEqual(['a1']);

      // Restoring the deleted document brings its paragraph back (trigger), purging a note removes it.
      db.exec(`UPDATE documents SET deleted_at = NULL WHERE id = 'd2'`);
      expect(search(db, 'pipeline')).toHaveLength(4);
      db.exec(`DELETE FROM notes WHERE id = 'n1'`);
      expect(countIndexed(db).note).toBe(0);
    } finally {
      db.close();
    }
  });
});
