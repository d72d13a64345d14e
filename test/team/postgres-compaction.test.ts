/**
 * Two instances share one PostgreSQL: one may still be committing an update (its id taken
 * from the sequence, its row not yet visible) while the other compacts the document.
 * Compaction must delete only the updates it folded, never a later-committed one with a lower
 * id. A real throwaway PostgreSQL on 127.0.0.1 and the real store; the slow commit is held
 * open in a transaction of its own.
 */
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/store/postgres-store.ts';
import type { ServerStore } from '../../server/store/types.ts';
import { makeTempDir } from '../support/temp.ts';
import { missing, startPostgres, type Service } from './services.ts';

const reason = missing();
let temp: ReturnType<typeof makeTempDir>;
let postgres: Service;
let store: ServerStore;

function edit(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('body').insert(doc.getText('body').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

describe.skipIf(reason !== undefined)(
  `PostgreSQL compaction beside a slow commit${reason ? ` (skipped: ${reason})` : ''}`,
  () => {
    beforeAll(async () => {
      temp = makeTempDir('precis-pg-compact-');
      postgres = await startPostgres(join(temp.dir, 'pg'));
      store = await openPostgresStore(postgres.url);
    }, 120_000);

    afterAll(async () => {
      await store?.close();
      await postgres?.stop();
      temp?.cleanup();
    });

    it('keeps an update committed after compaction read the others, even with a lower id', async () => {
      const name = 'desk/note/n_slow/0';
      const doc = new Y.Doc();
      await store.appendUpdate(name, edit(doc, 'First paragraph. '));
      const slowUpdate = edit(doc, 'Committed late. ');
      const lastUpdate = edit(doc, 'Committed early.');

      // Instance A takes an id and holds its commit; instance B appends and commits after it.
      const slow = new pg.Client({ connectionString: postgres.url });
      await slow.connect();
      await slow.query('BEGIN');
      await slow.query('INSERT INTO updates (name, data) VALUES ($1, $2)', [name, Buffer.from(slowUpdate)]);
      await store.appendUpdate(name, lastUpdate);
      // A commits while B's compaction is between reading the updates and deleting them (its
      // merge step; the store's next statements wait for their turn on the wire after it).
      let committed: Promise<unknown> | undefined;
      await store.compact(name, (parts) => {
        committed = slow.query('COMMIT');
        return Y.mergeUpdates(parts);
      });
      await committed;
      await slow.end();

      const stored = await store.loadDocument(name);
      const copy = new Y.Doc();
      for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(copy, part);
      expect(copy.getText('body').toString()).toBe(doc.getText('body').toString());
    });
  },
);
