/**
 * Opening the store: one SQLite file in the data folder, WAL mode, foreign keys on, and
 * migrations applied in a transaction. A store written by a newer Précis is refused untouched.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type Database = DatabaseSync;

export const STORE_FILE_NAME = 'precis.sqlite';

/** The store is from a newer version of Précis, or is not a Précis store: we must not touch it. */
export class StoreOpenError extends Error {
  readonly code: 'newer-version' | 'corrupt';
  constructor(code: 'newer-version' | 'corrupt', message: string) {
    super(message);
    this.name = 'StoreOpenError';
    this.code = code;
  }
}

export interface OpenedStore {
  db: Database;
  /** The SQLite file's path. */
  path: string;
  /** True when this open created the schema: the caller seeds the sample library. */
  created: boolean;
}

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Opens (creating if needed) the store in `dir` and brings its schema up to date. */
export function openStore(dir: string, migrations: readonly Migration[] = MIGRATIONS): OpenedStore {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, STORE_FILE_NAME);
  const db = new DatabaseSync(path);
  try {
    // Another Précis process (app, browser mode, CLI) may hold the write lock briefly.
    db.exec('PRAGMA busy_timeout = 5000');
    const version = readUserVersion(db);
    const latest = latestSchemaVersion(migrations);
    if (version > latest) {
      throw new StoreOpenError(
        'newer-version',
        `The library at ${path} was written by a newer version of Précis (schema ${version}, this version knows ${latest}). ` +
          'Update Précis to open it; it has not been changed.',
      );
    }
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = NORMAL');
    applyMigrations(db, version, migrations);
    return { db, path, created: version === 0 };
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    if (error instanceof Error && /not a database|malformed|file is encrypted/i.test(error.message)) {
      throw new StoreOpenError(
        'corrupt',
        `The library at ${path} cannot be read (${error.message}). It has not been changed; restore a backup or move it aside.`,
      );
    }
    throw error;
  }
}

function readUserVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

function applyMigrations(db: Database, from: number, migrations: readonly Migration[]): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  // One transaction for all pending steps: a failure leaves the store exactly as it was.
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Runs `work` in a write transaction; rolls back on any error so the store is unchanged. */
export function inTransaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
