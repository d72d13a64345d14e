/**
 * Changes a library can never send: its user, an editor, is cut off (token revoked) with a
 * change waiting, then comes back as a reader. The server drops whatever a reader sends, so
 * the library must not keep showing that change as written and "waiting" for ever: it takes
 * the team's copy again. A real team server on 127.0.0.1 and two real libraries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

async function library(name: string): Promise<TestLibrary> {
  const lib = await openTestLibrary();
  libraries.push(lib);
  await lib.call('team:join', { server: server.httpUrl, token: await server.addUser(name, 'editor', 'balkans') });
  return lib;
}

const body = async (lib: TestLibrary, id: string) => noteToPlainText((await lib.call('notes:get', { id })).content);

beforeEach(async () => {
  temp = makeTempDir();
  server = await startTestServer(temp.dir, { accessCheckMs: 300 });
});

afterEach(async () => {
  for (const lib of libraries.splice(0)) await lib.close();
  await server.stop();
  temp.cleanup();
});

describe('a role lowered to reader while changes wait', () => {
  it('drops the changes the server will never take and shows the team’s copy', async () => {
    const lowered = await library('Vesna Petrović');
    const colleague = await library('Arben Krasniqi');
    const note = await colleague.call('notes:create', { template: 'blank', title: 'Western Balkans summit' });
    await colleague.call('notes:append', { id: note.id, text: 'Agreed text from the desk.' });
    await until(async () => (await lowered.call('notes:list', {})).some((n) => n.id === note.id), 'shared');
    await until(async () => (await body(lowered, note.id)).includes('Agreed text'), 'body shared');

    await server.store.revokeUser('Vesna Petrović', 'balkans', new Date().toISOString());
    await until(async () => (await lowered.call('team:status', {})).problem?.code === 'token', 'cut off', 20_000);
    await lowered.call('notes:append', { id: note.id, text: 'A change that will never be sent.' });
    expect((await lowered.call('team:status', {})).waiting).toBeGreaterThan(0);

    await lowered.call('team:join', {
      server: server.httpUrl,
      token: await server.addUser('Vesna Petrović', 'reader', 'balkans'),
    });
    await until(
      async () => {
        const status = await lowered.call('team:status', {});
        return status.state === 'saved' && status.waiting === 0;
      },
      'nothing waits for ever',
      30_000,
    );
    await until(async () => !(await body(lowered, note.id)).includes('never be sent'), 'the team’s copy', 30_000);
    expect(await body(lowered, note.id)).toContain('Agreed text from the desk.');
    expect(await body(colleague, note.id)).not.toContain('never be sent');
  });
});
