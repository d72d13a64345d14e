/**
 * Scale-out as Hocuspocus intends: two server instances, one PostgreSQL, one Redis (all on
 * 127.0.0.1, started and stopped here). Libraries connected to different instances converge,
 * and an instance that restarts reads everything back from PostgreSQL.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteToPlainText } from '../../shared/notes/content.ts';
import { makeTempDir } from '../support/temp.ts';
import { openTestLibrary, until, type TestLibrary } from './library.ts';
import { precisServer, startServerProcess, type ServerProcess } from './processes.ts';
import { missing, startPostgres, startRedis, type Service } from './services.ts';

const reason = missing();
let temp: ReturnType<typeof makeTempDir>;
let postgres: Service;
let redis: Service;
const instances: ServerProcess[] = [];
const libraries: TestLibrary[] = [];

function addUser(name: string, role: string): string {
  const result = precisServer(
    'user',
    'add',
    name,
    '--role',
    role,
    '--team',
    'desk',
    '--postgres',
    postgres.url,
    '--json',
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { token: string }).token;
}

const text = async (lib: TestLibrary, id: string) => noteToPlainText((await lib.call('notes:get', { id })).content);

// Skipped only where the binaries are missing, with the reason; CI (.ci/run) installs both.
describe.skipIf(reason !== undefined)(
  `two server instances with Redis and PostgreSQL${reason ? ` (skipped: ${reason})` : ''}`,
  () => {
    beforeAll(async () => {
      temp = makeTempDir('precis-scale-');
      postgres = await startPostgres(join(temp.dir, 'pg'));
      redis = await startRedis();
      for (const name of ['east', 'west']) {
        instances.push(
          await startServerProcess(join(temp.dir, name), {
            extra: ['--postgres', postgres.url, '--redis', redis.url, '--name', name],
          }),
        );
      }
    }, 180_000);

    afterAll(async () => {
      for (const lib of libraries.splice(0)) await lib.close();
      for (const instance of instances.splice(0)) await instance.stop();
      await redis?.stop();
      await postgres?.stop();
      temp?.cleanup();
    }, 120_000);

    it('converges for libraries connected to different instances, and an instance restarted reads it all back', async () => {
      const [east, west] = instances as [ServerProcess, ServerProcess];
      const alice = await openTestLibrary();
      const bruno = await openTestLibrary();
      libraries.push(alice, bruno);
      await alice.call('team:join', { server: east.httpUrl, token: addUser('Alice', 'editor') });
      await bruno.call('team:join', { server: west.httpUrl, token: addUser('Bruno', 'editor') });
      const note = await alice.call('notes:create', { template: 'blank', title: 'Across instances' });
      await until(
        async () => (await bruno.call('notes:list', {})).some((n) => n.id === note.id),
        'note reaches the other instance',
        60_000,
      );
      for (let i = 0; i < 5; i++) {
        await alice.call('notes:append', { id: note.id, text: `East line ${i}.` });
        await bruno.call('notes:append', { id: note.id, text: `West line ${i}.` });
      }
      await until(
        async () => {
          const [a, b] = [await text(alice, note.id), await text(bruno, note.id)];
          return a === b && a.includes('East line 4.') && a.includes('West line 4.');
        },
        'both instances converge',
        60_000,
      );
      await until(
        async () =>
          (await alice.call('team:status', {})).waiting === 0 && (await bruno.call('team:status', {})).waiting === 0,
        'all stored',
        60_000,
      );

      // The west instance restarts: what it serves comes from PostgreSQL.
      await west.stop();
      instances[1] = await startServerProcess(join(temp.dir, 'west2'), {
        port: west.port,
        extra: ['--postgres', postgres.url, '--redis', redis.url, '--name', 'west'],
      });
      const late = await openTestLibrary({ live: false });
      libraries.push(late);
      await late.call('team:join', { server: instances[1]!.httpUrl, token: addUser('Late', 'reader') });
      const trip = await late.call('team:sync', {});
      expect(trip.pulled).toBeGreaterThan(0);
      expect(await text(late, note.id)).toBe(await text(alice, note.id));
    });
  },
);
