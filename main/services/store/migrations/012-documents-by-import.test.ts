import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import { MIGRATIONS } from './index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const plan = (db: ReturnType<typeof openStore>['db']) =>
  (
    db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT d.id FROM documents d WHERE d.deleted_at IS NULL
         ORDER BY d.imported_at DESC, d.rowid DESC`,
      )
      .all() as Array<{ detail: string }>
  )
    .map((row) => row.detail)
    .join('\n');

describe('migration 012 (documents by import time)', () => {
  it('gives the default view its order from an index, where it sorted every document before', () => {
    const before = openStore(
      temp.dir,
      MIGRATIONS.filter((m) => m.version < 12),
    ).db;
    expect(plan(before)).toMatch(/TEMP B-TREE FOR ORDER BY/);
    before.close();
    const { db } = openStore(temp.dir);
    expect(plan(db)).toMatch(/documents_by_imported_at/);
    expect(plan(db)).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});
