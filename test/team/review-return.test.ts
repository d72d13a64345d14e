/**
 * Who returns an approved item to Draft: the library where the edit was made, in its user's
 * name, never a library that only received the edit (a real team server on 127.0.0.1, two real
 * libraries, and a bare Yjs client standing in for a teammate's edit arriving from the server).
 * Before, every library that received the edit wrote its own return to Draft, and the last
 * writer's name (often the approver's) was shown as the one who made it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentName } from '../../shared/team/protocol.ts';
import { META } from '../../shared/team/replica.ts';
import { connectClient, settled, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { lastPendingId, listPending } from '../../main/services/store/sync.store.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

async function library(role: 'editor' | 'approver', name: string): Promise<TestLibrary> {
  const lib = await openTestLibrary();
  libraries.push(lib);
  await lib.call('team:join', { server: server.httpUrl, token: await server.addUser(name, role, 'ameriques') });
  return lib;
}

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir);
});

afterEach(async () => {
  for (const lib of libraries.splice(0)) await lib.close();
  await server.stop();
  temp.cleanup();
});

describe('return to Draft after approval', () => {
  it('is written only by the library that made the edit, never by one that received it', async () => {
    const writer = await library('editor', 'Inés Cárdenas');
    const approver = await library('approver', 'Paul Okafor');
    const note = await writer.call('notes:create', { template: 'blank', title: 'Andean trade corridor' });
    await writer.call('notes:append', { id: note.id, text: 'Recommend that the Minister endorse the corridor.' });
    await writer.call('review:move', { kind: 'note', id: note.id, to: 'in-review' });
    await until(async () => (await approver.call('notes:list', {})).some((n) => n.id === note.id), 'note arrives');
    await until(
      async () => (await approver.call('review:get', { kind: 'note', id: note.id })).state === 'in-review',
      'review request arrives',
    );
    await approver.call('review:move', { kind: 'note', id: note.id, to: 'approved' });
    for (const lib of [writer, approver]) {
      await until(
        async () => (await lib.call('review:get', { kind: 'note', id: note.id })).state === 'approved',
        'approved everywhere',
      );
      await until(async () => (await lib.call('team:status', {})).state === 'saved', 'settled');
    }
    const before = lastPendingId(approver.session.context.db);

    // A teammate's edit reaches both libraries from the server.
    const teammate = connectClient(
      server.url,
      documentName({ team: 'ameriques', kind: 'note', itemId: note.id, generation: 0 }),
      await server.addUser('Teammate', 'editor', 'ameriques'),
    );
    await until(() => settled(teammate), 'teammate synced');
    teammate.doc.transact(() => teammate.doc.getMap(META).set('title', 'Andean trade corridor (revised)'));
    await until(async () => settled(teammate), 'edit stored');
    for (const lib of [writer, approver]) {
      await until(
        async () => (await lib.call('notes:get', { id: note.id })).title === 'Andean trade corridor (revised)',
        'the edit arrives',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Neither library made the edit: neither writes a review change of its own.
    expect(
      listPending(approver.session.context.db, 'note', note.id).filter((r) => r.origin === 'local' && r.id > before),
    ).toEqual([]);
    const review = await approver.call('review:get', { kind: 'note', id: note.id });
    expect(review.changedBy).toBe('Paul Okafor');
    teammate.destroy();

    // The writer's own edit returns it to Draft, in the writer's name, everywhere.
    await writer.call('notes:append', { id: note.id, text: 'Add the customs annex.' });
    for (const lib of [writer, approver]) {
      await until(
        async () => (await lib.call('review:get', { kind: 'note', id: note.id })).state === 'draft',
        'back to Draft',
      );
      expect(await lib.call('review:get', { kind: 'note', id: note.id })).toMatchObject({
        changedBy: 'Inés Cárdenas',
        returnedToDraft: true,
      });
    }
  });
});
