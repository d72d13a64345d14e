/**
 * Migration 008 on a store written before citations by identity (schema 6): pack excerpt items
 * by number become ids through the stored paragraphs, notes' excerpt nodes (now and in their
 * history) get the document's version and the labels their paragraphs have, and lose the
 * positions they carried; note_excerpts get the version; a series linked by file name or title
 * alone is marked `legacy`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import { listPackItems } from '../packs.store.ts';
import { MIGRATIONS } from './index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const excerptNode = (n: number, id: string) => ({
  type: 'excerpt',
  version: 1,
  documentId: 'd1',
  documentTitle: 'Joint statement',
  documentDate: null,
  paragraphs: [{ id, n }],
  text: `Text ${n}.`,
  origin: 'paragraph',
});

function contentJson(...children: unknown[]): string {
  return JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } });
}

describe('migration 008 (citations by identity)', () => {
  it('turns numbers into ids and records versions, keeping every reference', () => {
    const old = openStore(
      temp.dir,
      MIGRATIONS.filter((m) => m.version <= 6),
    ).db;
    old.exec(`
      INSERT INTO originals VALUES ('s1', x'00', 1, 'text/plain'), ('s2', x'01', 1, 'text/plain');
      INSERT INTO documents (id, series_id, version, previous_id, title, kind, language, source_sha256, source_name, imported_at)
        VALUES ('d1', 'd1', 1, NULL, 'Joint statement', 'declaration', 'en', 's1', 'a.txt', 't'),
               ('d2', 'd1', 2, 'd1', 'Joint statement', 'declaration', 'en', 's2', 'a.txt', 't');
      INSERT INTO sections VALUES ('d1', 0, NULL), ('d2', 0, NULL);
      INSERT INTO paragraphs (document_id, n, id, section_ord, text, label) VALUES
        ('d1', 1, 'pa', 0, 'Text 1.', NULL), ('d1', 2, 'pb', 0, 'Text 2.', '4(a)'), ('d1', 3, 'pc', 0, 'Text 3.', NULL),
        ('d2', 1, 'pa', 0, 'Text 1.', NULL);
      INSERT INTO packs (id, title, date, language, classification, page_size, created_at, updated_at)
        VALUES ('k1', 'Pack', '2024-01-01', 'en', 'unclassified', 'a4', 't', 't');
      INSERT INTO pack_items (id, pack_id, position, kind, spec) VALUES
        ('i1', 'k1', 0, 'excerpt', '{"kind":"excerpt","documentId":"d1","paragraphs":[3,2],"heading":"H"}'),
        ('i2', 'k1', 1, 'excerpt', '{"kind":"excerpt","documentId":"d1","paragraphs":[9]}'),
        ('i3', 'k1', 2, 'note', '{"kind":"note","noteId":"n1"}');
    `);
    const content = contentJson(excerptNode(2, 'pb'), { type: 'paragraph', version: 1, children: [] });
    old
      .prepare(
        `INSERT INTO notes (id, title, language, fields_json, content_json, plain_text, created_at, updated_at)
         VALUES ('n1', 'Note', 'en', '{}', ?, '', 't', 't')`,
      )
      .run(content);
    old
      .prepare(
        `INSERT INTO note_versions (note_id, created_at, reason, title, classification, status, fields_json, content_json, word_count)
         VALUES ('n1', 't', 'manual', 'Note', 'unclassified', 'draft', '{}', ?, 0)`,
      )
      .run(contentJson(excerptNode(3, 'pc')));
    old.exec(`INSERT INTO note_excerpts VALUES ('n1', 0, 'd1', '["pb"]', '[2]', 'Text 2.')`);
    old.close();

    const { db } = openStore(temp.dir);
    expect(listPackItems(db, 'k1').map((i) => i.spec)).toEqual([
      { kind: 'excerpt', documentId: 'd1', version: 1, paragraphIds: ['pc', 'pb'], heading: 'H' },
      // A number the document never had cannot become a real id: the item will ask for review.
      { kind: 'excerpt', documentId: 'd1', version: 1, paragraphIds: ['unknown-paragraph-9'] },
      { kind: 'note', noteId: 'n1' },
    ]);
    const note = JSON.parse(
      (db.prepare(`SELECT content_json AS c FROM notes WHERE id = 'n1'`).get() as { c: string }).c,
    ) as { root: { children: Array<Record<string, unknown>> } };
    expect(note.root.children[0]).toEqual({
      ...excerptNode(2, 'pb'),
      documentVersion: 1,
      paragraphs: [{ id: 'pb', label: '4(a)' }],
    });
    expect(note.root.children[0]?.version).toBe(1); // the Lexical node's own version is untouched
    const history = JSON.parse(
      (db.prepare(`SELECT content_json AS c FROM note_versions`).get() as { c: string }).c,
    ) as { root: { children: Array<Record<string, unknown>> } };
    expect(history.root.children[0]?.paragraphs).toEqual([{ id: 'pc', label: '3' }]);
    expect(db.prepare('SELECT document_id, version, paragraph_ids FROM note_excerpts').all()).toEqual([
      { document_id: 'd1', version: 1, paragraph_ids: '["pb"]' },
    ]);
    expect(db.prepare('SELECT id, version_basis AS basis FROM documents ORDER BY id').all()).toEqual([
      { id: 'd1', basis: null },
      { id: 'd2', basis: 'legacy' },
    ]);
    expect(db.prepare(`SELECT count(*) AS n FROM paragraph_history`).get()).toEqual({ n: 0 });
    db.close();
  });
});
