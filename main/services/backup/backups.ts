/**
 * Backups of the store: consistent copies made with SQLite's online backup API while the
 * library stays in use, kept in `<data folder>/backups/`, and restore from any of them.
 *
 *   precis-20250102T030405-auto.sqlite            automatic, rotating (newest AUTO_BACKUPS_KEPT kept)
 *   precis-20250102T030405-manual.sqlite          `precis backup` / the app's "Back up now"
 *   precis-20250102T030405-before-restore.sqlite  what a restore replaced (never deleted automatically)
 *   precis-20250102T030405-before-upgrade-from-v1.sqlite   made by openStore before migrating
 *
 * A backup is written to a hidden partial file (files/partial-files.ts) and renamed when
 * complete and checked, so a crash mid-backup never leaves a half file that looks like a backup;
 * the next start removes what a killed backup left.
 */
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { makePrivateDir, makePrivateFile } from '../private-files.ts';
import { basename, join } from 'node:path';
import {
  BACKUP_DIR_NAME,
  isCorruptionError,
  latestSchemaVersion,
  openStore,
  STORE_FILE_NAME,
  type Database,
} from '../store/database.ts';
import { readStoreFacts } from '../store/maintenance.store.ts';
import { describeSchemaObjects, foreignSchemaObjects } from '../store/schema-check.ts';
import { cleanTargetLeftovers, partialPath } from '../files/partial-files.ts';
import { copyStore, openStoreFile, useRollbackJournal, type StoreFile } from '../store/store-file.store.ts';

export type BackupKind = 'auto' | 'manual' | 'before-restore' | 'before-upgrade';

export interface BackupInfo {
  /** The file name inside the backups folder (what the UI and `precis restore` name it by). */
  name: string;
  path: string;
  kind: BackupKind;
  /** When the backup was made (from its name; the file time if the name has none). */
  createdAt: string;
  size: number;
}

/** Automatic backups kept; older automatic ones are deleted. Other kinds are never deleted. */
export const AUTO_BACKUPS_KEPT = 10;
/** A running app or browser mode backs up at most this often (and once at start). */
export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

const NAME_PATTERN =
  /^precis-(\d{8}T\d{6})(?:-\d+)?-(auto|manual|before-restore|before-upgrade)(?:-from-v\d+)?\.sqlite$/;

/** A backup or restore that cannot be done: `message` in English, `translation` for any language. */
export class BackupError extends Error {
  readonly translation: ApiErrorTranslation;
  constructor(translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'BackupError';
    this.translation = translation;
  }
}

export function backupsDir(storeDir: string): string {
  return join(storeDir, BACKUP_DIR_NAME);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
}

/** A fresh name for a backup of this kind (a counter keeps two backups in one second apart). */
export function newBackupPath(storeDir: string, kind: Exclude<BackupKind, 'before-upgrade'>, now = new Date()): string {
  const dir = backupsDir(storeDir);
  makePrivateDir(dir);
  for (let i = 0; ; i++) {
    const name = `precis-${stamp(now)}${i === 0 ? '' : `-${i}`}-${kind}.sqlite`;
    if (!existsSync(join(dir, name))) return join(dir, name);
  }
}

/**
 * Copies the open store to `target` with SQLite's online backup (consistent even while other
 * connections write), then checks the copy before it gets its final name.
 */
export async function backupStoreTo(db: Database, target: string): Promise<BackupInfo> {
  cleanTargetLeftovers(target);
  const partial = partialPath(target);
  try {
    await copyStore(db, partial);
    makePrivateFile(partial);
    toSingleFile(partial);
    verifyStoreFile(partial);
    renameSync(partial, target);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    throw error;
  }
  return describe(target);
}

/** A backup is one self-contained file: rollback journal mode, so no -wal/-shm beside it. */
function toSingleFile(path: string): void {
  useRollbackJournal(path);
}

/** Makes a backup of this kind in the backups folder; automatic ones are then rotated. */
export async function createBackup(
  db: Database,
  storeDir: string,
  kind: Exclude<BackupKind, 'before-upgrade'>,
): Promise<BackupInfo> {
  const info = await backupStoreTo(db, newBackupPath(storeDir, kind));
  if (kind === 'auto') rotateBackups(storeDir);
  return info;
}

/** The backups in the folder, newest first. */
export function listBackups(storeDir: string): BackupInfo[] {
  const dir = backupsDir(storeDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME_PATTERN.test(name))
    .map((name) => describe(join(dir, name)))
    .sort((a, b) =>
      a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt),
    );
}

function describe(path: string): BackupInfo {
  const name = basename(path);
  const match = NAME_PATTERN.exec(name);
  const info = statSync(path);
  const compact = match?.[1];
  const createdAt = compact
    ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}T${compact.slice(9, 11)}:${compact.slice(11, 13)}:${compact.slice(13, 15)}Z`
    : info.mtime.toISOString();
  return { name, path, kind: (match?.[2] ?? 'manual') as BackupKind, createdAt, size: info.size };
}

/** Keeps the newest `keep` automatic backups; never touches the other kinds. */
export function rotateBackups(storeDir: string, keep: number = AUTO_BACKUPS_KEPT): string[] {
  const removed: string[] = [];
  for (const old of listBackups(storeDir)
    .filter((b) => b.kind === 'auto')
    .slice(keep)) {
    rmSync(old.path, { force: true });
    removed.push(old.name);
  }
  return removed;
}

/** An automatic backup unless the newest one is younger than `minIntervalMs`. */
export async function autoBackupIfDue(
  db: Database,
  storeDir: string,
  minIntervalMs: number = AUTO_BACKUP_INTERVAL_MS,
  now: number = Date.now(),
): Promise<BackupInfo | undefined> {
  const newest = listBackups(storeDir).find((b) => b.kind === 'auto');
  if (newest && now - Date.parse(newest.createdAt) < minIntervalMs) return undefined;
  return createBackup(db, storeDir, 'auto');
}

/**
 * Checks that `path` is a whole, readable Précis store this version can open: SQLite's
 * integrity check passes, it has the library's tables, and its schema is not from a newer
 * Précis; with `ownSchema` (a file to restore), its triggers and views are Précis's own.
 * Throws a BackupError that says which of these failed.
 */
export function verifyStoreFile(
  path: string,
  options: { ownSchema?: boolean } = {},
): { schemaVersion: number; documents: number } {
  if (!existsSync(path)) throw new BackupError(translation('backup.noFile', { path }));
  let db: StoreFile | undefined;
  try {
    db = openStoreFile(path, { readOnly: true });
    const facts = readStoreFacts(db);
    if (facts.integrity !== 'ok')
      throw new BackupError(translation('backup.damaged', { name: basename(path), detail: facts.integrity }));
    if (!facts.hasDocuments) throw new BackupError(translation('backup.notALibrary', { name: basename(path) }));
    if (facts.schemaVersion > latestSchemaVersion()) {
      throw new BackupError(translation('backup.newer', { name: basename(path), schema: facts.schemaVersion }));
    }
    // A backup to restore may come from anywhere: one whose triggers or views are not
    // Précis's own would go on acting in the restored library. (Copies of the live library,
    // an altered one included, are kept as they are.)
    const foreign = options.ownSchema ? foreignSchemaObjects(db, facts.schemaVersion) : [];
    if (foreign.length > 0)
      throw new BackupError(
        translation('hostile.store.alteredBackup', { name: basename(path), objects: describeSchemaObjects(foreign) }),
      );
    return { schemaVersion: facts.schemaVersion, documents: facts.documents };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (isCorruptionError(error))
      throw new BackupError(translation('backup.unreadable', { name: basename(path), detail: error.message }));
    throw error;
  } finally {
    db?.close();
  }
}

export interface RestoreResult {
  restored: string;
  /** The copy of the library the restore replaced (undefined when there was none). */
  replacedCopy: string | undefined;
  /** `in-place`: copied into the live store through SQLite (other open connections see it);
   *  `file`: the store file was replaced (it could not be opened). */
  method: 'in-place' | 'file';
  /** The backup was from an older Précis: the restored library was brought to this schema. */
  upgradedFrom?: number;
}

/**
 * Replaces the library in `storeDir` with the backup at `file`, after checking the backup and
 * keeping a copy of what it replaces (`…-before-restore.sqlite`).
 *
 * A readable store is overwritten through SQLite's backup API, under SQLite's locks, so the
 * running app or browser mode sees the restored library at once and never a half-written file.
 * If that copy of what it replaces cannot be made, nothing is restored and nothing is moved:
 * files are never swapped under a live connection. Only a store SQLite cannot open (damaged)
 * is moved aside byte for byte and the file replaced.
 *
 * A backup from an older schema (an app-made `…-before-upgrade-…` copy, say) is then opened
 * through the normal open path, which migrates it, so every open session works on the schema
 * it expects; if that fails, the library it replaced is put back and the restore refused.
 */
export async function restoreBackup(storeDir: string, file: string): Promise<RestoreResult> {
  const { schemaVersion } = verifyStoreFile(file, { ownSchema: true });
  const storePath = join(storeDir, STORE_FILE_NAME);
  makePrivateDir(storeDir);
  if (!existsSync(storePath)) {
    await copyAsStore(file, storePath);
    try {
      return { restored: file, replacedCopy: undefined, method: 'file', ...upgradeRestored(storeDir, schemaVersion) };
    } catch (error) {
      throw new BackupError(translation('restore.upgradeFailed', { schema: schemaVersion, detail: errorText(error) }));
    }
  }
  const replacedCopy = newBackupPath(storeDir, 'before-restore');
  let live: StoreFile | undefined;
  try {
    live = openStoreFile(storePath);
    live.exec('PRAGMA busy_timeout = 5000');
    const facts = readStoreFacts(live);
    if (facts.integrity !== 'ok')
      throw new BackupError(translation('backup.damaged', { name: basename(storePath), detail: facts.integrity }));
  } catch {
    live?.close();
    live = undefined;
  }
  if (live) {
    try {
      await backupStoreTo(live, replacedCopy);
    } catch (error) {
      // The library is readable but its copy failed (disk full, no permission…): restoring now
      // would lose it. Nothing is restored, and nothing is moved.
      live.close();
      throw new BackupError(translation('restore.copyFailed', { detail: errorText(error) }));
    }
  }
  if (!live) {
    // Unreadable: keep its bytes exactly (with its WAL, which may hold the latest writes).
    const partial = partialPath(replacedCopy);
    copyFileSync(storePath, partial);
    makePrivateFile(partial);
    renameSync(partial, replacedCopy);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(storePath + suffix)) renameSync(storePath + suffix, replacedCopy + suffix);
    }
    await copyAsStore(file, storePath);
    return {
      restored: file,
      replacedCopy,
      method: 'file',
      ...(await upgradeOrPutBack(storeDir, schemaVersion, replacedCopy)),
    };
  }
  try {
    const source = openStoreFile(file, { readOnly: true });
    try {
      await copyStore(source, storePath);
    } finally {
      source.close();
    }
  } finally {
    live.close();
  }
  return {
    restored: file,
    replacedCopy,
    method: 'in-place',
    ...(await upgradeOrPutBack(storeDir, schemaVersion, replacedCopy)),
  };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
}

/** Opens a restored store from an older schema through the normal path, which migrates it. */
function upgradeRestored(storeDir: string, schemaVersion: number): { upgradedFrom?: number } {
  if (schemaVersion >= latestSchemaVersion()) return {};
  openStore(storeDir).db.close();
  return { upgradedFrom: schemaVersion };
}

/** `upgradeRestored`, or, when the migration fails, the replaced library put back and the restore refused. */
async function upgradeOrPutBack(
  storeDir: string,
  schemaVersion: number,
  replacedCopy: string,
): Promise<{ upgradedFrom?: number }> {
  try {
    return upgradeRestored(storeDir, schemaVersion);
  } catch (error) {
    const copy = openStoreFile(replacedCopy, { readOnly: true });
    try {
      await copyStore(copy, join(storeDir, STORE_FILE_NAME));
    } finally {
      copy.close();
    }
    throw new BackupError(translation('restore.upgradeFailed', { schema: schemaVersion, detail: errorText(error) }));
  }
}

async function copyAsStore(file: string, storePath: string): Promise<void> {
  cleanTargetLeftovers(storePath);
  const partial = partialPath(storePath);
  const source = openStoreFile(file, { readOnly: true });
  try {
    await copyStore(source, partial);
    toSingleFile(partial);
    verifyStoreFile(partial);
    makePrivateFile(partial);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
    throw error;
  } finally {
    source.close();
  }
  // A WAL left beside the old file belongs to it, not to the restored one.
  for (const suffix of ['-wal', '-shm']) rmSync(storePath + suffix, { force: true });
  renameSync(partial, storePath);
}

/** Resolves a backup named by the user: a path, or a name in the backups folder. */
export function resolveBackupFile(storeDir: string, nameOrPath: string): string {
  if (existsSync(nameOrPath)) return nameOrPath;
  const inFolder = join(backupsDir(storeDir), basename(nameOrPath));
  if (existsSync(inFolder)) return inFolder;
  throw new BackupError(translation('backup.noBackup', {}, { quoted: { name: nameOrPath } }));
}
