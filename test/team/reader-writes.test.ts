/**
 * A reader's library against a real team server on 127.0.0.1: every way of changing a shared
 * item through the API (a note's title or body, a pack's cover, a document's details, an
 * annotation on a shared document) is refused before anything is written, so the reader never
 * sees an edit of their own that the server then drops, and nothing waits for the server
 * forever. What the reader makes for themselves (a new note) stays in their library, unshared.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

async function library(role: 'reader' | 'editor', name: string): Promise<TestLibrary> {
  const lib = await openTestLibrary();
  libraries.push(lib);
  await lib.call('team:join', { server: server.httpUrl, token: await server.addUser(name, role, 'consular') });
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

describe('a reader changes nothing shared', () => {
  it('refuses every write to a shared note, pack, document and its annotations, and leaves the library as it was', async () => {
    const editor = await library('editor', 'Mireille Gagnon');
    const reader = await library('reader', 'Tomás Ortega');
    const bytes = new TextEncoder().encode(
      'Communiqué des ministres sur la pêche côtière\n\n1. Les ministres conviennent de partager leurs relevés.\n\n2. Ils se réuniront de nouveau à l’automne.',
    );
    const imported = await editor.call('documents:import', {
      fileName: 'communique-peche.txt',
      dataBase64: Buffer.from(bytes).toString('base64'),
    });
    const docId = imported.document.id;
    const note = await editor.call('notes:create', { template: 'blank', title: 'Pêche côtière : points clés' });
    await editor.call('notes:append', { id: note.id, text: 'Les relevés seront publiés.' });
    const pack = await editor.call('packs:create', { title: 'Dossier pêche' });
    await editor.call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    await until(async () => (await reader.call('packs:list', {})).some((p) => p.id === pack.id), 'pack arrives');
    await until(async () => (await reader.call('documents:list', {})).some((d) => d.id === docId), 'document');
    await until(
      async () => noteToPlainText((await reader.call('notes:get', { id: note.id })).content).includes('relevés'),
      'note body arrives',
    );
    await until(async () => (await reader.call('team:status', {})).state === 'saved', 'reader settled');

    const before = {
      note: await reader.call('notes:get', { id: note.id }),
      pack: await reader.call('packs:get', { id: pack.id }),
      document: await reader.call('documents:get', { id: docId }),
      annotations: await reader.call('annotations:list', { documentId: docId }),
    };
    const { title, status, classification, fields, content } = before.note;
    const attempts = [
      reader.fails('notes:rename', { id: note.id, title: 'Renommée par la lectrice' }),
      reader.fails('notes:save', { id: note.id, title, status, classification, fields, content }),
      reader.fails('notes:delete', { id: note.id }),
      reader.fails('packs:update', { id: pack.id, title: 'Dossier renommé' }),
      reader.fails('documents:rename', { id: docId, title: 'Titre de la lectrice' }),
      reader.fails('annotations:create', { documentId: docId, target: { type: 'paragraph', n: 1 }, tags: ['x'] }),
    ];
    for (const refused of await Promise.all(attempts)) expect(refused.code).toBe('forbidden');

    expect((await reader.call('notes:get', { id: note.id })).title).toBe(before.note.title);
    expect((await reader.call('notes:list', {})).some((n) => n.id === note.id)).toBe(true);
    expect((await reader.call('packs:get', { id: pack.id })).title).toBe(before.pack.title);
    expect((await reader.call('documents:get', { id: docId })).title).toBe(before.document.title);
    expect(await reader.call('annotations:list', { documentId: docId })).toEqual(before.annotations);
    expect(await reader.call('team:status', {})).toMatchObject({ state: 'saved', waiting: 0 });

    // The reader's own note is theirs: it stays in their library and is not offered to the team.
    const own = await reader.call('notes:create', { template: 'blank', title: 'Mes notes personnelles' });
    await reader.call('notes:rename', { id: own.id, title: 'Mes notes (brouillon)' });
    expect(await reader.call('team:item', { kind: 'note', id: own.id })).toMatchObject({ shared: false });
    expect(await reader.call('team:status', {})).toMatchObject({ waiting: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await editor.call('notes:list', {})).some((n) => n.id === own.id)).toBe(false);
  });
});
