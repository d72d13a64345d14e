/**
 * The whole library in one file (`.precis-library`, a zip): everything the registry in
 * archive-tables.ts lists, with the original documents as plain files.
 *
 *   manifest.json                       format, versions, row counts per table
 *   tables/<table>/000001.jsonl         rows as JSON lines, ROWS_PER_CHUNK per file
 *   originals/<sha256>.pdf|.docx|…      BLOB columns the registry names as files
 *
 * Import goes into an empty library, in one transaction: it lands whole or not at all.
 * An archive is treated as hostile input: sizes are capped, every file is checksummed,
 * table names come only from the registry and column names must exist in this schema.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { makePrivateFile } from '../private-files.ts';
import { createHash } from 'node:crypto';
import { MAX_INPUT_BYTES } from '../import/limits.ts';
import {
  countRows,
  deferForeignKeys,
  deleteAllRows,
  iterateRows,
  listTables,
  rowInserter,
  tableColumns,
  type Row,
  type SqlValue,
} from '../store/archive.store.ts';
import { inTransaction, latestSchemaVersion, type Database } from '../store/database.ts';
import { rebuildSearchIndex } from '../store/search.store.ts';
import { foreignKeyViolations } from '../store/maintenance.store.ts';
import { ARCHIVED_TABLES, DERIVED_TABLE_PREFIXES, MACHINE_TABLES, type ArchivedTable } from './archive-tables.ts';
import { createZipWriter, openZipReader, ZipFormatError, type ZipReader } from './zip-file.ts';

export const ARCHIVE_FORMAT = 'precis-library';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = '.precis-library';
const ROWS_PER_CHUNK = 5000;
/** A chunk of JSON lines (5000 rows) never needs more; bigger means a hostile archive. */
const MAX_CHUNK_BYTES = 256 * 1024 * 1024;
/** An original is at most the import limit (plus slack for formats stored before a limit change). */
const MAX_FILE_BYTES = 2 * MAX_INPUT_BYTES;

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<string, { rows: number; chunks: number }>;
}

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** Tables in the store that are neither archived nor derived: data an archive would lose. */
export function unarchivedTables(db: Database): string[] {
  const archived = new Set(ARCHIVED_TABLES.map((t) => t.table));
  return listTables(db).filter(
    (name) =>
      !archived.has(name) &&
      !MACHINE_TABLES.includes(name) &&
      !DERIVED_TABLE_PREFIXES.some((prefix) => name.startsWith(prefix)),
  );
}

function encodeValue(value: SqlValue): unknown {
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  return value;
}

/** Writes the whole library to `path` (via a `.partial` file renamed when complete). */
export function exportLibrary(db: Database, path: string, appVersion: string): ArchiveManifest {
  const partial = `${path}.partial`;
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    schemaVersion: latestSchemaVersion(),
    appVersion,
    exportedAt: new Date().toISOString(),
    tables: {},
  };
  const zip = createZipWriter(partial);
  let closed = false;
  // One read transaction: every table from the same moment, even if another process writes.
  db.exec('BEGIN');
  try {
    for (const spec of ARCHIVED_TABLES) {
      let lines: string[] = [];
      let rows = 0;
      let chunks = 0;
      const flush = (): void => {
        if (lines.length === 0) return;
        chunks += 1;
        zip.add(`tables/${spec.table}/${String(chunks).padStart(6, '0')}.jsonl`, Buffer.from(lines.join('\n') + '\n'));
        lines = [];
      };
      const fileColumns = new Map((spec.files ?? []).map((f) => [f.column, f.path]));
      for (const row of iterateRows(db, spec.table, spec.key)) {
        const out: Record<string, unknown> = {};
        for (const [column, value] of Object.entries(row)) {
          const filePath = fileColumns.get(column);
          if (filePath && value instanceof Uint8Array) {
            const name = filePath(row);
            zip.add(name, value);
            out[column] = { $file: name };
          } else out[column] = encodeValue(value);
        }
        lines.push(JSON.stringify(out));
        rows += 1;
        if (lines.length >= ROWS_PER_CHUNK) flush();
      }
      flush();
      manifest.tables[spec.table] = { rows, chunks };
    }
    zip.add('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
    zip.close();
    closed = true;
    db.exec('COMMIT');
    renameSync(partial, path);
    makePrivateFile(path);
    return manifest;
  } catch (error) {
    if (!closed) {
      try {
        zip.close();
      } catch {
        // already failing: the partial file is removed below
      }
    }
    if (db.isTransaction) db.exec('ROLLBACK');
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Reads and checks an archive's manifest without importing anything. */
export function readArchiveManifest(path: string): ArchiveManifest {
  const zip = openArchive(path);
  try {
    return readManifest(zip);
  } finally {
    zip.close();
  }
}

function openArchive(path: string): ZipReader {
  if (!existsSync(path)) throw new ArchiveError(`There is no file at ${path}.`);
  try {
    return openZipReader(path);
  } catch (error) {
    if (error instanceof ZipFormatError)
      throw new ArchiveError(`${path} is not a Précis library archive: ${error.message}`);
    throw error;
  }
}

function readManifest(zip: ZipReader): ArchiveManifest {
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(zip.read('manifest.json', 1024 * 1024).toString('utf8')) as ArchiveManifest;
  } catch (error) {
    throw new ArchiveError(
      `This file is not a Précis library archive (${error instanceof Error ? error.message : 'no manifest'}).`,
    );
  }
  if (manifest?.format !== ARCHIVE_FORMAT) throw new ArchiveError('This file is not a Précis library archive.');
  if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION || manifest.schemaVersion > latestSchemaVersion()) {
    throw new ArchiveError(
      `This archive was made by a newer version of Précis (format ${manifest.formatVersion}, schema ${manifest.schemaVersion}). Update Précis to import it.`,
    );
  }
  return manifest;
}

export interface ArchiveImportResult {
  manifest: ArchiveManifest;
  rows: Record<string, number>;
}

/**
 * Imports an archive into this library, which must be empty (no rows in any archived table).
 * One transaction: on any error the library is exactly as before.
 */
export function importLibrary(db: Database, path: string): ArchiveImportResult {
  const zip = openArchive(path);
  try {
    const manifest = readManifest(zip);
    const occupied = ARCHIVED_TABLES.filter((t) => !t.schemaDefaults && countRows(db, t.table) > 0).map((t) => t.table);
    if (occupied.length > 0) {
      throw new ArchiveError(
        'This library is not empty, and importing an archive into it would mix two libraries. ' +
          'Import into a new library instead: `precis import-library FILE --store NEW-FOLDER`.',
      );
    }
    const rows: Record<string, number> = {};
    inTransaction(db, () => {
      deferForeignKeys(db);
      for (const spec of ARCHIVED_TABLES) {
        const entry = manifest.tables[spec.table];
        if (spec.schemaDefaults && entry) deleteAllRows(db, spec.table);
        rows[spec.table] = entry ? importTable(db, zip, spec, entry.chunks) : 0;
        if (entry && rows[spec.table] !== entry.rows) {
          throw new ArchiveError(
            `The archive is incomplete: it lists ${entry.rows} rows of ${spec.table} but holds ${rows[spec.table]}.`,
          );
        }
      }
      const unknown = Object.keys(manifest.tables).filter((t) => !ARCHIVED_TABLES.some((a) => a.table === t));
      if (unknown.length > 0) {
        throw new ArchiveError(`The archive holds data this version of Précis does not know (${unknown.join(', ')}).`);
      }
      if (foreignKeyViolations(db) > 0) throw new ArchiveError('The archive is inconsistent (broken references).');
      // Search tables are derived (not archived): triggers indexed the paragraphs as they came
      // in; annotations and notes (and deleted documents) are only right after a rebuild.
      rebuildSearchIndex(db);
    });
    return { manifest, rows };
  } catch (error) {
    if (error instanceof ZipFormatError) throw new ArchiveError(`The archive is damaged: ${error.message}`);
    throw error;
  } finally {
    zip.close();
  }
}

function importTable(db: Database, zip: ZipReader, spec: ArchivedTable, chunks: number): number {
  const columns = new Set(tableColumns(db, spec.table));
  const fileColumns = new Set((spec.files ?? []).map((f) => f.column));
  let count = 0;
  let insert: ((row: Row) => void) | undefined;
  let insertColumns: string[] = [];
  for (let chunk = 1; chunk <= chunks; chunk++) {
    const text = zip
      .read(`tables/${spec.table}/${String(chunk).padStart(6, '0')}.jsonl`, MAX_CHUNK_BYTES)
      .toString('utf8');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw new ArchiveError('A row in the archive is damaged.');
      const row: Row = {};
      for (const [column, value] of Object.entries(raw)) {
        if (!columns.has(column)) {
          throw new ArchiveError(
            `The archive has a field (${spec.table}.${column}) this version of Précis does not know.`,
          );
        }
        row[column] = decodeValue(zip, value, fileColumns.has(column));
      }
      const keys = Object.keys(row);
      if (!insert || keys.join('\u0000') !== insertColumns.join('\u0000')) {
        insertColumns = keys;
        insert = rowInserter(db, spec.table, keys);
      }
      insert(row);
      count += 1;
    }
  }
  return count;
}

function decodeValue(zip: ZipReader, value: unknown, mayBeFile: boolean): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'object') {
    const tagged = value as Record<string, unknown>;
    if (mayBeFile && typeof tagged.$file === 'string') return new Uint8Array(zip.read(tagged.$file, MAX_FILE_BYTES));
    if (typeof tagged.$base64 === 'string') return new Uint8Array(Buffer.from(tagged.$base64, 'base64'));
    if (typeof tagged.$bigint === 'string' && /^-?\d+$/.test(tagged.$bigint)) return BigInt(tagged.$bigint);
  }
  throw new ArchiveError('A value in the archive is damaged.');
}

/**
 * Everything the registry lists, table by table in key order, with BLOBs as their SHA-256:
 * two libraries are the same when their snapshots are deeply equal (the round-trip test).
 */
export function snapshotLibrary(db: Database): Record<string, Array<Record<string, unknown>>> {
  const snapshot: Record<string, Array<Record<string, unknown>>> = {};
  for (const spec of ARCHIVED_TABLES) {
    snapshot[spec.table] = [...iterateRows(db, spec.table, spec.key)].map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          value instanceof Uint8Array
            ? `sha256:${createHash('sha256').update(value).digest('hex')}:${value.byteLength}`
            : value,
        ]),
      ),
    );
  }
  return snapshot;
}
