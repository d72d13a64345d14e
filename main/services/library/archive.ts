/**
 * The whole library in one file (`.precis-library`, a zip): everything the registry in
 * archive-tables.ts lists, with the original documents as plain files.
 *
 *   manifest.json                       format, versions, row counts per table
 *   tables/<table>/000001.jsonl         rows as JSON lines, ROWS_PER_CHUNK per file
 *   originals/<sha256>.pdf|.docx|…      BLOB columns the registry names as files
 *
 * Import goes into an empty library, in one transaction: it lands whole or not at all.
 * An archive is treated as hostile input, like an import: before anything is inflated, every
 * entry must be one Précis writes, with a safe and unique name, and the archive must not expand
 * past MAX_ARCHIVE_EXPANDED_BYTES or any entry past MAX_ARCHIVE_ENTRY_RATIO times its size;
 * then every file is checksummed (CRC and, for originals, its SHA-256 recomputed against its
 * row), each file serves one row only, table names come only from the registry, column names
 * must exist in this schema, and every row must pass the API's schemas (archive-rows.ts).
 * Team approvals are not kept: anyone can write an archive, and only the team server can say
 * who approved what (a library that joins its team again gets them back).
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { makePrivateFile } from '../private-files.ts';
import { createHash } from 'node:crypto';
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import { cleanTargetLeftovers, partialPath } from '../files/partial-files.ts';
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
import { orphanedReviewRows, withholdApprovals } from '../store/sync.store.ts';
import {
  ARCHIVED_TABLES,
  DERIVED_TABLE_PREFIXES,
  MACHINE_TABLES,
  isMachineRow,
  type ArchivedTable,
} from './archive-tables.ts';
import { createZipWriter, openZipReader, ZipFormatError, type ZipReader } from './zip-file.ts';

export const ARCHIVE_FORMAT = 'precis-library';
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = '.precis-library';
const ROWS_PER_CHUNK = 5000;
/** A chunk of JSON lines (5000 rows) never needs more; bigger means a hostile archive. */
const MAX_CHUNK_BYTES = 256 * 1024 * 1024;
/** An original is at most the import limit (plus slack for formats stored before a limit change). */
const MAX_FILE_BYTES = 2 * MAX_INPUT_BYTES;
/**
 * What an archive may expand to in all: the zip format's own 4 GB, and never more than
 * MAX_ARCHIVE_TOTAL_RATIO times the archive's size once past 256 MB. Real archives expand
 * about 2× (originals are already compressed; rows as JSON lines about 3–10×).
 */
export const MAX_ARCHIVE_EXPANDED_BYTES = 4 * 1024 * 1024 * 1024;
const MAX_ARCHIVE_TOTAL_RATIO = 50;
const RATIO_FREE_BYTES = 256 * 1024 * 1024;
/** An entry of 1 MB or more that inflates more than this many times its size is a zip bomb. */
export const MAX_ARCHIVE_ENTRY_RATIO = 100;
const ENTRY_RATIO_MIN_BYTES = 1024 * 1024;

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<string, { rows: number; chunks: number }>;
}

/** An archive that cannot be imported: `message` in English, `translation` for any language. */
export class ArchiveError extends Error {
  readonly translation: ApiErrorTranslation;
  constructor(
    key: string,
    vars: Record<string, string | number> = {},
    more: Omit<ApiErrorTranslation, 'key' | 'vars'> = {},
  ) {
    const worded = translation(`hostile.archive.${key}`, vars, more);
    super(translateApiError(worded, 'en'));
    this.name = 'ArchiveError';
    this.translation = worded;
  }
}

/** A zip-level problem as a message in any language. */
function zipProblem(error: ZipFormatError): ApiErrorTranslation {
  return translation(`hostile.zip.${error.reason}`, {}, { quoted: { name: error.entry ?? '' } });
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

/** Writes the whole library to `path` (via a hidden partial file renamed when complete). */
export function exportLibrary(db: Database, path: string, appVersion: string): ArchiveManifest {
  cleanTargetLeftovers(path);
  const partial = partialPath(path);
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
        if (isMachineRow(spec.table, row)) continue;
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
    makePrivateFile(partial);
    renameSync(partial, path);
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
  if (!existsSync(path)) throw new ArchiveError('noFile', {}, { quoted: { path } });
  try {
    return openZipReader(path);
  } catch (error) {
    if (error instanceof ZipFormatError)
      throw new ArchiveError('notAnArchive', {}, { quoted: { path }, nested: { detail: zipProblem(error) } });
    throw error;
  }
}

function readManifest(zip: ZipReader): ArchiveManifest {
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(zip.read('manifest.json', 1024 * 1024).toString('utf8')) as ArchiveManifest;
  } catch {
    throw new ArchiveError('noManifest');
  }
  if (manifest?.format !== ARCHIVE_FORMAT || typeof manifest.tables !== 'object' || manifest.tables === null)
    throw new ArchiveError('noManifest');
  if (manifest.formatVersion > ARCHIVE_FORMAT_VERSION || manifest.schemaVersion > latestSchemaVersion()) {
    throw new ArchiveError('newer', { format: manifest.formatVersion, schema: manifest.schemaVersion });
  }
  for (const [table, entry] of Object.entries(manifest.tables)) {
    if (
      !Number.isSafeInteger(entry?.rows) ||
      !Number.isSafeInteger(entry?.chunks) ||
      entry.chunks < 0 ||
      entry.rows < 0
    )
      throw new ArchiveError('damagedManifest', { table });
  }
  return manifest;
}

function chunkName(table: string, chunk: number): string {
  return `tables/${table}/${String(chunk).padStart(6, '0')}.jsonl`;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

/**
 * Before anything is inflated: every entry is one Précis writes (the manifest, the chunks it
 * lists, files under a registered folder), and the declared sizes stay within the caps, in all
 * and per entry. (Reading checks each entry's real size and CRC against what it declares.)
 */
function checkEntries(zip: ZipReader, manifest: ArchiveManifest, archiveBytes: number): void {
  const chunks = new Set(
    ARCHIVED_TABLES.flatMap(({ table }) =>
      Array.from({ length: manifest.tables[table]?.chunks ?? 0 }, (_, i) => chunkName(table, i + 1)),
    ),
  );
  let total = 0;
  for (const entry of zip.entries.values()) {
    const known = entry.name === 'manifest.json' || chunks.has(entry.name) || entry.name.startsWith('originals/');
    if (!known) throw new ArchiveError('unexpectedEntry', {}, { quoted: { name: entry.name } });
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size >= ENTRY_RATIO_MIN_BYTES && ratio > MAX_ARCHIVE_ENTRY_RATIO)
      throw new ArchiveError('bomb', { ratio: Math.round(ratio) }, { quoted: { name: entry.name } });
  }
  const cap = Math.min(MAX_ARCHIVE_EXPANDED_BYTES, Math.max(RATIO_FREE_BYTES, archiveBytes * MAX_ARCHIVE_TOTAL_RATIO));
  if (total > cap) throw new ArchiveError('tooLarge', { expanded: megabytes(total), max: megabytes(cap) });
}

export interface ArchiveImportResult {
  manifest: ArchiveManifest;
  rows: Record<string, number>;
  /**
   * Team approvals the archive claimed and the import did not keep (their items are drafts
   * here): an archive cannot prove who approved what; the team server gives them back.
   */
  approvalsWithheld: number;
}

/**
 * Imports an archive into this library, which must be empty (no rows in any archived table).
 * One transaction: on any error the library is exactly as before.
 */
export function importLibrary(db: Database, path: string): ArchiveImportResult {
  const zip = openArchive(path);
  try {
    const manifest = readManifest(zip);
    const unknown = Object.keys(manifest.tables).filter((t) => !ARCHIVED_TABLES.some((a) => a.table === t));
    if (unknown.length > 0) throw new ArchiveError('unknownTables', { tables: unknown.join(', ') });
    checkEntries(zip, manifest, statSync(path).size);
    const occupied = ARCHIVED_TABLES.filter((t) => !t.schemaDefaults && countRows(db, t.table) > 0).map((t) => t.table);
    if (occupied.length > 0) throw new ArchiveError('notEmpty');
    const rows: Record<string, number> = {};
    const usedFiles = new Set<string>();
    let approvalsWithheld = 0;
    inTransaction(db, () => {
      deferForeignKeys(db);
      for (const spec of ARCHIVED_TABLES) {
        const entry = manifest.tables[spec.table];
        if (spec.schemaDefaults && entry) deleteAllRows(db, spec.table);
        rows[spec.table] = entry ? importTable(db, zip, spec, entry.chunks, usedFiles) : 0;
        if (entry && rows[spec.table] !== entry.rows) {
          throw new ArchiveError('incomplete', { listed: entry.rows, table: spec.table, held: rows[spec.table] ?? 0 });
        }
      }
      const unused = [...zip.entries.keys()].find((name) => name.startsWith('originals/') && !usedFiles.has(name));
      if (unused) throw new ArchiveError('unexpectedEntry', {}, { quoted: { name: unused } });
      if (foreignKeyViolations(db) > 0 || orphanedReviewRows(db) > 0) throw new ArchiveError('brokenReferences');
      approvalsWithheld = withholdApprovals(db);
      // Search tables are derived (not archived): triggers indexed the paragraphs as they came
      // in; annotations and notes (and deleted documents) are only right after a rebuild.
      rebuildSearchIndex(db);
    });
    return { manifest, rows, approvalsWithheld };
  } catch (error) {
    if (error instanceof ZipFormatError)
      throw new ArchiveError('damaged', {}, { nested: { detail: zipProblem(error) } });
    // A constraint the schemas let through (a duplicate key, say) is a damaged archive too.
    if (error instanceof Error && /constraint failed/i.test(error.message))
      throw new ArchiveError('constraint', { detail: error.message.replace(/^.*constraint failed:?\s*/i, '') });
    throw error;
  } finally {
    zip.close();
  }
}

/** The first thing wrong with a row, as "column: what" (zod's words; for developers and support). */
function rowIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'row'}: ${issue.message}` : 'invalid';
}

function importTable(
  db: Database,
  zip: ZipReader,
  spec: ArchivedTable,
  chunks: number,
  usedFiles: Set<string>,
): number {
  const columns = new Set(tableColumns(db, spec.table));
  const files = new Map((spec.files ?? []).map((f) => [f.column, f]));
  let count = 0;
  let insert: ((row: Row) => void) | undefined;
  let insertColumns: string[] = [];
  for (let chunk = 1; chunk <= chunks; chunk++) {
    const text = zip.read(chunkName(spec.table, chunk), MAX_CHUNK_BYTES).toString('utf8');
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const where = { table: spec.table, row: count + 1 };
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new ArchiveError('damagedRow', where);
      }
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ArchiveError('damagedRow', where);
      const fields = raw as Record<string, unknown>;
      for (const column of Object.keys(fields)) {
        if (!columns.has(column)) throw new ArchiveError('unknownField', { table: spec.table, column });
      }
      // The API's own schemas, on the row as it will be stored (files by their reference).
      const checked = spec.row.safeParse(fields);
      if (!checked.success) throw new ArchiveError('badRow', { ...where, detail: rowIssue(checked.error) });
      const row: Row = {};
      for (const [column, value] of Object.entries(fields)) {
        const file = files.get(column);
        row[column] = file ? readFile(zip, fields, value, file, usedFiles, where) : decodeValue(value, where);
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

/**
 * A BLOB kept as a file: it must be at the name the exporter gives this row and serve no other
 * row (one small file cannot be multiplied into a large library), and match the row's
 * SHA-256 and size (a falsified original cannot pass for the genuine one).
 */
function readFile(
  zip: ZipReader,
  fields: Record<string, unknown>,
  value: unknown,
  file: NonNullable<ArchivedTable['files']>[number],
  usedFiles: Set<string>,
  where: { table: string; row: number },
): SqlValue {
  if (value === null) return null;
  const name = (value as { $file?: unknown } | undefined)?.$file;
  if (typeof name !== 'string') throw new ArchiveError('damagedValue', where);
  if (name !== file.path(fields as Row) || usedFiles.has(name))
    throw new ArchiveError('fileReused', where, { quoted: { name } });
  usedFiles.add(name);
  const bytes = new Uint8Array(zip.read(name, MAX_FILE_BYTES));
  if (file.sha256 && createHash('sha256').update(bytes).digest('hex') !== fields[file.sha256])
    throw new ArchiveError('hashMismatch', {}, { quoted: { name } });
  if (file.size && fields[file.size] !== bytes.byteLength)
    throw new ArchiveError('hashMismatch', {}, { quoted: { name } });
  return bytes;
}

function decodeValue(value: unknown, where: { table: string; row: number }): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'object') {
    const tagged = value as Record<string, unknown>;
    if (typeof tagged.$base64 === 'string') return new Uint8Array(Buffer.from(tagged.$base64, 'base64'));
    if (typeof tagged.$bigint === 'string' && /^-?\d+$/.test(tagged.$bigint)) return BigInt(tagged.$bigint);
  }
  throw new ArchiveError('damagedValue', where);
}

/**
 * Everything the registry lists, table by table in key order, with BLOBs as their SHA-256:
 * two libraries are the same when their snapshots are deeply equal (the round-trip test).
 */
export function snapshotLibrary(db: Database): Record<string, Array<Record<string, unknown>>> {
  const snapshot: Record<string, Array<Record<string, unknown>>> = {};
  for (const spec of ARCHIVED_TABLES) {
    snapshot[spec.table] = [...iterateRows(db, spec.table, spec.key)]
      .filter((row) => !isMachineRow(spec.table, row))
      .map((row) =>
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
