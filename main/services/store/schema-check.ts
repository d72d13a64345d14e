/**
 * A store's active schema objects checked against Précis's own. Triggers run on every write
 * and views answer reads: a library file altered by another program (or crafted and handed
 * over as a backup) could carry a trigger that quietly lowers each note's marking as it is
 * saved, or a view that answers search with other text. The triggers and views of a store at
 * schema version N must be exactly those Précis's migrations 1..N create (same name, same SQL).
 */
import { DatabaseSync } from 'node:sqlite';
import type { Database } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

export interface ForeignSchemaObject {
  type: 'trigger' | 'view';
  name: string;
  /** It stands in for one of Précis's own (same name, other SQL), rather than adding one. */
  replaces: boolean;
}

interface SchemaObject {
  type: 'trigger' | 'view';
  name: string;
  sql: string;
}

const ACTIVE_OBJECTS =
  "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name";

/** Précis's triggers and views at each schema version, built once per process in memory. */
const expected = new Map<number, Map<string, string>>();

function precisObjects(version: number): Map<string, string> {
  let objects = expected.get(version);
  if (objects) return objects;
  const scratch = new DatabaseSync(':memory:');
  try {
    for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
      scratch.exec(migration.sql);
      migration.up?.(scratch);
    }
    const rows = scratch.prepare(ACTIVE_OBJECTS).all() as unknown as SchemaObject[];
    objects = new Map(rows.map((row) => [`${row.type} ${row.name}`, row.sql]));
  } finally {
    scratch.close();
  }
  expected.set(version, objects);
  return objects;
}

/**
 * The triggers and views in `db` (a store at schema `version`) that Précis's schema at that
 * version does not have, or has with other SQL. Empty for every store Précis wrote.
 */
export function foreignSchemaObjects(db: Database, version: number): ForeignSchemaObject[] {
  const own = precisObjects(version);
  const rows = db.prepare(ACTIVE_OBJECTS).all() as unknown as SchemaObject[];
  return rows
    .filter((row) => own.get(`${row.type} ${row.name}`) !== row.sql)
    .map((row) => ({ type: row.type, name: row.name, replaces: own.has(`${row.type} ${row.name}`) }));
}

/** The names of `objects`, for a message: "trigger x, view y" (at most five). */
export function describeSchemaObjects(objects: readonly ForeignSchemaObject[]): string {
  const named = objects.slice(0, 5).map((o) => `${o.type} ${o.name.replace(/[^\p{L}\p{N}_.-]/gu, '?').slice(0, 60)}`);
  return objects.length > 5 ? `${named.join(', ')}…` : named.join(', ');
}
