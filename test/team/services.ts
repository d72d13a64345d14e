/**
 * Throwaway Redis and PostgreSQL for the scale test, from the Debian packages, each on a free
 * loopback port in a temp folder, stopped by the test. PostgreSQL refuses to run as root, so
 * as root the cluster runs as the `postgres` user the package creates. `missing()` says which
 * binary is absent, so a machine without them skips with that reason (CI installs both).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function which(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  return found || undefined;
}

function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(base, version, 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  return undefined;
}

/** What is missing to run the scale test here, or undefined when everything is there. */
export function missing(): string | undefined {
  if (!which('redis-server')) return 'redis-server is not installed (Debian: apt-get install redis-server)';
  if (!postgresBin()) return 'PostgreSQL is not installed (Debian: apt-get install postgresql)';
  return undefined;
}

export interface Service {
  url: string;
  stop: () => Promise<void>;
}

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForOutput(child, /Ready to accept connections/, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

export async function startPostgres(dir: string): Promise<Service> {
  const bin = postgresBin() as string;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const data = join(dir, 'pgdata');
  const sockets = join(dir, 'pgsock');
  mkdirSync(sockets, { recursive: true });
  if (asRoot) {
    // The cluster's files belong to the `postgres` user, who must be able to reach them (the
    // temp folder above is the caller's, owner-only: let others pass through, not list it).
    chmodSync(dirname(dir), 0o711);
    for (const path of [dir, sockets]) {
      chmodSync(path, 0o755);
      chownSync(path, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout), 0);
    }
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { encoding: 'utf8' })
      : spawnSync(join(bin, command), args, { encoding: 'utf8' });
  const init = run('initdb', ['-D', data, '--auth=trust', '--username=precis', '--encoding=UTF8', '--no-sync']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const options = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', 'start']);
  if (start.status !== 0) throw new Error(`pg_ctl start failed: ${start.stderr}${start.stdout}`);
  return {
    url: `postgres://precis@127.0.0.1:${port}/postgres`,
    stop: async () => {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
  };
}
