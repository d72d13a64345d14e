/**
 * The team commands as scripts use them: a real `precis-server` process, real `precis`
 * processes over two libraries. `precis sync --json` reports {pushed, pulled, conflicts,
 * refused}; a wrong address or token is one clear line and leaves the library as it was.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { precis, precisServer, startServerProcess, type ServerProcess } from './processes.ts';

let temp: ReturnType<typeof makeTempDir>;
let server: ServerProcess;
/** A loopback port nothing listens on (opened, then closed). */
let closedPort: number;

beforeAll(async () => {
  temp = makeTempDir();
  server = await startServerProcess(`${temp.dir}/server`);
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await server.stop();
  temp.cleanup();
});

const json = <T>(result: { status: number | null; stdout: string; stderr: string }): T => {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
};

// Each `precis` call starts Node on the TypeScript sources (seconds on a loaded machine).
describe('precis team, sync and note-append', { timeout: 600_000 }, () => {
  it('issues tokens, joins two libraries, appends on one and syncs to the other', () => {
    const issued = precisServer(
      'user',
      'add',
      'Media Officer',
      '--role',
      'editor',
      '--team',
      'desk',
      '--data',
      `${temp.dir}/server`,
      '--json',
    );
    const user = json<{ name: string; role: string; team: string; token: string }>(issued);
    expect(user).toMatchObject({ name: 'Media Officer', role: 'editor', team: 'desk' });
    expect(user.token).toMatch(/^pct_[A-Za-z0-9_-]{40,}$/);

    const a = `${temp.dir}/a`;
    const b = `${temp.dir}/b`;
    const joined = json<{ team: { name: string; user: string } }>(
      precis('team', 'join', server.httpUrl, '--token', user.token, '--store', a, '--json'),
    );
    expect(joined.team).toMatchObject({ name: 'desk', user: 'Media Officer' });
    const note = json<{ id: string }>(
      precis('note-new', '--template', 'blank', '--title', 'Media lines', '--store', a, '--json'),
    );
    expect(precis('note-append', note.id, '--text', 'CBC quotes ¶ 4 exactly.', '--store', a).status).toBe(0);
    const first = json<{ pushed: number; pulled: number; conflicts: number; refused: number }>(
      precis('sync', '--json', '--store', a),
    );
    expect(first).toEqual({ pushed: 1, pulled: 0, conflicts: 0, refused: 0 });

    json(
      precis('team', 'join', server.httpUrl, '--token', server.addUser('Analyst', 'editor'), '--store', b, '--json'),
    );
    const second = json<{ pulled: number }>(precis('sync', '--json', '--store', b));
    expect(second.pulled).toBe(1);
    const received = json<{ text: string }>(precis('note', note.id, '--json', '--store', b));
    expect(received.text).toContain('CBC quotes ¶ 4 exactly.');

    // Both sides append, then sync: merged, and counted as a conflict resolved by merging.
    precis('note-append', note.id, '--text', 'From A.', '--store', a);
    precis('note-append', note.id, '--text', 'From B.', '--store', b);
    json(precis('sync', '--json', '--store', a));
    const merged = json<{ pushed: number; pulled: number; conflicts: number }>(precis('sync', '--json', '--store', b));
    expect(merged).toMatchObject({ pushed: 1, pulled: 1, conflicts: 1 });
    json(precis('sync', '--json', '--store', a));
    const textA = json<{ text: string }>(precis('note', note.id, '--json', '--store', a)).text;
    const textB = json<{ text: string }>(precis('note', note.id, '--json', '--store', b)).text;
    expect(textA).toBe(textB);
    expect(textA).toContain('From A.');
    expect(textA).toContain('From B.');

    expect(precis('team', 'leave', '--store', b).status).toBe(0);
    expect(json<{ state: string; team: null }>(precis('team', 'status', '--json', '--store', b))).toMatchObject({
      state: 'off',
      team: null,
    });
  });

  it('says clearly when the address, the token or the server is wrong, and changes nothing', () => {
    const store = `${temp.dir}/c`;
    const nowhere = precis(
      'team',
      'join',
      `http://127.0.0.1:${closedPort}`,
      '--token',
      'pct_whatever-token',
      '--store',
      store,
    );
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/^precis: Team sync: the team server cannot be reached/);
    const badToken = precis('team', 'join', server.httpUrl, '--token', 'pct_not-issued-here', '--store', store);
    expect(badToken.stderr).toMatch(/does not accept your token/);
    const expired = precis(
      'team',
      'join',
      server.httpUrl,
      '--token',
      server.addUser('Former', 'editor', 'desk', ['--expires', '2001-01-01']),
      '--store',
      store,
    );
    expect(expired.stderr).toMatch(/your token has expired/);
    expect(json<{ state: string }>(precis('team', 'status', '--json', '--store', store)).state).toBe('off');
    expect(precis('sync', '--store', store).stderr).toMatch(/not in a team/);
    const french = precis(
      'team',
      'join',
      'http://127.0.0.1:9',
      '--token',
      'pct_whatever-token',
      '--store',
      store,
      '--lang',
      'fr',
    );
    expect(french.stderr).toMatch(/injoignable/);
  });
});
