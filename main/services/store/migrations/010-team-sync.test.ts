import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import {
  appendPending,
  countWaiting,
  foldPending,
  getMembership,
  getReplica,
  insertReplica,
  listPending,
  markAcked,
  putMembership,
} from '../sync.store.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 010 (team sync)', () => {
  it('keeps one membership, replicas with their pending updates, and counts what waits for the server', () => {
    const { db } = openStore(temp.dir);
    expect(getMembership(db)).toBeUndefined();
    const membership = {
      serverUrl: 'http://127.0.0.1:9',
      token: 'pct_x',
      userName: 'Dana',
      role: 'editor' as const,
      team: 'desk',
      ceiling: 'protected-a' as const,
      shareNew: true,
      joinedAt: '2026-01-01T00:00:00Z',
    };
    putMembership(db, membership);
    putMembership(db, { ...membership, role: 'approver' });
    expect(getMembership(db)).toEqual({ ...membership, role: 'approver' });
    expect(() =>
      db
        .prepare(
          `INSERT INTO team_membership (id, server_url, token, user_name, role, team, ceiling, joined_at) VALUES (2, '', '', '', 'editor', 't', 'secret', '')`,
        )
        .run(),
    ).toThrow();

    insertReplica(db, { kind: 'note', itemId: 'n1', generation: 0, state: new Uint8Array([0, 0]) });
    const a = appendPending(db, 'note', 'n1', 'local', new Uint8Array([1]));
    appendPending(db, 'note', 'n1', 'remote', new Uint8Array([2]));
    const c = appendPending(db, 'note', 'n1', 'local', new Uint8Array([3]));
    expect(countWaiting(db).get('note/n1')).toBe(2);
    expect(markAcked(db, 'note', 'n1', a)).toBe(1);
    expect(countWaiting(db).get('note/n1')).toBe(1);
    // Folding merges everything into the state but keeps what the server has not acknowledged.
    foldPending(db, 'note', 'n1', (parts) => new Uint8Array(parts.flatMap((p) => [...p])));
    expect([...(getReplica(db, 'note', 'n1')?.state ?? [])]).toEqual([0, 0, 1, 2, 3]);
    expect(listPending(db, 'note', 'n1').map((r) => r.id)).toEqual([c]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO sync_pending (kind, item_id, origin, data, created_at) VALUES ('note', 'nope', 'local', x'00', '')`,
        )
        .run(),
    ).toThrow();
    db.close();
  });
});
