import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp.ts';
import { documentName } from '../shared/team/protocol.ts';
import { readReview, writeReview } from '../shared/team/replica.ts';
import { connectClient, settled, startTestServer, until, type TestClient, type TestServer } from './testing/harness.ts';
import { purgeItem } from './purge.ts';
import { sha256Hex } from './tokens.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const clients: TestClient[] = [];

const noteName = (id: string, team = 'desk', generation = 0) =>
  documentName({ team, kind: 'note', itemId: id, generation });

function client(name: string, token: string): TestClient {
  const c = connectClient(server.url, name, token);
  clients.push(c);
  return c;
}

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.stop();
  temp.cleanup();
});

describe('team server', () => {
  it('merges two editors, keeps what it acknowledged across a restart, and audits connect, read and store', async () => {
    const alice = await server.addUser('Alice', 'editor', 'desk');
    const bob = await server.addUser('Bob', 'editor', 'desk');
    const a = client(noteName('n1'), alice);
    const b = client(noteName('n1'), bob);
    await until(() => settled(a) && settled(b), 'both synced');
    a.doc.getText('t').insert(0, 'alpha ');
    b.doc.getText('t').insert(0, 'beta ');
    await until(
      () => a.doc.getText('t').toString().length === 11 && b.doc.getText('t').toString().length === 11,
      'merge',
    );
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
    await until(() => settled(a) && settled(b), 'acknowledged');

    // Acknowledged means stored: a new server on the same store has it, before any compaction.
    const merged = a.doc.getText('t').toString();
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
    server = await startTestServer(temp.dir);
    const again = client(noteName('n1'), alice);
    await until(() => again.provider.isSynced, 'resynced');
    expect(again.doc.getText('t').toString()).toBe(merged);

    const actions = (await server.store.listAudit({ team: 'desk', limit: 100 })).map((e) => `${e.user}:${e.action}`);
    expect(actions).toEqual(expect.arrayContaining(['Alice:connect', 'Bob:connect', 'Alice:read', 'Bob:read']));
  });

  it('gives a reader a read-only connection: their edits never reach the server or anyone else', async () => {
    const editor = client(noteName('n2'), await server.addUser('Eve', 'editor', 'desk'));
    const reader = client(noteName('n2'), await server.addUser('Rita', 'reader', 'desk'));
    await until(() => settled(editor) && reader.provider.isSynced, 'synced');
    editor.doc.getText('t').insert(0, 'from the editor');
    await until(() => reader.doc.getText('t').toString() === 'from the editor', 'reader sees it');
    reader.doc.getText('t').insert(0, 'reader wrote this ');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(editor.doc.getText('t').toString()).toBe('from the editor');
    const stored = await server.store.loadDocument(noteName('n2'));
    const check = new Y.Doc();
    for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(check, part);
    expect(check.getText('t').toString()).toBe('from the editor');
  });

  it('refuses another team’s documents, an unknown token, an expired token and another protocol', async () => {
    const desk = client(noteName('n3'), await server.addUser('Ann', 'editor', 'desk'));
    await until(() => settled(desk), 'desk synced');
    desk.doc.getText('t').insert(0, 'desk only');
    await until(() => settled(desk), 'stored');

    const outsider = client(noteName('n3'), await server.addUser('Otto', 'editor', 'other'));
    const stranger = client(noteName('n3'), 'pct_not-a-token');
    const expired = client(noteName('n3'), await server.addUser('Old', 'editor', 'desk', '2001-01-01T00:00:00.000Z'));
    await until(
      () => outsider.authFailures.length > 0 && stranger.authFailures.length > 0 && expired.authFailures.length > 0,
      'refusals',
    );
    expect(outsider.authFailures[0]).toMatch(/^refused:team:/);
    expect(stranger.authFailures[0]).toMatch(/^refused:token:/);
    expect(expired.authFailures[0]).toMatch(/^refused:expired:/);
    expect(outsider.doc.getText('t').toString()).toBe('');
    expect(stranger.doc.getText('t').toString()).toBe('');

    const future = connectClient(
      server.url,
      noteName('n3'),
      await server.addUser('Fay', 'editor', 'desk'),
      undefined,
      '2',
    );
    clients.push(future);
    await until(() => future.authFailures.length > 0, 'protocol refusal');
    expect(future.authFailures[0]).toMatch(/^refused:protocol:/);

    const response = await fetch(`${server.httpUrl}/precis/items`, { headers: { Authorization: 'Bearer pct_nope' } });
    expect(response.status).toBe(401);
  });

  it('refuses an item marked above the team’s ceiling, and nobody else receives it', async () => {
    const a = client(noteName('n4'), await server.addUser('Ann', 'editor', 'desk'));
    const b = client(noteName('n4'), await server.addUser('Ben', 'editor', 'desk'));
    await until(() => settled(a) && settled(b), 'synced');
    a.doc.getMap('meta').set('classification', 'protected-a');
    a.doc.getText('t').insert(0, 'routine');
    await until(() => b.doc.getText('t').toString() === 'routine', 'routine shared');
    a.doc.transact(() => {
      a.doc.getMap('meta').set('classification', 'protected-b');
      a.doc.getText('t').insert(0, 'SPILL ');
    });
    await until(() => a.closeReasons.some((r) => r.startsWith('refused:ceiling:')), 'ceiling refusal');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(b.doc.getText('t').toString()).toBe('routine');
    expect(b.doc.getMap('meta').get('classification')).toBe('protected-a');
    const audit = await server.store.listAudit({ team: 'desk', limit: 50 });
    expect(audit.some((e) => e.action === 'refuse' && e.detail.startsWith('refused:ceiling:'))).toBe(true);
  });

  it('lets only an approver approve, in their own name', async () => {
    const editor = client(noteName('n5'), await server.addUser('Ed', 'editor', 'desk'));
    await until(() => settled(editor), 'editor synced');
    writeReview(editor.doc, {
      state: 'approved',
      changedBy: 'Ed',
      changedAt: '2026-01-01T00:00:00Z',
      approval: { by: 'Ed', at: '2026-01-01T00:00:00Z', snapshot: '{}' },
      returnedToDraft: false,
    });
    await until(() => editor.closeReasons.some((r) => r === 'refused:approval: not-approver'), 'refused');

    const approver = client(noteName('n5'), await server.addUser('Dana', 'approver', 'desk'));
    await until(() => settled(approver), 'approver synced');
    expect(readReview(approver.doc).state).toBe('draft');
    writeReview(approver.doc, {
      state: 'approved',
      changedBy: 'Dana',
      changedAt: '2026-01-02T00:00:00Z',
      approval: { by: 'Someone Else', at: '2026-01-02T00:00:00Z', snapshot: '{}' },
      returnedToDraft: false,
    });
    await until(() => approver.closeReasons.includes('refused:approval: approval-by-other'), 'impersonation refused');

    const honest = client(noteName('n5'), await server.addUser('Dana', 'approver', 'desk'));
    await until(() => settled(honest), 'synced');
    writeReview(honest.doc, {
      state: 'approved',
      changedBy: 'Dana',
      changedAt: '2026-01-03T00:00:00Z',
      approval: { by: 'Dana', at: '2026-01-03T00:00:00Z', snapshot: '{"title":"T"}' },
      returnedToDraft: false,
    });
    await until(() => settled(honest), 'approval stored');
    expect(honest.closeReasons).toEqual([]);
  });

  it('closes a client that sends a malformed update and keeps the document intact', async () => {
    const token = await server.addUser('Mal', 'editor', 'desk');
    const good = client(noteName('n6'), await server.addUser('Gus', 'editor', 'desk'));
    await until(() => settled(good), 'synced');
    good.doc.getText('t').insert(0, 'intact');
    await until(() => settled(good), 'stored');

    const bad = client(noteName('n6'), token);
    await until(() => settled(bad), 'bad synced');
    // A hand-made update message: sync/update with bytes that are not a Yjs update.
    const { OutgoingMessage } = await import('@hocuspocus/provider').then(() => import('./testing/raw-message.ts'));
    bad.provider.configuration.websocketProvider.send(
      OutgoingMessage(noteName('n6'), new Uint8Array([9, 9, 9, 250, 1, 2])),
    );
    await until(() => bad.closeReasons.some((r) => r.startsWith('refused:malformed:')), 'malformed refusal');
    good.doc.getText('t').insert(6, '!');
    await until(() => settled(good), 'still serving');
    const stored = await server.store.loadDocument(noteName('n6'));
    const check = new Y.Doc();
    for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(check, part);
    expect(check.getText('t').toString()).toBe('intact!');
  });

  it('purges an item: old generation refused, history gone, audit compacted, content kept as the next generation', async () => {
    const token = await server.addUser('Pat', 'editor', 'desk');
    const a = client(noteName('n7'), token);
    await until(() => settled(a), 'synced');
    // The note body's root type, as Lexical's binding creates it.
    const body = () => a.doc.get('root', Y.XmlText) as Y.XmlText;
    a.doc.getMap('meta').set('title', 'Spill');
    body().insert(0, 'keep this. SECRET LINE');
    await until(() => settled(a), 'stored');
    body().delete(11, 11);
    await until(() => settled(a), 'deletion stored');
    a.destroy();
    clients.splice(0);
    await new Promise((resolve) => setTimeout(resolve, 400));

    const outcome = await purgeItem(server.store, {
      team: 'desk',
      kind: 'note',
      itemId: 'n7',
      drop: false,
      by: 'admin',
    });
    expect(outcome).toEqual({ revoked: noteName('n7'), next: noteName('n7', 'desk', 1) });
    const next = await server.store.loadDocument(noteName('n7', 'desk', 1));
    const bytes = Buffer.from(next.snapshot ?? []).toString('latin1');
    expect(bytes).toContain('keep this.');
    expect(bytes).not.toContain('SECRET');
    expect((await server.store.loadDocument(noteName('n7'))).snapshot).toBeNull();
    const audit = await server.store.listAudit({ document: noteName('n7'), limit: 10 });
    expect(audit.map((e) => e.action)).toEqual(['purge']);

    const stale = client(noteName('n7'), token);
    await until(() => stale.authFailures.length > 0, 'old generation refused');
    expect(stale.authFailures[0]).toMatch(/^refused:revoked:/);
    const fresh = client(noteName('n7', 'desk', 1), token);
    await until(() => fresh.provider.isSynced, 'new generation');
    expect((fresh.doc.get('root', Y.XmlText) as Y.XmlText).toString()).toBe('keep this. ');
    expect(fresh.doc.getMap('meta').get('title')).toBe('Spill');
  });

  it('answers its HTTP API: info without a token, whoami, items, and content-addressed files', async () => {
    const token = await server.addUser('Hal', 'editor', 'desk');
    const reader = await server.addUser('Rae', 'reader', 'desk');
    const info = await (await fetch(`${server.httpUrl}/precis/info`)).json();
    expect(info).toEqual({ product: 'precis-team-server', protocol: 1, version: 'test' });
    const auth = { Authorization: `Bearer ${token}` };
    expect(await (await fetch(`${server.httpUrl}/precis/whoami`, { headers: auth })).json()).toEqual({
      name: 'Hal',
      role: 'editor',
      team: 'desk',
      ceiling: 'protected-a',
      expiresAt: null,
    });
    const bytes = new TextEncoder().encode('original file bytes');
    const sha = sha256Hex(bytes);
    expect(
      (await fetch(`${server.httpUrl}/precis/blobs/${sha}`, { method: 'PUT', headers: auth, body: bytes })).status,
    ).toBe(200);
    const wrong = '0'.repeat(64);
    expect(
      (await fetch(`${server.httpUrl}/precis/blobs/${wrong}`, { method: 'PUT', headers: auth, body: bytes })).status,
    ).toBe(400);
    expect(
      (
        await fetch(`${server.httpUrl}/precis/blobs/${sha}`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${reader}` },
          body: bytes,
        })
      ).status,
    ).toBe(403);
    const back = new Uint8Array(
      await (await fetch(`${server.httpUrl}/precis/blobs/${sha}`, { headers: auth })).arrayBuffer(),
    );
    expect(new TextDecoder().decode(back)).toBe('original file bytes');

    const a = client(noteName('n8'), token);
    await until(() => settled(a), 'synced');
    a.doc.getMap('meta').set('classification', 'protected-a');
    await until(() => settled(a), 'stored');
    const items = await (await fetch(`${server.httpUrl}/precis/items`, { headers: auth })).json();
    expect(items).toEqual([
      expect.objectContaining({ kind: 'note', itemId: 'n8', generation: 0, marking: 'protected-a' }),
    ]);
  });
});
