/**
 * Opening the store: one SQLite file in the data folder, WAL mode, foreign keys on, and
 * migrations applied in a transaction. A store written by a newer Précis, a damaged one, and a
 * file that is not a Précis store (another program's SQLite database) are refused untouched:
 * nothing is written to them, not even the journal mode in the header.
 *
 * Creation is safe under concurrency and kills: the schema and the first-run content (the
 * sample library, `onCreate`) go in in one transaction that re-reads the schema version after
 * taking the write lock, so of many processes opening a new library at once exactly one creates
 * it, and a process killed half-way leaves a library the next open creates whole.
 */
import { accessSync, closeSync, constants, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/result.ts';
import { partialPath } from '../files/partial-files.ts';
import { makePrivateDir, makePrivateFile } from '../private-files.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';
import { abandonOpen, claimOpen, needsOpenCheck, releaseOpen } from './open-marker.ts';
import { describeSchemaObjects, foreignSchemaObjects } from './schema-check.ts';

export type Database = DatabaseSync;

export const STORE_FILE_NAME = 'precis.sqlite';
/** Automatic and pre-upgrade backups live in this folder beside the store. */
export const BACKUP_DIR_NAME = 'backups';

/** Why a store was not opened: each code has its message (`hostile.store.*`) and its way out. */
export type StoreOpenProblem = 'newer-version' | 'corrupt' | 'foreign' | 'unwritable';

/** The store cannot be opened as asked; nothing on disk was changed. */
export class StoreOpenError extends Error {
  readonly code: StoreOpenProblem;
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(code: StoreOpenProblem, key: string, vars: Record<string, string | number>) {
    const worded = translation(`hostile.store.${key}`, vars);
    super(translateApiError(worded, 'en'));
    this.name = 'StoreOpenError';
    this.code = code;
    this.translation = worded;
  }
}

export interface OpenedStore {
  db: Database;
  /** The SQLite file's path. */
  path: string;
  /** True when this open created the schema (and ran `onCreate`). */
  created: boolean;
  /** Opened with `openStoreReadOnly`: every write fails, nothing on disk can change. */
  readOnly?: boolean;
}

export interface OpenStoreOptions {
  /**
   * First-run content (the sample library), written in the transaction that creates the
   * schema: a library is never left created but unseeded.
   */
  onCreate?: (db: Database) => void;
}

/** How long opening waits for another process's write lock (a first open, a migration). */
const OPEN_BUSY_TIMEOUT_MS = 30_000;
/** How long a write waits for another process (app, browser mode, CLI) once open. */
const BUSY_TIMEOUT_MS = 5_000;

/** Connections opened read-only (`openStoreReadOnly`): reads must not try to cache anything. */
const readOnlyConnections = new WeakSet<Database>();

/** Whether this connection was opened read-only: code that caches derived data skips the write. */
export function isReadOnly(db: Database): boolean {
  return readOnlyConnections.has(db);
}

/** Whether the file is there: `present`, `missing`, or the error code that hides it (EACCES…). */
function fileState(path: string): 'present' | 'missing' | string {
  try {
    statSync(path);
    return 'present';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code;
  }
}

/**
 * Why a library this user cannot write is refused: there is none and none can be made; it
 * cannot even be read here (a folder or file closed to this user: --read-only would fail
 * too, so it is not offered); or it can be read, and --read-only opens it.
 */
function unwritableStore(dir: string, path: string, error: unknown): StoreOpenError {
  const reason = reasonOf(error as Error);
  const state = fileState(path);
  if (state === 'missing') return new StoreOpenError('unwritable', 'cannotCreate', { folder: dir, reason });
  if (state !== 'present') return new StoreOpenError('unwritable', 'cannotReadHere', { path, detail: state });
  try {
    accessSync(path, constants.R_OK);
  } catch (denied) {
    return new StoreOpenError('unwritable', 'cannotReadHere', { path, detail: reasonOf(denied as Error) });
  }
  return new StoreOpenError('unwritable', 'unwritable', { path, reason });
}

/** SQLite's or the file system's words for "this cannot be written here". */
function isUnwritableError(error: unknown): error is Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return true;
  return (
    error instanceof Error &&
    /readonly database|unable to open database file|read-only file system/i.test(error.message)
  );
}

/** A short reason: the file system's code (EACCES, EROFS…), or SQLite's own words. */
function reasonOf(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code && !code.startsWith('ERR_SQLITE') ? code : error.message;
  return reason.replace(/\s+/g, ' ').slice(0, 120);
}

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Opens (creating if needed) the store in `dir` and brings its schema up to date. */
/** The page cache of a store's connection, in KiB. */
const STORE_CACHE_KIB = 64 * 1024;

export function openStore(
  dir: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: OpenStoreOptions = {},
): OpenedStore {
  const path = join(dir, STORE_FILE_NAME);
  const latest = latestSchemaVersion(migrations);
  // Before any connection that could write (even the journal mode in the header, or a
  // checkpoint on close): only a Précis store this version can open, intact, or a new empty
  // file, is adopted. Everything else is refused with its bytes untouched.
  // quick_check reads every page (seconds on a big library): only when the last shutdown was not
  // clean or the file changed since (open-marker.ts); a full check runs in the background.
  const { version } = inspectStoreFile(path, latest, needsOpenCheck(path));
  try {
    // Only once the file is known to be a library this version opens: marked open by this process.
    claimOpen(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A full disk: the store still opens (reads work, a write says the disk is full); with no
    // marker, the next open checks the store.
    if (code === 'ENOSPC' || code === 'EDQUOT') abandonOpen(path);
    else if (!isUnwritableError(error)) throw error;
    // The folder cannot be written (read-only media, another user's library).
    else throw unwritableStore(dir, path, error);
  }
  let db: Database;
  try {
    // The library is owner-only at rest (private-files.ts), also if an earlier version left it
    // open; only once it is known to be a Précis store (or a new one) is its mode touched.
    makePrivateDir(dir);
    for (const suffix of ['', '-wal', '-shm']) makePrivateFile(path + suffix);
    db = new DatabaseSync(path);
  } catch (error) {
    abandonOpen(path);
    if (!isUnwritableError(error)) throw error;
    throw unwritableStore(dir, path, error);
  }
  try {
    // A file the open just created: owner-only whatever the process's umask.
    makePrivateFile(path);
    // Another Précis process may be creating or migrating this library: wait for it.
    db.exec(`PRAGMA busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = NORMAL');
    // A big library's store is gigabytes: SQLite's default 2 MB page cache re-reads the search
    // index's pages from the file at every query. Up to 64 MB, taken only as pages are read.
    db.exec(`PRAGMA cache_size = -${STORE_CACHE_KIB}`);
    if (version > 0 && version < latest) backupBeforeMigration(db, dir, version);
    const created = applyMigrations(db, migrations, options.onCreate);
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return { db, path, created };
  } catch (error) {
    db.close();
    abandonOpen(path);
    if (error instanceof StoreOpenError) throw error;
    if (isCorruptionError(error)) throw new StoreOpenError('corrupt', 'unreadable', { path, detail: error.message });
    if (isUnwritableError(error))
      throw new StoreOpenError('unwritable', 'unwritable', { path, reason: reasonOf(error) });
    throw error;
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Size of a file, or undefined when there is none. */
function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/**
 * Reads `work` from the store file without changing it. A store in use (a WAL and its shared
 * memory beside it) is read as any reader would, through them. Otherwise the file is first
 * opened immutable (no locks, no shared memory, no WAL: the main file exactly as it is); only
 * when that is not enough (`needsWal`) and a WAL is beside it — a library whose transactions
 * never reached the main file — is it read again through an ordinary read-only connection.
 */
function readUntouched<T>(path: string, work: (db: Database) => T, needsWal: (result: T) => boolean): T {
  const walLive = Number(sizeOf(`${path}-wal`)) > 0;
  const throughWal = (): T => {
    const reader = new DatabaseSync(path, { readOnly: true });
    try {
      reader.exec(`PRAGMA busy_timeout = ${OPEN_BUSY_TIMEOUT_MS}`);
      return work(reader);
    } finally {
      reader.close();
    }
  };
  if (walLive && sizeOf(`${path}-shm`) !== undefined) return throughWal();
  const immutable = new DatabaseSync(`${pathToFileURL(path).href}?immutable=1`, { readOnly: true });
  let result: T;
  try {
    result = work(immutable);
  } finally {
    immutable.close();
  }
  return walLive && needsWal(result) ? throughWal() : result;
}

interface StoreFileFacts {
  version: number;
  objects: number;
  /** What quick_check found wrong, when it was run and found something. */
  problems?: string;
}

/**
 * What a store file is, read in one go: its schema version, whether it is a Précis store
 * (throws `foreign` otherwise) and, for one this version can open, whether it is intact.
 */
function storeFacts(db: Database, path: string, latest: number, check: boolean): StoreFileFacts {
  const facts = readSchemaFacts(db);
  if (facts.version > latest) return facts;
  assertPrecisStore(db, path, facts.version, facts.objects);
  // Checked with the pages: when the file changed since Précis last closed it (or was never
  // closed by it), which is how an altered or crafted file arrives.
  if (check) assertOwnSchema(db, path, facts.version, 'write');
  // quick_check reads every page once; see bench/reliability.bench.ts.
  const problems = facts.version > 0 && check ? quickCheck(db) : undefined;
  return problems === undefined ? facts : { ...facts, problems };
}

/** An empty file, or a main file that shows nothing (or something wrong) that its WAL may fix. */
const incomplete = (facts: StoreFileFacts) =>
  (facts.version === 0 && facts.objects === 0) || facts.problems !== undefined;

/**
 * Checks a store file before Précis opens it for writing, without changing a byte of it: a
 * SQLite file (by its header), not from a newer Précis, a Précis store (or empty), and intact.
 * Throws StoreOpenError; returns the schema version (0 for a new library).
 */
function inspectStoreFile(path: string, latest: number, check = true): { version: number } {
  const size = sizeOf(path);
  if (size === undefined || size === 0) return { version: 0 };
  try {
    const header = Buffer.alloc(16);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (header.toString('latin1') !== SQLITE_MAGIC) throw new Error('file is not a database');
    const facts = readUntouched(path, (db) => storeFacts(db, path, latest, check), incomplete);
    if (facts.version > latest)
      throw new StoreOpenError('newer-version', 'newer', { path, schema: facts.version, latest });
    if (facts.problems !== undefined) throw new StoreOpenError('corrupt', 'damaged', { path, detail: facts.problems });
    return { version: facts.version };
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    if (isCorruptionError(error)) throw new StoreOpenError('corrupt', 'unreadable', { path, detail: error.message });
    if (isUnwritableError(error))
      throw new StoreOpenError('unwritable', 'unwritable', { path, reason: reasonOf(error) });
    throw error;
  }
}

/**
 * Whether the store in `dir` has yet to be created: no file, an empty one, or one with no
 * schema (a first open that was interrupted). Looks without writing anything.
 */
export function storeLooksNew(dir: string): boolean {
  const path = join(dir, STORE_FILE_NAME);
  if (!(Number(sizeOf(path)) > 0)) return true;
  try {
    const facts = readUntouched(path, readSchemaFacts, incomplete);
    return facts.version === 0 && facts.objects === 0;
  } catch {
    return false; // openStore will say what is wrong with it
  }
}

/** The schema version and how many schema objects the file has, read in one snapshot. */
function readSchemaFacts(db: Database): { version: number; objects: number } {
  db.exec('BEGIN');
  try {
    const version = readUserVersion(db);
    const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    return { version, objects: n };
  } finally {
    db.exec('COMMIT');
  }
}

/** Tables every Précis store has had since schema 1, with a column only Précis names so. */
const PRECIS_SIGNATURE: ReadonlyArray<[table: string, column: string]> = [
  ['documents', 'source_sha256'],
  ['originals', 'sha256'],
  ['paragraphs', 'section_ord'],
  ['settings', 'key'],
];

/**
 * A store is adopted only when it is a Précis store: schema version 0 with nothing in it (a new
 * or empty file), or a version Précis wrote with Précis's tables. Another program's SQLite
 * database (version 0 with tables, or any other schema) is refused before anything writes.
 */
function assertPrecisStore(db: Database, path: string, version: number, objects: number): void {
  const foreign = () => new StoreOpenError('foreign', 'foreign', { path });
  if (version === 0) {
    if (objects > 0) throw foreign();
    return;
  }
  for (const [table, column] of PRECIS_SIGNATURE) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>;
    if (!columns.some((c) => c.name === column)) throw foreign();
  }
}

/**
 * Refuses a Précis store whose triggers or views are not Précis's own (schema-check.ts). Read
 * only, a trigger added beside Précis's cannot act (nothing is written), so only views that
 * could answer Précis's reads, and changed triggers, are refused there.
 */
function assertOwnSchema(db: Database, path: string, version: number, use: 'write' | 'read'): void {
  if (version === 0) return;
  const foreign = foreignSchemaObjects(db, version).filter(
    (object) => use === 'write' || object.replaces || object.type === 'view',
  );
  if (foreign.length > 0)
    throw new StoreOpenError('corrupt', 'altered', { path, objects: describeSchemaObjects(foreign) });
}

/** Closes a store opened by `openStore` and records the clean close (see open-marker.ts). */
export function closeStore(store: OpenedStore): void {
  if (store.db.isOpen) store.db.close();
  if (!store.readOnly) releaseOpen(store.path);
}

/** SQLite's words for a damaged file (SQLITE_NOTADB, SQLITE_CORRUPT). */
export function isCorruptionError(error: unknown): error is Error {
  return error instanceof Error && /not a database|malformed|file is encrypted|database corrupt/i.test(error.message);
}

/**
 * Opens the store for reading only, with no migration and no change on disk: for a library
 * that `openStore` refused (damaged, from a newer Précis) and for one this user cannot write
 * (read-only media, another user's files), so it can still be read and exported from. Writes
 * fail with SQLite's "readonly database" error.
 *
 * SQLite needs to write a `-shm` file beside a WAL store even to read it; where it cannot, the
 * file is opened as immutable (SQLite then reads it without locks or shared memory, as it is).
 */
export function openStoreReadOnly(dir: string): OpenedStore & { schemaVersion: number } {
  const path = join(dir, STORE_FILE_NAME);
  const state = fileState(path);
  if (state === 'missing') throw new StoreOpenError('corrupt', 'missing', { path });
  if (state !== 'present') throw new StoreOpenError('unwritable', 'cannotReadHere', { path, detail: state });
  // Another program's database is refused here too, before any connection that could leave a
  // -shm beside it.
  try {
    const facts = readUntouched(
      path,
      (db) => {
        const found = readSchemaFacts(db);
        assertPrecisStore(db, path, found.version, found.objects);
        if (found.version <= latestSchemaVersion()) assertOwnSchema(db, path, found.version, 'read');
        return found;
      },
      incomplete,
    );
    if (facts.version === 0 && facts.objects === 0) throw new StoreOpenError('corrupt', 'missing', { path });
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    if (isCorruptionError(error)) throw new StoreOpenError('corrupt', 'tooDamaged', { path, detail: error.message });
    if (!isUnwritableError(error)) throw error;
    // Not readable even immutable: said below, once the ordinary ways have been tried too.
  }
  let last: unknown;
  const immutable = `${pathToFileURL(path).href}?immutable=1`;
  // No process has it open (no shared memory, no WAL content): read it immutable first, so that
  // opening leaves nothing beside it (an ordinary connection would create its -shm).
  const idle = sizeOf(`${path}-shm`) === undefined && !(Number(sizeOf(`${path}-wal`)) > 0);
  for (const target of idle ? [immutable, path] : [path, immutable]) {
    let db: Database | undefined;
    try {
      db = new DatabaseSync(target, { readOnly: true });
      db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // Touch the schema so that a file SQLite cannot read at all fails here, not in a handler.
      const { version } = readSchemaFacts(db);
      readOnlyConnections.add(db);
      return { db, path, created: false, readOnly: true, schemaVersion: version };
    } catch (error) {
      db?.close();
      if (error instanceof StoreOpenError) throw error;
      if (isCorruptionError(error)) throw new StoreOpenError('corrupt', 'tooDamaged', { path, detail: error.message });
      if (!isUnwritableError(error)) throw error;
      last = error;
    }
  }
  throw new StoreOpenError('unwritable', 'cannotReadHere', {
    path,
    detail: last instanceof Error ? reasonOf(last) : String(last),
  });
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
  if (existsSync(target)) return makePrivateFile(target);
  // Under a partial name until complete: a kill mid-copy must not leave a half "backup".
  const partial = partialPath(target);
  db.prepare('VACUUM INTO ?').run(partial);
  makePrivateFile(partial);
  renameSync(partial, target);
}

/** What quick_check finds wrong (a short line), or undefined when the store is intact. */
function quickCheck(db: Database): string | undefined {
  const problems = (db.prepare('PRAGMA quick_check(3)').all() as Array<{ quick_check: string }>).map(
    (row) => row.quick_check,
  );
  if (problems.length === 1 && problems[0] === 'ok') return undefined;
  return problems.join('; ').replace(/\s+/g, ' ').replace(/\*+/g, '').trim().slice(0, 200);
}

function readUserVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Applies the pending migrations in one write transaction (a failure leaves the store exactly as
 * it was), reading the version again once the write lock is held: another process may have
 * created or migrated the store since this one looked. Returns whether this call created it.
 */
function applyMigrations(db: Database, migrations: readonly Migration[], onCreate?: (db: Database) => void): boolean {
  const latest = latestSchemaVersion(migrations);
  if (readUserVersion(db) >= latest) return false;
  return inTransaction(db, () => {
    const from = readUserVersion(db);
    for (const migration of migrations.filter((m) => m.version > from)) {
      db.exec(migration.sql);
      // A step SQL alone cannot do (e.g. indexing rows with JavaScript's Unicode folding),
      // in the same transaction.
      migration.up?.(db);
      db.exec(`PRAGMA user_version = ${Math.trunc(migration.version)}`);
    }
    if (from === 0) onCreate?.(db);
    return from === 0;
  });
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
    // SQLite has already rolled the whole transaction back after some errors (a full disk, an
    // I/O error): rolling back again would fail and hide the error that matters.
    if (db.isTransaction) db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
    throw error;
  } finally {
    if (depth === 0) openTransactions.delete(db);
    else openTransactions.set(db, depth);
  }
}
