/**
 * SQLite files outside the live connection: backups and restores copy whole stores with
 * SQLite's online backup API. The only other place (besides database.ts) that opens
 * `node:sqlite` directly, so that backup code stays free of SQLite imports.
 */
import { backup, DatabaseSync } from 'node:sqlite';

export type StoreFile = DatabaseSync;

/** Opens a store file on its own connection (never the live library's). */
export function openStoreFile(path: string, options: { readOnly?: boolean } = {}): StoreFile {
  return new DatabaseSync(path, { readOnly: options.readOnly === true });
}

/** Copies the whole database `source` into `destination` with SQLite's online backup. */
export async function copyStore(source: DatabaseSync, destination: string): Promise<void> {
  await backup(source, destination);
}

/** Makes the file at `path` one self-contained file: rollback journal, no -wal/-shm beside it. */
export function useRollbackJournal(path: string): void {
  const copy = new DatabaseSync(path);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
