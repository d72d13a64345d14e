/**
 * Was the store shut down cleanly, and left alone since? Then opening it needs no integrity
 * check (a quick_check reads every page: seconds on a big library, at every start). Beside the
 * store:
 *
 *   precis.sqlite.open/<pid>   one file per process that has the store open for writing
 *   precis.sqlite.closed       the store file's size and time when the last process closed it
 *
 * The store is checked at open when a process that had it open is gone without closing (a
 * crash, a kill, a power cut), when there is no record of a clean close, or when the file
 * changed after that close (another program wrote it, a file was copied over it). A process
 * that finds the store open in another live process trusts that one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface ClosedRecord {
  size: number;
  mtimeMs: number;
}

const held = new Set<string>();
let exitHookInstalled = false;

function markerDir(storePath: string): string {
  return `${storePath}.open`;
}

function closedRecordPath(storePath: string): string {
  return `${storePath}.closed`;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function fileFacts(storePath: string): ClosedRecord | undefined {
  try {
    const stat = statSync(storePath);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

function otherOpeners(storePath: string): { live: number[]; gone: number[] } {
  const live: number[] = [];
  const gone: number[] = [];
  let names: string[];
  try {
    names = readdirSync(markerDir(storePath));
  } catch {
    return { live, gone };
  }
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    (isRunning(pid) ? live : gone).push(pid);
  }
  return { live, gone };
}

export interface OpenClaim {
  /** Whether the store must be checked before use (see the module comment for when). */
  needsCheck: boolean;
}

/**
 * Called when a process opens the store for writing, before it touches the file: says whether
 * the store needs an integrity check, then marks it open by this process (until `releaseOpen`
 * or the process exits normally).
 */
/** Whether the store needs an integrity check before use, read without writing anything. */
export function needsOpenCheck(storePath: string): boolean {
  const { live, gone } = otherOpeners(storePath);
  if (!existsSync(storePath)) return false;
  if (gone.length > 0) return true;
  if (live.length > 0) return false;
  let record: ClosedRecord | undefined;
  try {
    record = JSON.parse(readFileSync(closedRecordPath(storePath), 'utf8')) as ClosedRecord;
  } catch {
    record = undefined;
  }
  const now = fileFacts(storePath);
  return !record || !now || record.size !== now.size || record.mtimeMs !== now.mtimeMs;
}

export function claimOpen(storePath: string): OpenClaim {
  const needsCheck = needsOpenCheck(storePath);
  const { gone } = otherOpeners(storePath);
  for (const pid of gone) rmSync(join(markerDir(storePath), String(pid)), { force: true });
  mkdirSync(markerDir(storePath), { recursive: true, mode: 0o700 });
  writeFileSync(join(markerDir(storePath), String(process.pid)), new Date().toISOString(), { mode: 0o600 });
  // Open now: a crash from here on must leave no record of a clean close.
  rmSync(closedRecordPath(storePath), { force: true });
  held.add(storePath);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const path of [...held]) releaseOpen(path);
    });
  }
  return { needsCheck };
}

/** Opening failed (the store was refused): the mark goes, and no clean close is recorded. */
export function abandonOpen(storePath: string): void {
  if (!held.delete(storePath)) return;
  rmSync(join(markerDir(storePath), String(process.pid)), { force: true });
}

/**
 * This process closed the store cleanly: its mark goes, and the last process to close it
 * records the file as it leaves it. Call after the connection is closed.
 */
export function releaseOpen(storePath: string): void {
  if (!held.delete(storePath)) return;
  rmSync(join(markerDir(storePath), String(process.pid)), { force: true });
  if (otherOpeners(storePath).live.length > 0) return;
  const facts = fileFacts(storePath);
  if (facts) writeFileSync(closedRecordPath(storePath), JSON.stringify(facts), { mode: 0o600 });
}
