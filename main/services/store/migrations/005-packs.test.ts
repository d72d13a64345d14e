import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 005 (packs)', () => {
  it('creates packs and ordered items that go with their pack and hold valid JSON only', () => {
    const { db } = openStore(temp.dir);
    db.prepare(
      `INSERT INTO packs (id, title, date, language, classification, page_size, created_at, updated_at)
       VALUES ('k1', 'T', '2024-01-01', 'en', 'unclassified', 'a4', 'now', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO pack_items (id, pack_id, position, kind, spec) VALUES ('i1', 'k1', 0, 'note', '{"kind":"note","noteId":"n"}')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO pack_items (id, pack_id, position, kind, spec) VALUES ('i2', 'k1', 1, 'note', 'not json')`,
        )
        .run(),
    ).toThrow();
    expect(() =>
      db
        .prepare(
          `INSERT INTO packs (id, title, date, language, classification, page_size, created_at, updated_at)
           VALUES ('k2', 'T', '2024-01-01', 'en', 'top-secret-ish', 'a4', 'now', 'now')`,
        )
        .run(),
    ).toThrow();
    db.prepare(`DELETE FROM packs WHERE id = 'k1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM pack_items').get()).toEqual({ n: 0 });
    db.close();
  });
});
