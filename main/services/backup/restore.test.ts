/**
 * Restore while the library is in use (issue 14, "restore"): an app-made before-upgrade backup
 * (an older schema) is restored under the open connection, which then works on the current
 * schema (search, packs) without reopening; and when the copy of the library being replaced
 * cannot be made, nothing is restored and the store file is never swapped under the connection.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOldStore, OLD_STORE_WORDS } from '../../../test/support/old-store.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { createApiContext } from '../api/context.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { latestSchemaVersion, openStore, STORE_FILE_NAME, type OpenedStore } from '../store/database.ts';
import { setSetting } from '../store/settings.store.ts';
import { BackupError, createBackup, listBackups, newBackupPath, restoreBackup } from './backups.ts';

let temp: ReturnType<typeof makeTempDir>;
let store: OpenedStore;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => {
  if (store?.db.isOpen) store.db.close();
  temp.cleanup();
});

async function call(channel: string, input: unknown) {
  const context = createApiContext({ db: store.db, storePath: store.path, mode: 'browser', version: 'test' });
  const result = await dispatch(apiHandlers, context, channel, input, () => {});
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

describe('restoring an older-schema backup in a running session', () => {
  it('migrates the restored library through the normal open path: search and packs work at once', async () => {
    writeOldStore(temp.dir, 3); // before search (4) and packs (5)
    store = openStore(temp.dir); // upgrading keeps a before-upgrade copy, as the app does
    const upgrade = listBackups(temp.dir).find((b) => b.kind === 'before-upgrade');
    expect(upgrade?.name).toMatch(/before-upgrade-from-v3\.sqlite$/);
    await call('packs:create', { title: 'Made after the upgrade' });

    const restored = await call('library:restore', { name: upgrade!.name });
    expect(restored).toMatchObject({ restored: upgrade!.name });
    // The same connection, never reopened: on the current schema, with the restored data.
    expect(store.db.prepare('PRAGMA user_version').get()).toEqual({ user_version: latestSchemaVersion() });
    const search = (await call('search:query', { query: OLD_STORE_WORDS })) as { hits: Array<{ ownerId: string }> };
    expect(search.hits.map((h) => h.ownerId)).toEqual(['pold1']);
    expect(await call('packs:list', {})).toEqual([]);
    const pack = await call('packs:create', { title: 'After the restore' });
    await call('packs:addItem', { packId: pack.id, spec: { kind: 'excerpt', documentId: 'old1', paragraphs: [1] } });
    expect(store.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  });
});

describe('a restore whose copy of the library cannot be made', () => {
  it('refuses, restores nothing and never swaps the file under the open connection', async () => {
    store = openStore(temp.dir);
    setSetting(store.db, 'kept', '"before"');
    const backup = await createBackup(store.db, temp.dir, 'manual');
    setSetting(store.db, 'kept', '"after"');
    const inode = statSync(join(temp.dir, STORE_FILE_NAME)).ino;
    // Where the copy of the library would be written, something that cannot be replaced.
    const now = Date.now();
    for (let s = 0; s < 30; s++) {
      mkdirSync(`${newBackupPath(temp.dir, 'before-restore', new Date(now + s * 1000))}.partial`);
    }

    await expect(restoreBackup(temp.dir, backup.path)).rejects.toThrow(BackupError);
    await expect(restoreBackup(temp.dir, backup.path)).rejects.toThrow(/nothing was restored/);
    expect(statSync(join(temp.dir, STORE_FILE_NAME)).ino).toBe(inode);
    expect(store.db.prepare(`SELECT value FROM settings WHERE key = 'kept'`).get()).toEqual({ value: '"after"' });
    setSetting(store.db, 'still', '"writable"');
    expect(listBackups(temp.dir).map((b) => b.kind)).toEqual(['manual']);
  });
});
