/**
 * Bad input for team sync: a server that does not answer, a token that expired, a server of
 * another version, a malformed change from the page. Each ends in a clear message (what the
 * status bar shows), local work untouched, and — where the cause goes away — sync resuming by
 * itself; a change the page was told is stored survives the process dying at once.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { syncStatusText } from '../../shared/team/status-text.ts';
import { translator } from '../../shared/i18n/index.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];
const t = translator('en');

async function library(token: string, url = server.httpUrl): Promise<TestLibrary> {
  const lib = await openTestLibrary();
  libraries.push(lib);
  await lib.call('team:join', { server: url, token });
  return lib;
}

const statusText = async (lib: TestLibrary) => syncStatusText(t, await lib.call('team:status', {}));

/** A server that answers /precis/info as Précis of another protocol. */
async function otherVersionServer(port = 0): Promise<Server> {
  const fake = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ product: 'precis-team-server', protocol: 99, version: '9.0.0' }));
  });
  await new Promise<void>((resolve) => fake.listen(port, '127.0.0.1', resolve));
  return fake;
}

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir);
});

afterEach(async () => {
  for (const lib of libraries.splice(0)) await lib.close();
  await server.stop().catch(() => {});
  temp.cleanup();
});

describe('team sync, bad input', () => {
  it('a server that does not answer: a clear error, local work kept, sync resumes when it is back', async () => {
    const alice = await library(await server.addUser('Alice', 'editor', 'desk'));
    const note = await alice.call('notes:create', { template: 'blank', title: 'Kept here' });
    await until(async () => (await alice.call('team:status', {})).state === 'saved', 'saved');
    await server.stop();
    await alice.reopen();
    await until(async () => (await alice.call('team:status', {})).state === 'error', 'error shown');
    expect(await statusText(alice)).toMatch(
      /^Error: the team server cannot be reached \(.+\)\. Your work is kept here/,
    );
    await alice.call('notes:append', { id: note.id, text: 'Written while the server was away.' });
    server = await startTestServer(temp.dir, { port: server.port });
    await until(async () => (await alice.call('team:status', {})).state === 'saved', 'resumed by itself', 30_000);
    const other = await library(await server.addUser('Bruno', 'editor', 'desk'));
    await until(async () => (await other.call('notes:list', {})).some((n) => n.id === note.id), 'arrived', 30_000);
    await until(
      async () =>
        noteToPlainText((await other.call('notes:get', { id: note.id })).content).includes('while the server was away'),
      'the change made offline',
      30_000,
    );
  });

  it('an expired token: says so, keeps local work, and a new token resumes', async () => {
    const soon = new Date(Date.now() + 3000).toISOString();
    const alice = await library(await server.addUser('Alice', 'editor', 'desk', soon));
    const note = await alice.call('notes:create', { template: 'blank', title: 'Before expiry' });
    await until(async () => Date.now() > Date.parse(soon), 'expiry', 10_000);
    await alice.reopen();
    await until(async () => (await alice.call('team:status', {})).problem?.code === 'expired', 'expired shown', 30_000);
    expect(await statusText(alice)).toMatch(
      /^Error: your token has expired \(.+\)\. Ask your administrator for a new one\.$/,
    );
    await alice.call('notes:append', { id: note.id, text: 'Still editable.' });
    expect(noteToPlainText((await alice.call('notes:get', { id: note.id })).content)).toContain('Still editable.');
    await alice.call('team:join', { server: server.httpUrl, token: await server.addUser('Alice', 'editor', 'desk') });
    await until(
      async () => (await alice.call('team:status', {})).state === 'saved',
      'resumed with the new token',
      30_000,
    );
  });

  it('a server of another version: refused at join, and an error once joined', async () => {
    const fake = await otherVersionServer();
    const fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    const lib = await openTestLibrary();
    libraries.push(lib);
    const refused = await lib.fails('team:join', { server: fakeUrl, token: 'pct_whatever-token' });
    expect(refused.message).toBe(
      'Team sync: the team server runs another version of Précis (99/1 (9.0.0)). Update Précis or the server.',
    );
    expect((await lib.call('team:status', {})).state).toBe('off');
    await new Promise((resolve) => fake.close(resolve));

    // Joined to a real server that is then replaced by another version on the same address.
    const alice = await library(await server.addUser('Alice', 'editor', 'desk'));
    const port = server.port;
    await server.stop();
    const upgraded = await otherVersionServer(port);
    try {
      await alice.reopen();
      await until(
        async () => (await alice.call('team:status', {})).problem?.code === 'version',
        'version shown',
        30_000,
      );
      expect(await statusText(alice)).toContain('runs another version of Précis');
    } finally {
      await new Promise((resolve) => upgraded.close(resolve));
    }
  });

  it('a malformed change from the page is refused with a message and stores nothing; a stored change survives a crash', async () => {
    const alice = await library(await server.addUser('Alice', 'editor', 'desk'));
    const note = await alice.call('notes:create', { template: 'blank', title: 'Relay' });
    const opened = await alice.call('sync:open', { kind: 'note', id: note.id });
    const before = await alice.call('team:status', {});
    const refused = await alice.fails('sync:push', {
      session: opened.session,
      update: Buffer.from([9, 9, 9, 250]).toString('base64'),
    });
    expect(refused).toEqual({ code: 'invalid-input', message: 'A change could not be read; it was not stored.' });
    expect((await alice.call('team:status', {})).waiting).toBe(before.waiting);

    // A well-formed change from the page: stored when the call returns, so a crash right after keeps it.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(opened.state, 'base64'));
    const before2 = Y.encodeStateVector(doc);
    doc.getMap('comments').set('probe', 'not json');
    await alice.call('sync:push', {
      session: opened.session,
      update: Buffer.from(Y.encodeStateAsUpdate(doc, before2)).toString('base64'),
    });
    // Another process opens the same store at once (as after a crash): the change is in the replica.
    const crashed = await openTestLibrary({ dir: alice.dir, live: false });
    libraries.push(crashed);
    const reopened = await crashed.call('sync:open', { kind: 'note', id: note.id });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Buffer.from(reopened.state, 'base64'));
    expect(copy.getMap('comments').get('probe')).toBe('not json');
  });
});
