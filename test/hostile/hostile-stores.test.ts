/**
 * Store files are adopted only when they are Précis stores (issue 19, finding 6): another
 * program's SQLite database once got Précis's migrations run into it and was switched to WAL
 * before the open failed. Every file in stores.ts is refused for its own reason, read-write
 * and read-only, and its folder is byte for byte as it was: no migration, no journal-mode
 * change, no -wal or -shm left beside it. An empty file (a first open that never wrote) is
 * adopted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { restoreBackup } from '../../main/services/backup/backups.ts';
import { openStore, openStoreReadOnly, STORE_FILE_NAME, StoreOpenError } from '../../main/services/store/database.ts';
import { MIGRATIONS } from '../../main/services/store/migrations/index.ts';
import { makeTempDir } from '../support/temp.ts';
import { hostileStores, type HostileStore } from './stores.ts';

const root = join(import.meta.dirname, '..', '..');
let temp: ReturnType<typeof makeTempDir>;
let cases: HostileStore[];

/** Every file in the folder with its bytes. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

function refusal(open: () => unknown): StoreOpenError | string {
  try {
    open();
    return 'opened';
  } catch (error) {
    return error instanceof StoreOpenError ? error : String(error);
  }
}

beforeAll(() => {
  temp = makeTempDir('precis-hostile-stores-');
  const genuine = openStore(join(temp.dir, 'genuine'));
  genuine.db.exec("INSERT INTO settings VALUES ('language', 'fr')");
  genuine.db.close();
  cases = hostileStores(join(temp.dir, 'genuine', STORE_FILE_NAME));
});
afterAll(() => temp?.cleanup());

describe('hostile store files', () => {
  it('refuses each for its own reason and leaves its folder byte for byte as it was', () => {
    const problems: string[] = [];
    for (const [i, hostile] of cases.entries()) {
      const dir = join(temp.dir, `case-${i}`);
      mkdirSync(dir);
      hostile.make(dir);
      const before = folderState(dir);
      for (const [how, open] of [
        ['read-write', () => openStore(dir)],
        ['read-only', () => openStoreReadOnly(dir)],
      ] as const) {
        const result = refusal(open);
        // Read-only, a newer store is readable (that is what --read-only is for), and so is a
        // damaged one whose schema still reads (the app offers to open it read-only).
        const readable =
          hostile.refusal === 'newer-version' ||
          hostile.kind === 'a Précis store with damaged pages' ||
          hostile.readOnlyOpens === true;
        const expected = how === 'read-only' && readable ? undefined : hostile.refusal;
        if (expected === undefined) {
          if (typeof result !== 'string') problems.push(`${hostile.kind} (${how}): refused (${result.message})`);
          else if (result !== 'opened') problems.push(`${hostile.kind} (${how}): ${result}`);
          continue;
        }
        if (typeof result === 'string') problems.push(`${hostile.kind} (${how}): ${result}`);
        else if (result.code !== expected) problems.push(`${hostile.kind} (${how}): ${result.code}, not ${expected}`);
        else if (result.message.includes('\n') || result.message.length > 400)
          problems.push(`${hostile.kind}: unclear message ${result.message}`);
      }
      if (JSON.stringify(folderState(dir)) !== JSON.stringify(before))
        problems.push(`${hostile.kind}: its folder changed`);
    }
    expect(problems).toEqual([]);
    expect(cases.filter((c) => c.refusal === 'foreign').length).toBeGreaterThanOrEqual(5);
  });

  it('adopts an empty file, as a first open that never wrote leaves it', async () => {
    const dir = join(temp.dir, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, STORE_FILE_NAME), '');
    const store = await openLibrary(dir);
    try {
      expect(store.created).toBe(true);
      // And seeds it: an empty file is a library that was never created.
      expect((store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      store.db.close();
    }
  });

  it('adopts Précis’s own stores: made new, and brought up from each older schema', () => {
    // The check compares triggers and views with the migrations' own: a store upgraded step
    // by step must pass it as one made at the latest schema does.
    for (let version = 1; version <= MIGRATIONS.length; version++) {
      const dir = join(temp.dir, `own-${version}`);
      openStore(dir, MIGRATIONS.slice(0, version)).db.close();
      writeFileSync(join(dir, 'precis.sqlite.closed'), ''); // as if changed since: checked again
      const store = openStore(dir);
      store.db.close();
      const readOnly = openStoreReadOnly(dir);
      readOnly.db.close();
    }
  });

  it('restores no backup whose triggers or views are not Précis’s own, and changes nothing', async () => {
    const library = join(temp.dir, 'restore-target');
    const store = openStore(library);
    store.db.exec("INSERT INTO settings VALUES ('language', 'en')");
    store.db.close();
    const storeBytes = () => readFileSync(join(library, STORE_FILE_NAME)).toString('base64');
    const before = storeBytes();
    const altered = cases.filter((c) => c.kind.startsWith('a Précis store with a trigger'))[0] as HostileStore;
    const source = join(temp.dir, 'altered-backup');
    mkdirSync(source);
    altered.make(source);
    const backup = join(temp.dir, 'altered.sqlite');
    writeFileSync(backup, readFileSync(join(source, STORE_FILE_NAME)));
    await expect(restoreBackup(library, backup)).rejects.toThrow(
      /altered by another program \(trigger notes_keep_clean/,
    );
    expect(storeBytes()).toEqual(before);

    // The way out for a library found altered: restoring a good backup over it, which keeps
    // the altered file aside as it is.
    const good = join(temp.dir, 'good.sqlite');
    writeFileSync(good, readFileSync(join(library, STORE_FILE_NAME)));
    writeFileSync(join(library, STORE_FILE_NAME), readFileSync(backup));
    const restored = await restoreBackup(library, good);
    expect(restored.replacedCopy).toBeDefined();
    expect(refusal(() => openStore(library).db.close())).toBe('opened');
  });

  it('says so in one line from the CLI, naming what to do', () => {
    const dir = join(temp.dir, 'cli');
    mkdirSync(dir);
    (cases[0] as HostileStore).make(dir);
    const before = folderState(dir);
    const run = spawnSync(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', join(root, 'main/shells/cli/precis.ts'), 'list', '--store', dir],
      { encoding: 'utf8', env: { ...process.env, LANG: 'fr_CA.UTF-8' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/n’est pas une bibliothèque Précis .*--store/);
    expect(folderState(dir)).toEqual(before);
  });
});
