/**
 * A token checked only when a socket connects would keep working for as long as the socket
 * stays open. A real server on 127.0.0.1 and real Hocuspocus clients: a user revoked by the
 * administrator, and a token that expires, while connected, are cut off with the refusal as the
 * reason (what the app's status bar words), and nothing they send afterwards is stored or
 * reaches anyone; a teammate still connected keeps working.
 */
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp.ts';
import { documentName } from '../shared/team/protocol.ts';
import { connectClient, settled, startTestServer, until, type TestClient, type TestServer } from './testing/harness.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const clients: TestClient[] = [];
const name = documentName({ team: 'pacifique', kind: 'note', itemId: 'n_access', generation: 0 });

function client(token: string): TestClient {
  const c = connectClient(server.url, name, token);
  clients.push(c);
  return c;
}

async function storedText(): Promise<string> {
  const stored = await server.store.loadDocument(name);
  const doc = new Y.Doc();
  for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(doc, part);
  return doc.getText('t').toString();
}

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir, { accessCheckMs: 200 });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.stop();
  temp.cleanup();
});

describe('access while connected', () => {
  it('cuts off a user revoked while connected, and one whose token expires', async () => {
    const stays = client(await server.addUser('Sione Tupou', 'editor', 'pacifique'));
    const revoked = client(await server.addUser('Kai Nakamura', 'editor', 'pacifique'));
    const expiring = client(
      await server.addUser('Mere Ngata', 'editor', 'pacifique', new Date(Date.now() + 1500).toISOString()),
    );
    await until(() => [stays, revoked, expiring].every(settled), 'all synced');
    revoked.doc.getText('t').insert(0, 'Before revocation. ');
    await until(() => stays.doc.getText('t').toString() === 'Before revocation. ', 'first edit shared');

    expect(await server.store.revokeUser('Kai Nakamura', 'pacifique', new Date().toISOString())).toBe(1);
    await until(() => revoked.closeReasons.some((r) => r.startsWith('refused:token:')), 'revoked user cut off', 10_000);
    await until(
      () => expiring.closeReasons.some((r) => r.startsWith('refused:expired:')),
      'expired token cut off',
      10_000,
    );
    revoked.doc.getText('t').insert(0, 'After revocation. ');
    expiring.doc.getText('t').insert(0, 'After expiry. ');
    stays.doc.getText('t').insert(stays.doc.getText('t').length, 'Still here.');
    await until(() => settled(stays), 'the teammate keeps working');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stays.doc.getText('t').toString()).toBe('Before revocation. Still here.');
    expect(await storedText()).toBe('Before revocation. Still here.');
    const refusals = (await server.store.listAudit({ team: 'pacifique', limit: 100 })).filter(
      (e) => e.action === 'refuse',
    );
    expect(refusals.map((e) => e.user)).toEqual(expect.arrayContaining(['Kai Nakamura', 'Mere Ngata']));
  });
});
