/**
 * Private at rest (issue 14): the store and its WAL, backups (automatic, before-upgrade,
 * before-restore), the log, library archives and exported packs are owner-only on disk —
 * files 0600, folders 0700 — checked on the real files, in a process whose umask would make
 * them world-readable (022), and in the real CLI, which sets umask 077 itself.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOldStore } from '../../test/support/old-store.ts';
import { makeTempDir } from '../../test/support/temp.ts';
import { createBackup, restoreBackup } from './backup/backups.ts';
import { writeFileAtomic } from './export/atomic-write.ts';
import { exportLibrary } from './library/archive.ts';
import { createFileLogger, LOG_FILE_NAME } from './log/logger.ts';
import { openStore, STORE_FILE_NAME } from './store/database.ts';
import { setSetting } from './store/settings.store.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file and folder under `dir` (itself included) with its permissions. */
function modes(dir: string): Record<string, number> {
  const result: Record<string, number> = { '.': mode(dir) };
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) result[entry] = mode(join(dir, entry));
  return result;
}

function allPrivate(dir: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(modes(dir)).map(([name]) => [name, statSync(join(dir, name)).isDirectory() ? 0o700 : 0o600]),
  );
}

let temp: ReturnType<typeof makeTempDir>;
const umaskBefore = process.umask();
beforeEach(() => {
  temp = makeTempDir();
  // What a desktop session usually has: new files world-readable unless Précis says otherwise.
  process.umask(0o022);
});
afterEach(() => {
  process.umask(umaskBefore);
  temp.cleanup();
});

describe('files Précis writes are owner-only', () => {
  it('the store, its WAL and every kind of backup, even with umask 022', async () => {
    const dir = join(temp.dir, 'library');
    writeOldStore(dir, 3);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, STORE_FILE_NAME), 0o644); // as an earlier version left them
    const { db } = openStore(dir); // upgrades: keeps a before-upgrade backup
    setSetting(db, 'written', '"after opening"'); // the WAL and its index exist now
    const manual = await createBackup(db, dir, 'manual');
    await createBackup(db, dir, 'auto');
    await restoreBackup(dir, manual.path); // keeps a before-restore copy
    const files = modes(dir);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([STORE_FILE_NAME, `${STORE_FILE_NAME}-wal`, `${STORE_FILE_NAME}-shm`, 'backups']),
    );
    expect(
      readdirSync(join(dir, 'backups'))
        .map((n) => n.replace(/^precis-[\dT]+-/, ''))
        .sort(),
    ).toEqual(['auto.sqlite', 'before-restore.sqlite', 'before-upgrade-from-v3.sqlite', 'manual.sqlite']);
    expect(files).toEqual(allPrivate(dir));
    db.close();
  });

  it('the log, a library archive and an exported PDF', async () => {
    const { db } = openStore(temp.dir);
    writeFileSync(join(temp.dir, LOG_FILE_NAME), 'older entries\n', { mode: 0o644 });
    createFileLogger(temp.dir).error('test', new Error('details'));
    exportLibrary(db, join(temp.dir, 'library.precis-library'), 'test');
    mkdirSync(join(temp.dir, 'exports'), { mode: 0o700 });
    await writeFileAtomic(join(temp.dir, 'exports', 'pack.pdf'), new TextEncoder().encode('%PDF-1.7'));
    db.close();
    expect(mode(join(temp.dir, LOG_FILE_NAME))).toBe(0o600);
    expect(mode(join(temp.dir, 'library.precis-library'))).toBe(0o600);
    expect(mode(join(temp.dir, 'exports', 'pack.pdf'))).toBe(0o600);
  });

  it('the real CLI and team server commands run with umask 077, also when they succeed', () => {
    // A hook loaded into the command's own Node process reports its umask as it exits.
    const hook = join(temp.dir, 'umask-hook.mjs');
    writeFileSync(hook, 'process.on("exit", () => process.stderr.write(`umask=${process.umask().toString(8)}\\n`));\n');
    const bins = join(import.meta.dirname, '..', '..', 'bin');
    for (const [bin, args] of [
      ['precis.js', ['list', '--store', join(temp.dir, 'cli-umask')]],
      ['precis-server.js', ['help']],
    ] as const) {
      const result = spawnSync(process.execPath, [join(bins, bin), ...args], {
        encoding: 'utf8',
        env: { ...process.env, PRECIS_STORE: '', NODE_OPTIONS: `--import=${hook}` },
      });
      expect(result.status, result.stderr).toBe(0);
      // The launcher may run the command in a child Node: the command's process exits first.
      const reported = result.stderr.split('\n').filter((line) => line.startsWith('umask='));
      expect(reported[0], bin).toBe('umask=77');
    }
  });

  it('the real CLI starts with umask 077: the files it and SQLite create are private', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'precis.js');
    const dir = join(temp.dir, 'cli-library');
    for (const args of [['backup'], ['export-library', join(dir, 'all.precis-library')], ['list']]) {
      const result = spawnSync(process.execPath, [bin, ...args, '--store', dir], {
        encoding: 'utf8',
        env: { ...process.env, PRECIS_STORE: '' },
      });
      expect(result.status, result.stderr).toBe(0);
    }
    expect(modes(dir)).toEqual(allPrivate(dir));
    expect(Object.keys(modes(dir)).length).toBeGreaterThanOrEqual(4);
  });
});
