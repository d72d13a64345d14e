import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { latestSchemaVersion, openStore, STORE_FILE_NAME, StoreOpenError } from './database.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('openStore', () => {
  it('creates a WAL store with foreign keys and every migration applied', () => {
    const store = openStore(temp.dir);
    expect(store.created).toBe(true);
    expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(store.db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
    expect(store.db.prepare('PRAGMA user_version').get()).toEqual({ user_version: latestSchemaVersion() });
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['documents', 'originals', 'paragraphs', 'sections', 'settings']),
    );
    store.db.close();
    const again = openStore(temp.dir);
    expect(again.created).toBe(false);
    again.db.close();
  });

  it('numbers migrations in increasing order, each number once', () => {
    // Numbers are reserved per feature branch (common brief), so a branch may leave a gap
    // until the branches before it are merged; order and uniqueness are what applying needs.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('refuses a store from a newer version and leaves its file untouched', () => {
    const path = join(temp.dir, STORE_FILE_NAME);
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE future (x); PRAGMA user_version = 999');
    db.close();
    const before = readFileSync(path);
    expect(() => openStore(temp.dir)).toThrow(StoreOpenError);
    expect(() => openStore(temp.dir)).toThrow(/newer version of Précis/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database, without overwriting it', () => {
    const path = join(temp.dir, STORE_FILE_NAME);
    writeFileSync(path, 'this is not sqlite'.repeat(200));
    expect(() => openStore(temp.dir)).toThrow(/cannot be read/);
    expect(readFileSync(path, 'utf8')).toBe('this is not sqlite'.repeat(200));
  });

  it('rolls back every pending migration when one fails', () => {
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: latestSchemaVersion() + 1, name: 'ok', sql: 'CREATE TABLE extra_ok (x)' },
      { version: latestSchemaVersion() + 2, name: 'broken', sql: 'CREATE TABLE broken (' },
    ];
    expect(() => openStore(temp.dir, broken)).toThrow();
    const db = new DatabaseSync(join(temp.dir, STORE_FILE_NAME));
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 0 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra_ok'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 1 enforces document kinds and cascades structure on delete', () => {
    const { db } = openStore(temp.dir);
    db.exec(`INSERT INTO originals VALUES ('abc', x'00', 1, 'text/plain')`);
    expect(() =>
      db.exec(
        `INSERT INTO documents (id, series_id, version, title, kind, language, source_sha256, source_name, imported_at)
         VALUES ('d1', 'd1', 1, 't', 'poem', 'en', 'abc', 'f', 'now')`,
      ),
    ).toThrow(/CHECK/);
    db.exec(
      `INSERT INTO documents (id, series_id, version, title, kind, language, source_sha256, source_name, imported_at)
       VALUES ('d1', 'd1', 1, 't', 'other', 'en', 'abc', 'f', 'now');
       INSERT INTO sections VALUES ('d1', 0, NULL);
       INSERT INTO paragraphs (document_id, n, id, section_ord, text) VALUES ('d1', 1, 'p1', 0, 'text');
       DELETE FROM documents WHERE id = 'd1';`,
    );
    expect(db.prepare('SELECT count(*) AS n FROM paragraphs').get()).toEqual({ n: 0 });
    db.close();
  });
});
