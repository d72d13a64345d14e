import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import { migration001 } from './001-documents.ts';
import { migration002 } from './002-annotations.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 002: annotations', () => {
  it('upgrades a version-1 store, keeping its documents, and adds the annotation tables', () => {
    const v1 = openStore(temp.dir, [migration001]);
    v1.db.exec(`INSERT INTO originals VALUES ('h', x'00', 1, 'text/plain');
      INSERT INTO documents (id, series_id, version, title, kind, language, source_sha256, source_name, imported_at)
      VALUES ('d1', 'd1', 1, 'T', 'other', 'en', 'h', 'f.txt', '2024-01-01')`);
    v1.db.close();

    const store = openStore(temp.dir, [migration001, migration002]);
    const { db } = store;
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 2 });
    expect(db.prepare('SELECT id, deleted_at FROM documents').all()).toEqual([{ id: 'd1', deleted_at: null }]);
    expect(db.prepare('SELECT key, label FROM highlight_colors ORDER BY ord').all()).toHaveLength(5);

    db.exec(`INSERT INTO annotations (id, series_id, document_id, scope, exact, prefix, suffix, start_offset, end_offset,
      color, created_at, updated_at) VALUES ('a1', 'd1', 'd1', 'text', 'x', '', '', 0, 1, 'yellow', 't', 't')`);
    // an empty range, an unknown scope and an orphan with a position are refused
    expect(() =>
      db.exec(`INSERT INTO annotations (id, series_id, document_id, scope, exact, prefix, suffix, start_offset,
        end_offset, color, created_at, updated_at) VALUES ('a2', 'd1', 'd1', 'text', 'x', '', '', 3, 3, 'y', 't', 't')`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.exec(`INSERT INTO annotations (id, series_id, document_id, scope, exact, prefix, suffix, start_offset,
        end_offset, color, created_at, updated_at) VALUES ('a3', 'd1', 'd1', 'word', 'x', '', '', 0, 1, 'y', 't', 't')`),
    ).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO annotation_anchors VALUES ('a1', 'd1', 'orphaned', 0, 1)`)).toThrow(/CHECK/);
    db.exec(
      `INSERT INTO annotation_tags VALUES ('a1', 0, 'risk'); INSERT INTO annotation_anchors VALUES ('a1', 'd1', 'exact', 0, 1)`,
    );
    // deleting the document takes its annotations, tags and anchors with it
    db.exec(`DELETE FROM documents WHERE id = 'd1'`);
    for (const table of ['annotations', 'annotation_tags', 'annotation_anchors']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });
});
