/**
 * Private at rest, for the team server's embedded store (issue 14): its folder 0700, the
 * SQLite file and its WAL and shared-memory files 0600 — in a process whose umask would make
 * them readable by others (022), and also when an earlier version left them open to others.
 * Checked on the real files.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/temp.ts';
import { openSqliteStore, SERVER_STORE_FILE } from './sqlite-store.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

let temp: ReturnType<typeof makeTempDir>;
const umaskBefore = process.umask();
beforeEach(() => {
  temp = makeTempDir();
  process.umask(0o022);
});
afterEach(() => {
  process.umask(umaskBefore);
  temp.cleanup();
});

async function writeSomething(dir: string) {
  const store = openSqliteStore(dir);
  await store.putTeam({ name: 'policy', ceiling: 'unclassified' });
  return store;
}

it('creates the folder, the store, its WAL and shared memory owner-only, umask 022 or not', async () => {
  const dir = join(temp.dir, 'server-data');
  const store = await writeSomething(dir);
  expect(readdirSync(dir).sort()).toEqual([SERVER_STORE_FILE, `${SERVER_STORE_FILE}-shm`, `${SERVER_STORE_FILE}-wal`]);
  expect(mode(dir)).toBe(0o700);
  for (const name of readdirSync(dir)) expect([name, mode(join(dir, name))]).toEqual([name, 0o600]);
  await store.close();
});

it('closes a store an earlier version left readable by others', async () => {
  const dir = join(temp.dir, 'server-data');
  await (await writeSomething(dir)).close();
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(join(dir, SERVER_STORE_FILE), 0o644);
  writeFileSync(join(dir, `${SERVER_STORE_FILE}-wal`), '', { mode: 0o644 });
  chmodSync(join(dir, `${SERVER_STORE_FILE}-wal`), 0o644);
  const store = await writeSomething(dir);
  expect(mode(dir)).toBe(0o700);
  for (const name of readdirSync(dir)) expect([name, mode(join(dir, name))]).toEqual([name, 0o600]);
  await store.close();
});
