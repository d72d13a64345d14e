/**
 * A full disk is said as such (issue 19, finding 7): it once said "see the log" although the
 * log, on the same disk, could not be written. The library sits on a small tmpfs that is then
 * filled; an import through the API answers `disk-full` with a message that says so, the CLI
 * prints that in one line (nothing else on stderr), and the library is intact and unchanged.
 * Needs root to mount the tmpfs (tests run as root here); skipped, saying so, elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../../main/services/api/context.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { snapshotLibrary } from '../../main/services/library/archive.ts';
import { createFileLogger } from '../../main/services/log/logger.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { integrityCheck } from '../../main/services/store/maintenance.store.ts';
import { makeTempDir } from '../support/temp.ts';

const root = join(import.meta.dirname, '..', '..');
let temp: ReturnType<typeof makeTempDir>;
let disk: string | undefined;

/** Fills the file system holding `dir` until a write fails. */
function fill(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
}

/** A statement long enough that storing it needs new pages. */
const statement = `Joint statement\n\n${Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1}: the members agree on point ${i + 1} of the plan, in full.`).join('\n\n')}\n`;

beforeAll(() => {
  temp = makeTempDir('precis-disk-full-');
  const mount = join(temp.dir, 'disk');
  mkdirSync(mount);
  if (process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mount]).status === 0) {
    disk = mount;
  }
});
afterAll(() => {
  if (disk) spawnSync('umount', [disk]);
  temp?.cleanup();
});

describe('a full disk', () => {
  it('is said as such by the API and the CLI, even though the log cannot be written, and changes nothing', async (test) => {
    if (!disk) return test.skip('mounting a small tmpfs needs root: a full disk cannot be made here');
    const library = join(disk, 'library');
    const store = await openLibrary(library, { seed: false });
    const logged: boolean[] = [];
    const logger = createFileLogger(library, { fallback: 'none' });
    const context = createApiContext({
      db: store.db,
      storePath: store.path,
      mode: 'browser',
      version: '0.0.0-test',
      logError: (channel, error) => {
        const written = logger.error(channel, error);
        logged.push(written);
        return written;
      },
    });
    const before = snapshotLibrary(store.db);
    fill(disk);
    try {
      const result = await dispatch(apiHandlers, context, 'documents:import', {
        fileName: 'statement.txt',
        dataBase64: Buffer.from(statement).toString('base64'),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect(result.ok ? '' : result.error.message).toMatch(/^The disk is full, so Précis could not save this\./);
      expect(logged).toEqual([false]); // the log is on the full disk too
      expect(snapshotLibrary(store.db)).toEqual(before);
      expect(integrityCheck(store.db)).toEqual(['ok']);
    } finally {
      store.db.close();
    }

    writeFileSync(join(temp.dir, 'statement.txt'), statement);
    const cli = spawnSync(
      process.execPath,
      [join(root, 'bin', 'precis.js'), 'import', join(temp.dir, 'statement.txt'), '--store', library, '--lang', 'fr'],
      { encoding: 'utf8' },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/^precis: Le disque est plein/);
  }, 120_000);
});
