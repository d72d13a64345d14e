/**
 * Files being written: every backup, restore copy, library archive and export is written under
 * a hidden partial name beside its target and renamed when complete, so a crash never leaves a
 * half file under a real name. The partial name carries the writer's process id, so a later
 * start can tell a leftover of a killed writer (removed) from the work of a running one (kept):
 *
 *   .precis-20250102T030405-auto.sqlite.4711-9f2c.partial   (and its -wal, -shm, -journal)
 *
 * `cleanLeftovers` runs when a library opens, over the data folder and the folders Précis
 * writes in it; a writer also clears its own target's leftovers before it starts.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The data folder's folder for writers' temporary files (print HTML…), emptied of leftovers at start. */
export const TEMP_DIR_NAME = 'tmp';
/** Where exported files wait for delivery (export/deliver.ts). */
export const EXPORTS_DIR_NAME = 'exports';

/** Partial files from before names carried a process id are left this long (a writer may still be at work). */
const LEGACY_GRACE_MS = 60 * 60 * 1000;

const PARTIAL = /^\.(.+)\.(\d+)-[0-9a-f]+\.partial(?:-wal|-shm|-journal)?$/;
/** Names an older Précis wrote: `x.sqlite.partial`, `.x.pdf.9f2c….partial`, `precis.sqlite.restoring`. */
const LEGACY = /(?:\.partial|\.restoring)(?:-wal|-shm|-journal)?$/;
/** A temporary folder of a writer: `<what>-<pid>-<random>` under tmp/. */
const TEMP_FOLDER = /^[a-z]+-(\d+)-[0-9A-Za-z]+$/;

/** The hidden name `target` is written under until it is complete. */
export function partialPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

/** A fresh folder for one writer's temporary files (print HTML, say), in the data folder's tmp/. */
export function tempFolder(dataDir: string, what: string): string {
  const dir = join(dataDir, TEMP_DIR_NAME, `${what}-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Whether a process with this id is running on this machine (EPERM: it runs, as someone else). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLeftover(name: string, path: string, now: number): boolean {
  const match = PARTIAL.exec(name);
  if (match) return !isRunning(Number(match[2]));
  if (!LEGACY.test(name)) return false;
  try {
    return now - statSync(path).mtimeMs > LEGACY_GRACE_MS;
  } catch {
    return false;
  }
}

function remove(path: string, removed: string[]): void {
  try {
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  } catch {
    // a file someone else owns, on read-only media: not ours to insist on
  }
}

/** Removes leftovers of killed writers in one folder; returns what was removed. */
export function cleanFolder(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (isLeftover(name, path, now)) remove(path, removed);
  }
  return removed;
}

/** Removes leftovers of an earlier, killed write of this very target (before writing it again). */
export function cleanTargetLeftovers(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target)).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names)
    if (isLeftover(name, join(dirname(target), name), Date.now())) remove(join(dirname(target), name), []);
}

/**
 * At start: leftovers of interrupted backups, restores, archives and exports in the data
 * folder (`subfolders`: backups/, exports/…) and temporary folders of writers that are gone.
 */
export function cleanLeftovers(dataDir: string, subfolders: readonly string[], now = Date.now()): string[] {
  const removed = [dataDir, ...subfolders.map((name) => join(dataDir, name))].flatMap((dir) => cleanFolder(dir, now));
  const temp = join(dataDir, TEMP_DIR_NAME);
  let names: string[];
  try {
    names = readdirSync(temp);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_FOLDER.exec(name);
    if (match && !isRunning(Number(match[1]))) remove(join(temp, name), removed);
  }
  return removed;
}
