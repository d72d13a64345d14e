/**
 * Private at rest: everything Précis writes about a library (the store and its WAL, backups,
 * the log, archives, exported packs, temporary print files) is readable by its owner only —
 * files 0600, folders 0700 — because it may hold PROTECTED B material.
 *
 * Two layers: every shell (Electron, browser mode, CLI) starts with `umask 077`, so anything
 * created later is private whoever creates it (SQLite's -wal and -shm files, Chromium's temp
 * files); and the places that create the library's files also set their mode explicitly, so
 * they are private even in a process that did not set the umask (tests, tools) and files an
 * earlier version left open to others are closed on the next open. On Windows the modes are
 * ignored by the OS (files in the user's profile are private by ACL).
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;
/** What `umask 077` means: new files and folders get no permission for group and others. */
export const PRIVATE_UMASK = 0o077;

/**
 * `umask 077` for this process: called first thing by every shell. A worker thread shares its
 * process's umask (Node refuses to set it there), so there it only checks it is set.
 */
export function restrictNewFiles(): void {
  if (isMainThread) process.umask(PRIVATE_UMASK);
}

/** Creates the folder (and its parents) if needed, and makes it owner-only. */
export function makePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(path, PRIVATE_DIR_MODE);
}

/** Makes an existing file owner-only (no-op when it does not exist). */
export function makePrivateFile(path: string): void {
  if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}

/** A new owner-only folder inside `parent` (itself made private), for temporary files. */
export async function makePrivateTempDir(parent: string, prefix: string): Promise<string> {
  makePrivateDir(parent);
  const dir = await mkdtemp(join(parent, prefix));
  chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}
