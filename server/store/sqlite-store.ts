/**
 * The embedded store: one SQLite file (`precis-server.sqlite`) in the data folder, through
 * Node's own `node:sqlite` (no native module). WAL with `synchronous = FULL`, so an update is
 * on disk when `appendUpdate` returns and a killed server loses nothing it acknowledged.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { toItem, toUser, type ItemRow, type UserRow } from './rows.ts';
import { SERVER_SCHEMA_VERSION, StoreVersionError, schemaStatements } from './schema.ts';
import type { AuditEntry, ServerStore, StoredDocument, StoredTeam } from './types.ts';

export const SERVER_STORE_FILE = 'precis-server.sqlite';

const bytes = (value: unknown): Uint8Array => new Uint8Array(value as Uint8Array);

export function openSqliteStore(dir: string): ServerStore {
  // Owner-only at rest (team data may be classified): the folder 0700 and the store with its
  // WAL and shared memory 0600, also when an earlier version left them open to others. SQLite
  // gives the -wal and -shm files it creates the store file's mode.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, SERVER_STORE_FILE);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) chmodSync(path + suffix, 0o600);
  const fresh = !existsSync(path);
  const db = new DatabaseSync(path);
  if (fresh) chmodSync(path, 0o600);
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  for (const statement of schemaStatements('sqlite')) db.exec(statement);
  const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).get() as { value: string } | undefined;
  if (version && Number(version.value) > SERVER_SCHEMA_VERSION) {
    db.close();
    throw new StoreVersionError(Number(version.value));
  }
  if (!version) db.prepare(`INSERT INTO meta (key, value) VALUES ('schema', ?)`).run(String(SERVER_SCHEMA_VERSION));

  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    async putTeam({ name, ceiling }: StoredTeam) {
      db.prepare(
        'INSERT INTO teams (name, ceiling) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET ceiling = excluded.ceiling',
      ).run(name, ceiling);
    },
    async getTeam(name) {
      const row = db.prepare('SELECT name, ceiling FROM teams WHERE name = ?').get(name) as StoredTeam | undefined;
      return row ? { name: row.name, ceiling: row.ceiling } : undefined;
    },
    async addUser(user) {
      db.prepare(
        'INSERT INTO users (token_hash, name, team, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(user.tokenHash, user.name, user.team, user.role, user.createdAt, user.expiresAt);
    },
    async findUserByTokenHash(tokenHash) {
      const row = db.prepare('SELECT * FROM users WHERE token_hash = ?').get(tokenHash) as UserRow | undefined;
      return row ? toUser(row) : undefined;
    },
    async listUsers(team) {
      const rows = (team
        ? db.prepare('SELECT * FROM users WHERE team = ? ORDER BY team, name, created_at').all(team)
        : db.prepare('SELECT * FROM users ORDER BY team, name, created_at').all()) as unknown as UserRow[];
      return rows.map(toUser);
    },
    async revokeUser(name, team, at) {
      const result = db
        .prepare('UPDATE users SET revoked_at = ? WHERE name = ? AND team = ? AND revoked_at IS NULL')
        .run(at, name, team);
      return Number(result.changes);
    },

    async getItem(team, kind, itemId) {
      const row = db
        .prepare('SELECT * FROM items WHERE team = ? AND kind = ? AND item_id = ?')
        .get(team, kind, itemId) as ItemRow | undefined;
      return row ? toItem(row) : undefined;
    },
    async touchItem(item) {
      db.prepare(
        `INSERT INTO items (team, kind, item_id, generation, marking, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (team, kind, item_id) DO UPDATE SET marking = excluded.marking, updated_at = excluded.updated_at
         WHERE items.generation = excluded.generation`,
      ).run(item.team, item.kind, item.itemId, item.generation, item.marking, item.updatedAt);
    },
    async listItems(team) {
      const rows = db
        .prepare('SELECT * FROM items WHERE team = ? AND removed = 0 ORDER BY kind, item_id')
        .all(team) as unknown as ItemRow[];
      return rows.map(toItem);
    },

    async loadDocument(name): Promise<StoredDocument> {
      return transaction(() => {
        const row = db.prepare('SELECT snapshot FROM documents WHERE name = ?').get(name) as
          { snapshot: Uint8Array | null } | undefined;
        const updates = db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY id').all(name) as Array<{
          data: Uint8Array;
        }>;
        return { snapshot: row?.snapshot ? bytes(row.snapshot) : null, updates: updates.map((u) => bytes(u.data)) };
      });
    },
    async appendUpdate(name, update) {
      db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)').run(name, update);
    },
    async compact(name, merge) {
      transaction(() => {
        const row = db.prepare('SELECT snapshot FROM documents WHERE name = ?').get(name) as
          { snapshot: Uint8Array | null } | undefined;
        const updates = db.prepare('SELECT id, data FROM updates WHERE name = ? ORDER BY id').all(name) as Array<{
          id: number;
          data: Uint8Array;
        }>;
        if (updates.length === 0) return;
        const parts = [...(row?.snapshot ? [bytes(row.snapshot)] : []), ...updates.map((u) => bytes(u.data))];
        const merged = merge(parts);
        db.prepare(
          `INSERT INTO documents (name, snapshot, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`,
        ).run(name, merged, new Date().toISOString());
        const last = updates.at(-1)?.id ?? 0;
        db.prepare('DELETE FROM updates WHERE name = ? AND id <= ?').run(name, last);
      });
    },
    async replaceDocument(name, state) {
      transaction(() => {
        db.prepare('DELETE FROM updates WHERE name = ?').run(name);
        db.prepare(
          `INSERT INTO documents (name, snapshot, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`,
        ).run(name, state, new Date().toISOString());
      });
    },
    async deleteDocument(name) {
      transaction(() => {
        db.prepare('DELETE FROM updates WHERE name = ?').run(name);
        db.prepare('DELETE FROM documents WHERE name = ?').run(name);
      });
      // Deleted pages are overwritten, not left readable in the file (a spill must go for good).
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    },
    async isRevoked(name) {
      return db.prepare('SELECT 1 FROM revoked WHERE name = ?').get(name) !== undefined;
    },
    async revoke(name, reason, at) {
      db.prepare('INSERT INTO revoked (name, reason, at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING').run(
        name,
        reason,
        at,
      );
    },
    async setGeneration(team, kind, itemId, generation, at) {
      if (generation === null) {
        db.prepare('UPDATE items SET removed = 1, updated_at = ? WHERE team = ? AND kind = ? AND item_id = ?').run(
          at,
          team,
          kind,
          itemId,
        );
      } else {
        db.prepare(
          'UPDATE items SET generation = ?, removed = 0, updated_at = ? WHERE team = ? AND kind = ? AND item_id = ?',
        ).run(generation, at, team, kind, itemId);
      }
    },

    async putBlob(team, sha256, data, at) {
      db.prepare(
        'INSERT INTO blobs (team, sha256, data, size, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (team, sha256) DO NOTHING',
      ).run(team, sha256, data, data.byteLength, at);
    },
    async getBlob(team, sha256) {
      const row = db.prepare('SELECT data FROM blobs WHERE team = ? AND sha256 = ?').get(team, sha256) as
        { data: Uint8Array } | undefined;
      return row ? bytes(row.data) : undefined;
    },
    async hasBlob(team, sha256) {
      return db.prepare('SELECT 1 FROM blobs WHERE team = ? AND sha256 = ?').get(team, sha256) !== undefined;
    },

    async audit(entry) {
      db.prepare('INSERT INTO audit (at, user_name, team, action, document, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
        entry.at,
        entry.user,
        entry.team,
        entry.action,
        entry.document,
        entry.detail,
      );
    },
    async listAudit({ team, document, limit }) {
      const where: string[] = [];
      const values: string[] = [];
      if (team) {
        where.push('team = ?');
        values.push(team);
      }
      if (document) {
        where.push('document = ?');
        values.push(document);
      }
      const rows = db
        .prepare(
          `SELECT at, user_name, team, action, document, detail FROM audit
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
        )
        .all(...values, limit) as Array<Omit<AuditEntry, 'user'> & { user_name: string }>;
      return rows.map(({ user_name, ...rest }) => ({ ...rest, user: user_name }) as AuditEntry);
    },
    async compactAudit(document, summary) {
      transaction(() => {
        db.prepare('DELETE FROM audit WHERE document = ?').run(document);
        db.prepare('INSERT INTO audit (at, user_name, team, action, document, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
          summary.at,
          summary.user,
          summary.team,
          summary.action,
          summary.document,
          summary.detail,
        );
      });
    },

    async close() {
      if (db.isOpen) db.close();
    },
  };
}
