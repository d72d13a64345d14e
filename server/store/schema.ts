/**
 * The server's tables, for SQLite and PostgreSQL (the only differences are the binary and
 * serial column types). Created if missing when the store opens; `meta.schema` records the
 * version so a later server can migrate, and a newer store is refused.
 */
export const SERVER_SCHEMA_VERSION = 1;

export function schemaStatements(dialect: 'sqlite' | 'postgres'): string[] {
  const bytes = dialect === 'sqlite' ? 'BLOB' : 'BYTEA';
  const serial = dialect === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY';
  return [
    `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS teams (name TEXT PRIMARY KEY, ceiling TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS users (
       token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL, role TEXT NOT NULL,
       created_at TEXT NOT NULL, expires_at TEXT, revoked_at TEXT)`,
    `CREATE TABLE IF NOT EXISTS items (
       team TEXT NOT NULL, kind TEXT NOT NULL, item_id TEXT NOT NULL, generation INTEGER NOT NULL,
       marking TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL,
       PRIMARY KEY (team, kind, item_id))`,
    `CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, snapshot ${bytes}, updated_at TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS updates (id ${serial}, name TEXT NOT NULL, data ${bytes} NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id)`,
    `CREATE TABLE IF NOT EXISTS revoked (name TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS blobs (
       team TEXT NOT NULL, sha256 TEXT NOT NULL, data ${bytes} NOT NULL, size INTEGER NOT NULL, at TEXT NOT NULL,
       PRIMARY KEY (team, sha256))`,
    `CREATE TABLE IF NOT EXISTS audit (
       id ${serial}, at TEXT NOT NULL, user_name TEXT NOT NULL, team TEXT NOT NULL, action TEXT NOT NULL,
       document TEXT NOT NULL, detail TEXT NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS audit_by_document ON audit (document)`,
    `CREATE INDEX IF NOT EXISTS audit_by_team ON audit (team, id)`,
  ];
}

/** Thrown when the store was written by a newer server. */
export class StoreVersionError extends Error {
  constructor(found: number) {
    super(`store-version:${found}`);
    this.name = 'StoreVersionError';
  }
}
