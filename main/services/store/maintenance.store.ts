/**
 * SQL for looking after the store file itself: integrity, schema version, what it holds.
 * Used by backup verification, restore and the crash test.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface StoreFacts {
  /** `ok`, or SQLite's first complaint. */
  integrity: string;
  schemaVersion: number;
  /** Whether the file has the library's `documents` table (i.e. is a Précis store at all). */
  hasDocuments: boolean;
  documents: number;
}

/** Quick structural check (PRAGMA quick_check) plus what the file is. */
export function readStoreFacts(db: DatabaseSync): StoreFacts {
  const integrity = (db.prepare('PRAGMA quick_check(1)').get() as { quick_check: string }).quick_check;
  const schemaVersion = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  const hasDocuments =
    (
      db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get() as {
        n: number;
      }
    ).n === 1;
  const documents = hasDocuments ? (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n : 0;
  return { integrity, schemaVersion, hasDocuments, documents };
}

/** The full PRAGMA integrity_check: every page, index and constraint. Returns its lines. */
export function integrityCheck(db: DatabaseSync): string[] {
  return (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map(
    (row) => row.integrity_check,
  );
}

/** The foreign-key violations, if any (PRAGMA foreign_key_check). */
export function foreignKeyViolations(db: DatabaseSync): number {
  return db.prepare('PRAGMA foreign_key_check').all().length;
}
