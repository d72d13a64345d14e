/**
 * The sync engine between two real libraries and a real team server on 127.0.0.1: notes,
 * packs and documents travel both ways, edits merge, review and comments follow the rules,
 * the ceiling keeps classified notes home, a purge drops history, and the CLI-style round
 * trip reports what it did.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { purgeItem } from '../../server/purge.ts';
import { lastPendingId, listPending } from '../../main/services/store/sync.store.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

async function library(role: 'reader' | 'editor' | 'approver', name: string, live = true): Promise<TestLibrary> {
  const lib = await openTestLibrary({ live });
  libraries.push(lib);
  const token = await server.addUser(name, role, 'desk');
  await lib.call('team:join', { server: server.httpUrl, token });
  return lib;
}

const text = async (lib: TestLibrary, id: string) => noteToPlainText((await lib.call('notes:get', { id })).content);
const hasNote = async (lib: TestLibrary, id: string) => (await lib.call('notes:list', {})).some((n) => n.id === id);

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir);
});

afterEach(async () => {
  for (const lib of libraries.splice(0)) await lib.close();
  await server.stop();
  temp.cleanup();
});

describe('team sync engine', () => {
  it('shares a new note, merges edits from both sides, and says when all is saved to the server', async () => {
    const alice = await library('editor', 'Alice');
    const bob = await library('editor', 'Bob');
    const note = await alice.call('notes:create', { template: 'blank', title: 'Arctic briefing' });
    await until(() => hasNote(bob, note.id), 'the note reaches Bob');
    await alice.call('notes:append', { id: note.id, text: 'Alice adds the context.' });
    await bob.call('notes:append', { id: note.id, text: 'Bob adds the next steps.' });
    await until(
      async () =>
        (await text(alice, note.id)).includes('Bob adds') && (await text(bob, note.id)).includes('Alice adds'),
      'both appends everywhere',
    );
    expect(await text(alice, note.id)).toBe(await text(bob, note.id));
    await bob.call('notes:rename', { id: note.id, title: 'Arctic briefing (v2)' });
    await until(
      async () => (await alice.call('notes:get', { id: note.id })).title === 'Arctic briefing (v2)',
      'rename',
    );
    await until(async () => (await alice.call('team:status', {})).state === 'saved', 'saved to server');
    expect((await bob.call('team:status', {})).waiting).toBe(0);
    // "Sync now" in the app makes a round trip and stays connected.
    expect(await alice.call('team:sync', {})).toMatchObject({ refused: 0 });
    await bob.call('notes:append', { id: note.id, text: 'After sync now.' });
    await until(async () => (await text(alice, note.id)).includes('After sync now.'), 'still live after a sync');
    // The search index follows the replica.
    const hits = await bob.call('search:query', { query: 'context' });
    expect(hits.hits.some((h) => h.ownerId === note.id)).toBe(true);
  });

  it('keeps working offline, counts what waits, and merges on reconnect', async () => {
    const alice = await library('editor', 'Alice');
    const bob = await library('editor', 'Bob');
    const note = await alice.call('notes:create', { template: 'blank', title: 'Offline note' });
    await until(() => hasNote(bob, note.id), 'shared');
    await server.stop();
    await alice.call('notes:append', { id: note.id, text: 'Written on the plane.' });
    await bob.call('notes:append', { id: note.id, text: 'Written at the desk.' });
    await until(
      async () =>
        (await alice.call('team:status', {})).state === 'waiting' ||
        (await alice.call('team:status', {})).state === 'offline',
      'offline',
    );
    const offline = await alice.call('team:status', {});
    expect(offline.waiting).toBeGreaterThan(0);
    expect(await text(alice, note.id)).toContain('Written on the plane.');
    server = await startTestServer(temp.dir, { port: server.port });
    await until(
      async () =>
        (await text(alice, note.id)).includes('at the desk') && (await text(bob, note.id)).includes('on the plane'),
      'merged after reconnect',
      30_000,
    );
    await until(async () => (await alice.call('team:status', {})).waiting === 0, 'nothing waits');
  });

  it('gives a reader nothing to change, and a reader’s library still receives', async () => {
    const editor = await library('editor', 'Eve');
    const reader = await library('reader', 'Rita');
    const note = await editor.call('notes:create', { template: 'blank', title: 'For reading' });
    await until(() => hasNote(reader, note.id), 'reader receives');
    const refused = await reader.fails('notes:append', { id: note.id, text: 'reader text' });
    expect(refused.code).toBe('forbidden');
    const item = await reader.call('team:item', { kind: 'note', id: note.id });
    expect(item).toMatchObject({ shared: true, readOnly: true });
    const session = await reader.call('sync:open', { kind: 'note', id: note.id });
    expect(session.readOnly).toBe(true);
    expect((await reader.fails('sync:push', { session: session.session, update: 'AAA=' })).code).toBe('forbidden');
  });

  it('keeps a note marked above the ceiling on this computer and counts it refused', async () => {
    const alice = await library('editor', 'Alice');
    const bob = await library('editor', 'Bob');
    const note = await alice.call('notes:create', { template: 'blank', title: 'Routine' });
    await until(() => hasNote(bob, note.id), 'routine note shared');
    const current = await alice.call('notes:get', { id: note.id });
    await alice.call('notes:save', {
      id: note.id,
      title: 'Now protected B',
      status: current.status,
      classification: 'protected-b',
      fields: current.fields,
      content: current.content,
    });
    const status = await alice.call('team:status', {});
    expect(status.refused).toEqual([expect.objectContaining({ kind: 'note', id: note.id, code: 'ceiling' })]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const seen = await bob.call('notes:get', { id: note.id });
    expect(seen.title).toBe('Routine');
    expect(seen.classification).toBe('unclassified');
  });

  it('lets only an approver approve; an edit after approval returns the note to Draft', async () => {
    const writer = await library('editor', 'Desk Officer');
    const director = await library('approver', 'Director General');
    const note = await writer.call('notes:create', { template: 'blank', title: 'For approval' });
    await writer.call('notes:append', { id: note.id, text: 'Recommendation: agree.' });
    await until(() => hasNote(director, note.id), 'shared');
    expect((await writer.call('review:get', { kind: 'note', id: note.id })).moves).toEqual(['in-review']);
    await writer.call('review:move', { kind: 'note', id: note.id, to: 'in-review' });
    expect((await writer.fails('review:move', { kind: 'note', id: note.id, to: 'approved' })).code).toBe('forbidden');
    await until(
      async () => (await director.call('review:get', { kind: 'note', id: note.id })).state === 'in-review',
      'in review',
    );
    await until(async () => (await text(director, note.id)).includes('agree'), 'text arrived');
    const approved = await director.call('review:move', { kind: 'note', id: note.id, to: 'approved' });
    expect(approved.approval?.by).toBe('Director General');
    await until(
      async () => (await writer.call('review:get', { kind: 'note', id: note.id })).state === 'approved',
      'approval travels',
    );
    const directorBefore = lastPendingId(director.session.context.db);
    await writer.call('notes:append', { id: note.id, text: 'A late change.' });
    await until(
      async () => (await writer.call('review:get', { kind: 'note', id: note.id })).state === 'draft',
      'back to draft',
    );
    expect((await writer.call('review:get', { kind: 'note', id: note.id })).returnedToDraft).toBe(true);
    await until(
      async () => (await director.call('review:get', { kind: 'note', id: note.id })).state === 'draft',
      'director sees draft',
    );
    // The edit was the writer's: the return to Draft is recorded in the writer's name, and the
    // director's library, which only received the edit, wrote nothing of its own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const lib of [writer, director]) {
      expect((await lib.call('review:get', { kind: 'note', id: note.id })).changedBy).toBe('Desk Officer');
    }
    const directorWrote = listPending(director.session.context.db, 'note', note.id).filter(
      (row) => row.origin === 'local' && row.id > directorBefore,
    );
    expect(directorWrote).toEqual([]);
  });

  it('carries threaded, resolvable comments anchored to passages', async () => {
    const writer = await library('editor', 'Writer');
    const reviewer = await library('approver', 'Reviewer');
    const note = await writer.call('notes:create', { template: 'blank', title: 'Commented' });
    await writer.call('notes:append', { id: note.id, text: 'Canada will lead the working group.' });
    await until(
      async () => (await hasNote(reviewer, note.id)) && (await text(reviewer, note.id)).includes('working group'),
      'shared',
    );
    const plain = await text(reviewer, note.id);
    const start = plain.indexOf('lead the working group');
    const threads = await reviewer.call('comments:add', {
      noteId: note.id,
      quote: 'lead the working group',
      body: 'Co-lead?',
    });
    expect(threads).toHaveLength(1);
    expect(threads[0]?.quote).toBe('lead the working group');
    await until(async () => (await writer.call('comments:list', { noteId: note.id })).length === 1, 'comment travels');
    const [thread] = await writer.call('comments:list', { noteId: note.id });
    await writer.call('comments:reply', { noteId: note.id, threadId: thread!.id, body: 'Agreed, changing it.' });
    await writer.call('comments:resolve', { noteId: note.id, threadId: thread!.id, resolved: true });
    await until(async () => {
      const [seen] = await reviewer.call('comments:list', { noteId: note.id });
      return seen?.comments.length === 2 && seen.resolved?.by === 'Writer';
    }, 'reply and resolution travel');
    const [final] = await reviewer.call('comments:list', { noteId: note.id });
    expect(final?.anchor).toEqual({ start, end: start + 'lead the working group'.length });
  });

  it('shares packs with their notes, and documents with their original file and annotations', async () => {
    const alice = await library('editor', 'Alice');
    const bob = await library('editor', 'Bob');
    const bytes = new TextEncoder().encode(
      'Joint Statement on Northern Cooperation\n\n1. The partners agree to meet each spring.\n\n2. They will share ice observations.',
    );
    const imported = await alice.call('documents:import', {
      fileName: 'statement.txt',
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
    const docId = imported.document.id;
    await alice.call('annotations:create', { documentId: docId, target: { type: 'paragraph', n: 2 }, tags: ['ice'] });
    const note = await alice.call('notes:create', { template: 'blank', title: 'Pack note' });
    const pack = await alice.call('packs:create', { title: 'Spring pack' });
    await alice.call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    await alice.call('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'document', documentId: docId, sections: null },
    });
    await until(async () => (await bob.call('packs:list', {})).some((p) => p.id === pack.id), 'pack arrives');
    await until(async () => (await bob.call('documents:list', {})).some((d) => d.id === docId), 'document arrives');
    const remote = await bob.call('packs:get', { id: pack.id });
    await until(async () => (await bob.call('packs:get', { id: pack.id })).items.length === 2, 'items arrive');
    expect(remote.title).toBe('Spring pack');
    const document = await bob.call('documents:get', { id: docId });
    expect(document.title).toBe(imported.document.title);
    await until(
      async () => (await bob.call('annotations:list', { documentId: docId })).length === 1,
      'annotation arrives',
    );
    expect((await bob.call('annotations:list', { documentId: docId }))[0]?.tags).toEqual(['ice']);
    // The original file came as a blob, byte for byte.
    expect(document.source).toEqual((await alice.call('documents:get', { id: docId })).source);
  });

  it('reports one round trip for scripts, and a purge drops the old copy and its history', async () => {
    const alice = await library('editor', 'Alice');
    const script = await library('editor', 'Script', false);
    const note = await alice.call('notes:create', { template: 'blank', title: 'Media lines' });
    await until(
      async () =>
        (await alice.call('team:status', {})).waiting === 0 && (await alice.call('team:status', {})).shared > 0,
      'stored',
    );
    const first = await script.call('team:sync', {});
    expect(first).toMatchObject({ pulled: 1, pushed: 0, conflicts: 0, refused: 0 });
    await script.call('notes:append', { id: note.id, text: 'CBC: quotes the ministry correctly.' });
    const second = await script.call('team:sync', {});
    expect(second).toMatchObject({ pushed: 1, refused: 0 });
    await until(async () => (await text(alice, note.id)).includes('CBC'), 'script line reaches Alice');

    await purgeItem(server.store, { team: 'desk', kind: 'note', itemId: note.id, drop: false, by: 'admin' });
    const after = await script.call('team:sync', {});
    expect(after.refused).toBe(0);
    expect(await text(script, note.id)).toContain('CBC');
    expect(await script.call('notes:versions', { id: note.id })).toEqual([]);
  });
});
