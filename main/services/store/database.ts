/**
 * Opening the store: one SQLite file in the data folder, WAL mode, foreign keys on, and
 * migrations applied in a transaction. A store written by a newer Précis is refused untouched.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { makePrivateDir, makePrivateFile } from '../private-files.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

export type Database = DatabaseSync;

export const STORE_FILE_NAME = 'precis.sqlite';
/** Automatic and pre-upgrade backups live in this folder beside the store. */
export const BACKUP_DIR_NAME = 'backups';

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
  /** Opened with `openStoreReadOnly`: every write fails, nothing on disk can change. */
  readOnly?: boolean;
}

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Opens (creating if needed) the store in `dir` and brings its schema up to date. */
export function openStore(dir: string, migrations: readonly Migration[] = MIGRATIONS): OpenedStore {
  // The library is owner-only at rest (private-files.ts), also if an earlier version left it open.
  makePrivateDir(dir);
  const path = join(dir, STORE_FILE_NAME);
  const db = new DatabaseSync(path);
  for (const suffix of ['', '-wal', '-shm']) makePrivateFile(path + suffix);
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
    // Before anything writes (even the journal mode in the header): a damaged store is
    // refused untouched. quick_check reads every page once; see bench/reliability.bench.ts.
    if (version > 0) assertIntact(db, path);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = NORMAL');
    if (version > 0 && version < latest) backupBeforeMigration(db, dir, version);
    applyMigrations(db, version, migrations);
    return { db, path, created: version === 0 };
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    if (isCorruptionError(error)) {
      throw new StoreOpenError(
        'corrupt',
        `The library at ${path} cannot be read (${error.message}). It has not been changed; restore a backup or move it aside.`,
      );
    }
    throw error;
  }
}

/** SQLite's words for a damaged file (SQLITE_NOTADB, SQLITE_CORRUPT). */
export function isCorruptionError(error: unknown): error is Error {
  return error instanceof Error && /not a database|malformed|file is encrypted|database corrupt/i.test(error.message);
}

/**
 * Opens the store for reading only, with no migration and no change on disk, for a library
 * that `openStore` refused (damaged, or written by a newer Précis) so the user can still read
 * and copy from it. Writes fail with SQLite's "readonly database" error.
 */
export function openStoreReadOnly(dir: string): OpenedStore & { schemaVersion: number } {
  const path = join(dir, STORE_FILE_NAME);
  if (!existsSync(path)) throw new StoreOpenError('corrupt', `There is no library at ${path}.`);
  let db: Database | undefined;
  try {
    db = new DatabaseSync(path, { readOnly: true });
    db.exec('PRAGMA busy_timeout = 5000');
    const schemaVersion = readUserVersion(db);
    // Touch the schema so that a file SQLite cannot read at all fails here, not in a handler.
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return { db, path, created: false, readOnly: true, schemaVersion };
  } catch (error) {
    db?.close();
    if (isCorruptionError(error)) {
      throw new StoreOpenError(
        'corrupt',
        `The library at ${path} is too damaged to open even read-only (${error.message}). Restore a backup.`,
      );
    }
    throw error;
  }
}

/**
 * A copy of the store as it was before a schema upgrade, in the backups folder: if a
 * migration (or the new version) turns out wrong, the user can go back. VACUUM INTO is
 * synchronous, which is what opening needs.
 */
function backupBeforeMigration(db: Database, dir: string, version: number): void {
  const folder = join(dir, BACKUP_DIR_NAME);
  makePrivateDir(folder);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const target = join(folder, `precis-${stamp}-before-upgrade-from-v${version}.sqlite`);
  if (!existsSync(target)) db.prepare('VACUUM INTO ?').run(target);
  makePrivateFile(target);
}

function assertIntact(db: Database, path: string): void {
  const problems = (db.prepare('PRAGMA quick_check(3)').all() as Array<{ quick_check: string }>).map(
    (row) => row.quick_check,
  );
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new StoreOpenError(
      'corrupt',
      `The library at ${path} is damaged (${problems.join('; ').replace(/\s+/g, ' ').replace(/\*+/g, '').trim().slice(0, 200)}). It has not been changed.`,
    );
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
      // A step SQL alone cannot do (e.g. indexing rows with JavaScript's Unicode folding),
      // in the same transaction.
      migration.up?.(db);
      db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Databases inside `inTransaction` now, with the nesting depth. */
const openTransactions = new WeakMap<Database, number>();

/**
 * Runs `work` in a write transaction; rolls back on any error so the store is unchanged.
 * Inside another `inTransaction` it is a savepoint of the outer transaction (a store write
 * that keeps derived data in step can then be called alone or as part of a larger write).
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  const depth = openTransactions.get(db) ?? 0;
  const name = `precis_${depth}`;
  db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${name}`);
  openTransactions.set(db, depth + 1);
  try {
    const result = work();
    db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${name}`);
    return result;
  } catch (error) {
    db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
    throw error;
  } finally {
    if (depth === 0) openTransactions.delete(db);
    else openTransactions.set(db, depth);
  }
}
