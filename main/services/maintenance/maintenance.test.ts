/**
 * The maintenance worker on real stores: a backup made in the background while the library is
 * written to, and the full integrity check finding a healthy store healthy and a damaged one
 * damaged, each on its own connection in its own thread.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { verifyStoreFile } from '../backup/backups.ts';
import { closeStore, openStore, STORE_FILE_NAME, type OpenedStore } from '../store/database.ts';
import { setSetting } from '../store/settings.store.ts';
import { backupInBackground, scheduleFullCheck, stopMaintenanceWorker } from './maintenance.ts';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
beforeEach(() => {
  temp = makeTempDir();
  store = openStore(temp.dir);
  store.db.exec(`CREATE TABLE filler (x);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
    INSERT INTO filler SELECT randomblob(3000) FROM n;`);
});
afterEach(() => {
  closeStore(store);
  temp.cleanup();
});
afterAll(() => stopMaintenanceWorker());

function fullCheck(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    scheduleFullCheck(path, { onDamaged: resolve, onError: reject }, { delayMs: 0, everyMs: 0 });
    // A healthy store resolves through the record it leaves.
    const poll = setInterval(() => {
      if (existsSync(`${path}.checked`)) {
        clearInterval(poll);
        resolve([]);
      }
    }, 50);
  });
}

describe('the maintenance worker', () => {
  it('backs up the library while it is being written to, and checks the copy', async () => {
    const pending = backupInBackground(temp.dir, 'manual');
    for (let i = 0; i < 50; i++) setSetting(store.db, `during.${i}`, '"x"');
    const info = await pending;
    expect(info.kind).toBe('manual');
    expect(verifyStoreFile(info.path).schemaVersion).toBeGreaterThan(0);
  });

  it('finds a healthy store healthy and records when', async () => {
    expect(await fullCheck(store.path)).toEqual([]);
    expect(Date.parse(readFileSync(`${store.path}.checked`, 'utf8'))).toBeGreaterThan(0);
  });

  it('finds a damaged store damaged', async () => {
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    closeStore(store);
    const path = join(temp.dir, STORE_FILE_NAME);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 20, 4096 * 24);
    writeFileSync(path, bytes);
    const problems = await fullCheck(path);
    expect(problems.length).toBeGreaterThan(0);
    expect(existsSync(`${path}.checked`)).toBe(false);
    store = openStore(join(temp.dir, 'other'));
  });
});
