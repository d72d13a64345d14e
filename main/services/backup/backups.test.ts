import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { populateEveryKind } from '../../../test/support/library-data.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { snapshotLibrary } from '../library/archive.ts';
import { openLibrary } from '../library/open-library.ts';
import { openStore, STORE_FILE_NAME, type OpenedStore } from '../store/database.ts';
import { setSetting } from '../store/settings.store.ts';
import {
  AUTO_BACKUPS_KEPT,
  autoBackupIfDue,
  backupsDir,
  BackupError,
  createBackup,
  listBackups,
  restoreBackup,
  verifyStoreFile,
} from './backups.ts';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
beforeEach(async () => {
  temp = makeTempDir();
  store = await openLibrary(temp.dir);
  await populateEveryKind(store.db);
});
afterEach(() => {
  if (store.db.isOpen) store.db.close();
  temp.cleanup();
});

function snapshotOf(path: string) {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return snapshotLibrary(db);
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('copies the library in use into one self-contained, checked file', async () => {
    const info = await createBackup(store.db, temp.dir, 'manual');
    expect(info.kind).toBe('manual');
    expect(readdirSync(backupsDir(temp.dir))).toEqual([info.name]); // no -wal, -shm or .partial left
    expect(verifyStoreFile(info.path).documents).toBeGreaterThan(0);
    expect(snapshotOf(info.path)).toEqual(snapshotLibrary(store.db));
  });

  it('keeps the newest automatic backups and never deletes the others', async () => {
    await createBackup(store.db, temp.dir, 'manual');
    for (let i = 0; i < AUTO_BACKUPS_KEPT + 3; i++) await createBackup(store.db, temp.dir, 'auto');
    const backups = listBackups(temp.dir);
    expect(backups.filter((b) => b.kind === 'auto')).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
  });

  it('backs up automatically only when the last automatic backup is old enough', async () => {
    const now = Date.now();
    expect(await autoBackupIfDue(store.db, temp.dir, 60_000, now)).toBeDefined();
    expect(await autoBackupIfDue(store.db, temp.dir, 60_000, now + 1000)).toBeUndefined();
    expect(await autoBackupIfDue(store.db, temp.dir, 60_000, now + 3_600_000)).toBeDefined();
  });

  it('restores into the library in use, which sees it at once, keeping what it replaced', async () => {
    const backup = await createBackup(store.db, temp.dir, 'manual');
    const atBackup = snapshotLibrary(store.db);
    setSetting(store.db, 'after.backup', '"written later"');
    const beforeRestore = snapshotLibrary(store.db);

    const result = await restoreBackup(temp.dir, backup.path);
    expect(result.method).toBe('in-place');
    // The connection that was open all along reads the restored library, and can write to it.
    expect(snapshotLibrary(store.db)).toEqual(atBackup);
    setSetting(store.db, 'after.restore', '"ok"');
    expect(snapshotOf(result.replacedCopy as string)).toEqual(beforeRestore);
    expect(store.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(store.db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
  });

  it('restores over a damaged library, keeping the damaged file byte for byte', async () => {
    const backup = await createBackup(store.db, temp.dir, 'manual');
    const expected = snapshotLibrary(store.db);
    store.db.close();
    const path = join(temp.dir, STORE_FILE_NAME);
    const garbage = Buffer.from('this library file was overwritten by something else '.repeat(500));
    writeFileSync(path, garbage);
    const result = await restoreBackup(temp.dir, backup.path);
    expect(result.method).toBe('file');
    expect(readFileSync(result.replacedCopy as string).equals(garbage)).toBe(true);
    store = openStore(temp.dir);
    expect(snapshotLibrary(store.db)).toEqual(expected);
  });

  it('refuses a damaged, foreign or newer backup and changes nothing', async () => {
    const before = snapshotLibrary(store.db);
    const bad = join(temp.dir, 'bad.sqlite');
    const foreign = join(temp.dir, 'foreign.sqlite');
    const newer = join(temp.dir, 'newer.sqlite');
    writeFileSync(bad, 'SQLite format 3\0'.padEnd(4096, 'x'));
    const other = new DatabaseSync(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const backup = await createBackup(store.db, temp.dir, 'manual');
    const future = new DatabaseSync(backup.path);
    future.exec('PRAGMA user_version = 999');
    future.close();
    writeFileSync(newer, readFileSync(backup.path));
    for (const file of [bad, foreign, newer, join(temp.dir, 'missing.sqlite')]) {
      await expect(restoreBackup(temp.dir, file), file).rejects.toThrow(BackupError);
    }
    expect(snapshotLibrary(store.db)).toEqual(before);
    expect(listBackups(temp.dir).some((b) => b.kind === 'before-restore')).toBe(false);
    expect(existsSync(join(temp.dir, `${STORE_FILE_NAME}.restoring`))).toBe(false);
  });
});
