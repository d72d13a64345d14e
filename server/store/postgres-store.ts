/**
 * The production store: PostgreSQL through `pg` (pure JavaScript). Several server instances
 * can share it (with Redis carrying live updates between them): every write is a single
 * statement or one transaction, and compaction reads and folds the stored updates under a
 * row lock, never an instance's memory, so two instances compacting at once lose nothing.
 */
import pg from 'pg';
import type { Classification } from '../../shared/model/classification.ts';
import { toItem, toUser, type ItemRow, type UserRow } from './rows.ts';
import { SERVER_SCHEMA_VERSION, StoreVersionError, schemaStatements } from './schema.ts';
import type { AuditEntry, ServerStore } from './types.ts';

const toBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);
const fromBuffer = (data: Buffer) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();

export async function openPostgresStore(url: string): Promise<ServerStore> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const query = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => pool.query<R>(text, values);

  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  // Two instances starting at once both create the schema: serialize them on an advisory lock.
  await inTransaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(7301017)');
    for (const statement of schemaStatements('postgres')) await client.query(statement);
    const found = await client.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema'`);
    const version = found.rows[0] ? Number(found.rows[0].value) : undefined;
    if (version !== undefined && version > SERVER_SCHEMA_VERSION) throw new StoreVersionError(version);
    if (version === undefined)
      await client.query(`INSERT INTO meta (key, value) VALUES ('schema', $1)`, [String(SERVER_SCHEMA_VERSION)]);
  }).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });

  return {
    async putTeam({ name, ceiling }) {
      await query(
        'INSERT INTO teams (name, ceiling) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET ceiling = excluded.ceiling',
        [name, ceiling],
      );
    },
    async getTeam(name) {
      const { rows } = await query<{ name: string; ceiling: Classification }>(
        'SELECT name, ceiling FROM teams WHERE name = $1',
        [name],
      );
      return rows[0] ? { name: rows[0].name, ceiling: rows[0].ceiling } : undefined;
    },
    async addUser(user) {
      await query(
        'INSERT INTO users (token_hash, name, team, role, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [user.tokenHash, user.name, user.team, user.role, user.createdAt, user.expiresAt],
      );
    },
    async findUserByTokenHash(tokenHash) {
      const { rows } = await query<UserRow>('SELECT * FROM users WHERE token_hash = $1', [tokenHash]);
      return rows[0] ? toUser(rows[0]) : undefined;
    },
    async listUsers(team) {
      const { rows } = team
        ? await query<UserRow>('SELECT * FROM users WHERE team = $1 ORDER BY team, name, created_at', [team])
        : await query<UserRow>('SELECT * FROM users ORDER BY team, name, created_at');
      return rows.map(toUser);
    },
    async revokeUser(name, team, at) {
      const result = await query(
        'UPDATE users SET revoked_at = $1 WHERE name = $2 AND team = $3 AND revoked_at IS NULL',
        [at, name, team],
      );
      return result.rowCount ?? 0;
    },

    async getItem(team, kind, itemId) {
      const { rows } = await query<ItemRow>('SELECT * FROM items WHERE team = $1 AND kind = $2 AND item_id = $3', [
        team,
        kind,
        itemId,
      ]);
      return rows[0] ? toItem(rows[0]) : undefined;
    },
    async touchItem(item) {
      await query(
        `INSERT INTO items (team, kind, item_id, generation, marking, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (team, kind, item_id) DO UPDATE SET marking = excluded.marking, updated_at = excluded.updated_at
         WHERE items.generation = excluded.generation`,
        [item.team, item.kind, item.itemId, item.generation, item.marking, item.updatedAt],
      );
    },
    async listItems(team) {
      const { rows } = await query<ItemRow>(
        'SELECT * FROM items WHERE team = $1 AND removed = 0 ORDER BY kind, item_id',
        [team],
      );
      return rows.map(toItem);
    },

    async loadDocument(name) {
      return inTransaction(async (client) => {
        const snapshot = await client.query<{ snapshot: Buffer | null }>(
          'SELECT snapshot FROM documents WHERE name = $1',
          [name],
        );
        const updates = await client.query<{ data: Buffer }>('SELECT data FROM updates WHERE name = $1 ORDER BY id', [
          name,
        ]);
        const stored = snapshot.rows[0]?.snapshot;
        return { snapshot: stored ? fromBuffer(stored) : null, updates: updates.rows.map((u) => fromBuffer(u.data)) };
      });
    },
    async appendUpdate(name, update) {
      await query('INSERT INTO updates (name, data) VALUES ($1, $2)', [name, toBuffer(update)]);
    },
    async compact(name, merge) {
      await inTransaction(async (client) => {
        // One compaction per document at a time, across instances.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
        const snapshot = await client.query<{ snapshot: Buffer | null }>(
          'SELECT snapshot FROM documents WHERE name = $1',
          [name],
        );
        const updates = await client.query<{ id: string; data: Buffer }>(
          'SELECT id, data FROM updates WHERE name = $1 ORDER BY id',
          [name],
        );
        if (updates.rows.length === 0) return;
        const stored = snapshot.rows[0]?.snapshot;
        const parts = [...(stored ? [fromBuffer(stored)] : []), ...updates.rows.map((u) => fromBuffer(u.data))];
        const merged = merge(parts);
        await client.query(
          `INSERT INTO documents (name, snapshot, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`,
          [name, toBuffer(merged), new Date().toISOString()],
        );
        // Exactly the updates folded: another instance may commit one with a lower id after
        // they were read (ids are taken before commit), and it must stay for the next fold.
        await client.query('DELETE FROM updates WHERE name = $1 AND id = ANY($2::bigint[])', [
          name,
          updates.rows.map((u) => u.id),
        ]);
      });
    },
    async replaceDocument(name, state) {
      await inTransaction(async (client) => {
        await client.query('DELETE FROM updates WHERE name = $1', [name]);
        await client.query(
          `INSERT INTO documents (name, snapshot, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`,
          [name, toBuffer(state), new Date().toISOString()],
        );
      });
    },
    async deleteDocument(name) {
      await inTransaction(async (client) => {
        await client.query('DELETE FROM updates WHERE name = $1', [name]);
        await client.query('DELETE FROM documents WHERE name = $1', [name]);
      });
    },
    async isRevoked(name) {
      const { rows } = await query('SELECT 1 FROM revoked WHERE name = $1', [name]);
      return rows.length > 0;
    },
    async revoke(name, reason, at) {
      await query('INSERT INTO revoked (name, reason, at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
        name,
        reason,
        at,
      ]);
    },
    async setGeneration(team, kind, itemId, generation, at) {
      if (generation === null) {
        await query('UPDATE items SET removed = 1, updated_at = $1 WHERE team = $2 AND kind = $3 AND item_id = $4', [
          at,
          team,
          kind,
          itemId,
        ]);
      } else {
        await query(
          'UPDATE items SET generation = $1, removed = 0, updated_at = $2 WHERE team = $3 AND kind = $4 AND item_id = $5',
          [generation, at, team, kind, itemId],
        );
      }
    },

    async putBlob(team, sha256, data, at) {
      await query(
        'INSERT INTO blobs (team, sha256, data, size, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (team, sha256) DO NOTHING',
        [team, sha256, toBuffer(data), data.byteLength, at],
      );
    },
    async getBlob(team, sha256) {
      const { rows } = await query<{ data: Buffer }>('SELECT data FROM blobs WHERE team = $1 AND sha256 = $2', [
        team,
        sha256,
      ]);
      return rows[0] ? fromBuffer(rows[0].data) : undefined;
    },
    async hasBlob(team, sha256) {
      const { rows } = await query('SELECT 1 FROM blobs WHERE team = $1 AND sha256 = $2', [team, sha256]);
      return rows.length > 0;
    },

    async audit(entry) {
      await query('INSERT INTO audit (at, user_name, team, action, document, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
        entry.at,
        entry.user,
        entry.team,
        entry.action,
        entry.document,
        entry.detail,
      ]);
    },
    async listAudit({ team, document, limit }) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (team) {
        values.push(team);
        where.push(`team = $${values.length}`);
      }
      if (document) {
        values.push(document);
        where.push(`document = $${values.length}`);
      }
      values.push(limit);
      const { rows } = await query<Omit<AuditEntry, 'user'> & { user_name: string }>(
        `SELECT at, user_name, team, action, document, detail FROM audit
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.length}`,
        values,
      );
      return rows.map(({ user_name, ...rest }) => ({ ...rest, user: user_name }) as AuditEntry);
    },
    async compactAudit(document, summary) {
      await inTransaction(async (client) => {
        await client.query('DELETE FROM audit WHERE document = $1', [document]);
        await client.query(
          'INSERT INTO audit (at, user_name, team, action, document, detail) VALUES ($1, $2, $3, $4, $5, $6)',
          [summary.at, summary.user, summary.team, summary.action, summary.document, summary.detail],
        );
      });
    },

    async close() {
      await pool.end();
    },
  };
}
