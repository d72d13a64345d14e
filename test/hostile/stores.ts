/**
 * Store files Précis must not adopt, written at test time into a library folder as
 * `precis.sqlite`: other programs' SQLite databases (with and without a schema version, in
 * rollback and WAL mode, one with a table named like Précis's), a store from a newer Précis,
 * files that are not SQLite, a truncated and a damaged Précis store. Each says which refusal it
 * expects (StoreOpenError's code); the test then checks that every byte is as it was.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStoreFile } from '../../main/services/store/store-file.store.ts';
import { STORE_FILE_NAME, type StoreOpenProblem } from '../../main/services/store/database.ts';

export interface HostileStore {
  kind: string;
  /** Writes the file(s) into `dir` (an empty folder). */
  make: (dir: string) => void;
  refusal: StoreOpenProblem;
  /** Read-only, it opens all the same (what it holds cannot act when nothing is written). */
  readOnlyOpens?: true;
}

/**
 * A SQLite database made with `sql`, as another program would leave it. With `wal`, the
 * program's journal is WAL and `walSql` runs after a checkpoint: its changes are only in the
 * -wal file left beside the database, as a running (or crashed) program leaves it.
 */
function sqlite(sql: string, options: { walSql?: string } = {}): (dir: string) => void {
  return (dir) => {
    const path = join(dir, STORE_FILE_NAME);
    const db = openStoreFile(path);
    if (options.walSql !== undefined) db.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0');
    db.exec(sql);
    if (options.walSql === undefined) return db.close();
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    db.exec(options.walSql);
    // Copies taken while it is open keep the WAL (closing would checkpoint it away).
    for (const suffix of ['', '-wal']) copyFileSync(path + suffix, join(dir, `copy${suffix}`));
    db.close();
    for (const suffix of ['', '-wal']) {
      copyFileSync(join(dir, `copy${suffix}`), path + suffix);
      rmSync(join(dir, `copy${suffix}`));
    }
  };
}

/** `genuine` is the path of a real Précis store (closed, one file) to damage. */
export function hostileStores(genuine: string): HostileStore[] {
  const bytes = readFileSync(genuine);
  const write = (content: Buffer | string) => (dir: string) => writeFileSync(join(dir, STORE_FILE_NAME), content);
  const damaged = Buffer.from(bytes);
  // Scribble over the middle pages (not the header): SQLite opens it, the integrity check fails.
  damaged.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
  /** The genuine store with `sql` run into it by another program (rollback journal, one file). */
  const altered = (sql: string) => (dir: string) => {
    write(bytes)(dir);
    const db = openStoreFile(join(dir, STORE_FILE_NAME));
    db.exec(`PRAGMA journal_mode = DELETE; ${sql}`);
    db.close();
  };
  return [
    {
      kind: 'another program’s database, schema version 0 with tables',
      make: sqlite("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('A', '1')"),
      refusal: 'foreign',
    },
    {
      kind: 'another program’s database with its own schema version',
      make: sqlite('CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL); PRAGMA user_version = 3'),
      refusal: 'foreign',
    },
    {
      kind: 'another program’s database in WAL mode, its WAL beside it',
      make: sqlite('CREATE TABLE events (at TEXT)', { walSql: "INSERT INTO events VALUES ('now')" }),
      refusal: 'foreign',
    },
    {
      kind: 'a database with a documents table that is not Précis’s',
      make: sqlite(
        'CREATE TABLE documents (id TEXT, body TEXT); CREATE TABLE settings (k, v); PRAGMA user_version = 5',
      ),
      refusal: 'foreign',
    },
    {
      kind: 'only an index and a view, schema version 0',
      make: sqlite('CREATE TABLE t (x); CREATE INDEX i ON t (x); CREATE VIEW v AS SELECT x FROM t'),
      refusal: 'foreign',
    },
    {
      kind: 'a store from a newer Précis',
      make: (dir) => {
        write(bytes)(dir);
        const db = openStoreFile(join(dir, STORE_FILE_NAME));
        db.exec('PRAGMA journal_mode = DELETE; CREATE TABLE future (x); PRAGMA user_version = 999');
        db.close();
      },
      refusal: 'newer-version',
    },
    {
      // Set PROTECTED B, saved, and quietly marked UNCLASSIFIED again by the file itself.
      kind: 'a Précis store with a trigger of its own that lowers every saved note’s marking',
      make: altered(
        "CREATE TRIGGER notes_keep_clean AFTER UPDATE OF classification ON notes BEGIN UPDATE notes SET classification = 'unclassified' WHERE id = new.id; END",
      ),
      refusal: 'corrupt',
      readOnlyOpens: true,
    },
    {
      kind: 'a Précis store whose own trigger was rewritten',
      make: altered(
        'DROP TRIGGER notes_search_delete; CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN DELETE FROM settings; END',
      ),
      refusal: 'corrupt',
    },
    {
      kind: 'a Précis store with a view of its own',
      make: altered("CREATE VIEW notes_for_print AS SELECT id, 'unclassified' AS classification FROM notes"),
      refusal: 'corrupt',
    },
    { kind: 'a text file', make: write('these are my notes, not a database\n'.repeat(100)), refusal: 'corrupt' },
    { kind: 'a PDF named precis.sqlite', make: write('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), refusal: 'corrupt' },
    { kind: 'a SQLite header and nothing else', make: write(bytes.subarray(0, 100)), refusal: 'corrupt' },
    {
      kind: 'a Précis store cut in half',
      make: write(bytes.subarray(0, Math.floor(bytes.length / 2))),
      refusal: 'corrupt',
    },
    { kind: 'a Précis store with damaged pages', make: write(damaged), refusal: 'corrupt' },
  ];
}
