/**
 * The app's side of a token withdrawn while connected: a real team server on 127.0.0.1 and a
 * real library. The administrator revokes the user; the library says so (what its status bar
 * shows), keeps every local change, and nothing it writes afterwards reaches the team; a new
 * token resumes sync by itself, and what waited goes out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { syncStatusText } from '../../shared/team/status-text.ts';
import { translator } from '../../shared/i18n/index.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: TestServer;
const libraries: TestLibrary[] = [];

async function library(name: string): Promise<TestLibrary> {
  const lib = await openTestLibrary();
  libraries.push(lib);
  await lib.call('team:join', { server: server.httpUrl, token: await server.addUser(name, 'editor', 'arctique') });
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

describe('a token revoked while connected', () => {
  it('says so, keeps local work, sends nothing, and a new token resumes', async () => {
    const revoked = await library('Aputi Kilabuk');
    const colleague = await library('Jonas Berg');
    const note = await revoked.call('notes:create', { template: 'blank', title: 'Ice road closures' });
    await until(async () => (await colleague.call('notes:list', {})).some((n) => n.id === note.id), 'shared');

    await server.store.revokeUser('Aputi Kilabuk', 'arctique', new Date().toISOString());
    await until(
      async () => (await revoked.call('team:status', {})).problem?.code === 'token',
      'the refusal is shown',
      20_000,
    );
    expect(syncStatusText(translator('en'), await revoked.call('team:status', {}))).toMatch(/^Error: .*token/i);
    expect(syncStatusText(translator('fr'), await revoked.call('team:status', {}))).toMatch(/^Erreur/);

    await revoked.call('notes:append', { id: note.id, text: 'Written after the revocation.' });
    expect(await body(revoked, note.id)).toContain('Written after the revocation.');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await body(colleague, note.id)).not.toContain('Written after the revocation.');

    await revoked.call('team:join', {
      server: server.httpUrl,
      token: await server.addUser('Aputi Kilabuk', 'editor', 'arctique'),
    });
    await until(
      async () => (await body(colleague, note.id)).includes('Written after the revocation.'),
      'what waited goes out with the new token',
      30_000,
    );
    await until(async () => (await revoked.call('team:status', {})).state === 'saved', 'saved', 30_000);
  });
});
