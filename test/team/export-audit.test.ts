/**
 * The server's audit log records every export of a shared item, whatever the format and
 * whether or not the server was reachable at the time: a real team server on 127.0.0.1 and a
 * real library exporting a PDF pack, a Word note and a document's annotations; an export made
 * while the server is down is recorded once it is back (and only once).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentName } from '../../shared/team/protocol.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir);
});

afterEach(async () => {
  for (const lib of libraries.splice(0)) await lib.close();
  await server.stop();
  temp.cleanup();
});

const exportsOf = async (name: string) =>
  (await server.store.listAudit({ document: name, limit: 100 })).filter((e) => e.action === 'export');

describe('export audit', () => {
  it('records PDF, Word and annotation exports, and those made offline once the server is back', async () => {
    const lib = await openTestLibrary();
    libraries.push(lib);
    await lib.call('team:join', {
      server: server.httpUrl,
      token: await server.addUser('Kofi Mensah', 'editor', 'sahel'),
    });
    const imported = await lib.call('documents:import', {
      fileName: 'declaration-niamey.txt',
      dataBase64: Buffer.from(
        'Déclaration conjointe sur la sécurité alimentaire\n\n1. Les parties renforcent les stocks régionaux.\n\n2. Un suivi trimestriel est prévu.',
      ).toString('base64'),
    });
    const docId = imported.document.id;
    await lib.call('annotations:create', { documentId: docId, target: { type: 'paragraph', n: 1 }, tags: ['stocks'] });
    const note = await lib.call('notes:create', { template: 'blank', title: 'Sécurité alimentaire' });
    const pack = await lib.call('packs:create', { title: 'Dossier Sahel' });
    await lib.call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    await until(async () => (await lib.call('team:status', {})).state === 'saved', 'all shared and saved');
    const names = {
      note: documentName({ team: 'sahel', kind: 'note', itemId: note.id, generation: 0 }),
      pack: documentName({ team: 'sahel', kind: 'pack', itemId: pack.id, generation: 0 }),
      document: documentName({ team: 'sahel', kind: 'document', itemId: docId, generation: 0 }),
    };

    await lib.call('export:pdf', { packId: pack.id });
    await until(
      async () => (await exportsOf(names.pack)).length === 1 && (await exportsOf(names.note)).length === 1,
      'the PDF export is audited, for the pack and the note in it',
    );

    const word = await lib.call('export:docx', { target: { kind: 'note', id: note.id } });
    await lib.call('export:discard', { exportId: word.exportId });
    await until(async () => (await exportsOf(names.note)).length === 2, 'the Word export is audited');

    await lib.call('annotations:export', { documentId: docId, format: 'markdown' });
    await until(async () => (await exportsOf(names.document)).length === 1, 'the annotation export is audited');

    // Offline: the export happens, the record waits in the library and reaches the server later.
    const port = server.port;
    await server.stop();
    await until(async () => (await lib.call('team:status', {})).state !== 'saved', 'offline');
    await lib.call('export:pdf', { packId: pack.id });
    server = await startTestServer(temp.dir, { port });
    await until(async () => (await exportsOf(names.pack)).length === 2, 'the offline export is audited', 30_000);
    const late = (await exportsOf(names.pack))[0];
    expect(late?.user).toBe('Kofi Mensah');
    expect(late?.detail).toMatch(/^exported at \d{4}-\d{2}-\d{2}T/);
    // Sent once: a later round trip does not record it again.
    await lib.call('team:sync', {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await exportsOf(names.pack)).toHaveLength(2);
  });
});
