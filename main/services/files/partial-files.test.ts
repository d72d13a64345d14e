import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { cleanLeftovers, cleanTargetLeftovers, partialPath, tempFolder } from './partial-files.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('partial files', () => {
  it('are hidden, beside their target, and name their writer', () => {
    const path = partialPath(join(temp.dir, 'backups', 'precis-20250102T030405-auto.sqlite'));
    expect(basename(path)).toMatch(
      new RegExp(`^\\.precis-20250102T030405-auto\\.sqlite\\.${process.pid}-[0-9a-f]+\\.partial$`),
    );
    expect(path.startsWith(join(temp.dir, 'backups'))).toBe(true);
  });

  it('are removed at start when their writer is gone, and kept while it runs', () => {
    const dead = deadPid();
    const backups = join(temp.dir, 'backups');
    mkdirSync(backups);
    const files = {
      deadBackup: join(backups, `.precis-x-auto.sqlite.${dead}-ab12.partial`),
      deadWal: join(backups, `.precis-x-auto.sqlite.${dead}-ab12.partial-wal`),
      deadArchive: join(temp.dir, `.library.precis-library.${dead}-cd34.partial`),
      liveBackup: join(backups, `.precis-y-auto.sqlite.${process.pid}-ef56.partial`),
      oldLegacy: join(backups, 'precis-z-auto.sqlite.partial'),
      newLegacy: join(temp.dir, 'precis.sqlite.restoring'),
      backup: join(backups, 'precis-20250102T030405-auto.sqlite'),
      userFile: join(temp.dir, 'notes.partial.txt'),
    };
    for (const path of Object.values(files)) writeFileSync(path, 'x');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(files.oldLegacy, hourAgo, hourAgo);
    const deadPrint = join(temp.dir, 'tmp', `print-${dead}-0a0b`);
    mkdirSync(join(deadPrint), { recursive: true });
    writeFileSync(join(deadPrint, 'pack.html'), '<p>PROTECTED B</p>');
    const livePrint = tempFolder(temp.dir, 'print');

    const removed = cleanLeftovers(temp.dir, ['backups']);
    expect(removed.sort()).toEqual(
      [files.deadBackup, files.deadWal, files.deadArchive, files.oldLegacy, deadPrint].sort(),
    );
    for (const kept of [files.liveBackup, files.newLegacy, files.backup, files.userFile, livePrint])
      expect(existsSync(kept), kept).toBe(true);
  });

  it('of an earlier, killed write of the same target are removed before writing it again', () => {
    const target = join(temp.dir, 'pack.pdf');
    const dead = join(temp.dir, `.pack.pdf.${deadPid()}-9f9f.partial`);
    const other = join(temp.dir, `.other.pdf.${deadPid()}-9f9f.partial`);
    writeFileSync(dead, 'half');
    writeFileSync(other, 'half');
    cleanTargetLeftovers(target);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(other)).toBe(true); // another target's: left for the start-up clean
  });
});
