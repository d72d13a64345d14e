/**
 * Generic SQL for whole-library export, import and comparison. Table names come only from the
 * registry in main/services/library/archive-tables.ts (never from an archive's contents); column names
 * are checked against the live schema before they reach SQL.
 */
import type { Database } from './database.ts';

export type SqlValue = null | number | bigint | string | Uint8Array;
export type Row = Record<string, SqlValue>;

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

/** The table's columns in schema order (empty when the table does not exist). */
export function tableColumns(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${quoteIdentifier(table)})`).all() as Array<{ name: string }>).map(
    (c) => c.name,
  );
}

/** Every ordinary table in the store (not SQLite's own). */
export function listTables(db: Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as Array<{ name: string }>
  ).map((t) => t.name);
}

/** All rows of a table in a stable order (its key columns). Iterates: a table may be large. */
export function iterateRows(db: Database, table: string, orderBy: readonly string[]): IterableIterator<Row> {
  const order = orderBy.map(quoteIdentifier).join(', ');
  return db.prepare(`SELECT * FROM ${quoteIdentifier(table)} ORDER BY ${order}`).iterate() as IterableIterator<Row>;
}

export function countRows(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number }).n;
}

/** A prepared insert of these columns into the table; call it once per row. */
export function rowInserter(db: Database, table: string, columns: readonly string[]): (row: Row) => void {
  const statement = db.prepare(
    `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns
      .map(() => '?')
      .join(', ')})`,
  );
  return (row) => {
    statement.run(...columns.map((c) => row[c] ?? null));
  };
}

/** Foreign keys are checked at COMMIT rather than per row, so rows may arrive in any order. */
export function deferForeignKeys(db: Database): void {
  db.exec('PRAGMA defer_foreign_keys = ON');
}

/** Empties a table (its schema defaults, before an archive's rows replace them). */
export function deleteAllRows(db: Database, table: string): void {
  db.exec(`DELETE FROM ${quoteIdentifier(table)}`);
}
