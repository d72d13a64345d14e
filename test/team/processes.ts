/**
 * Real processes for team tests: the team server (`precis-server serve`) and the `precis`
 * command, each in its own child process, as an administrator and a script would run them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const PRECIS_BIN = join(root, 'bin', 'precis.js');
export const SERVER_BIN = join(root, 'bin', 'precis-server.js');

export function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [PRECIS_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '', LANG: 'en_CA.UTF-8', LC_ALL: '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function precisServer(...args: string[]) {
  const result = spawnSync(process.execPath, [SERVER_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_CA.UTF-8', LC_ALL: '' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  httpUrl: string;
  /** Issues a token with `precis-server user add … --json`. */
  addUser: (name: string, role: string, team?: string, extra?: string[]) => string;
  stop: () => Promise<void>;
}

/** Starts `precis-server serve` and waits for the line that gives its address. */
export async function startServerProcess(
  dataDir: string,
  options: { port?: number; extra?: string[] } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(root, 'server', 'cli.ts'),
      'serve',
      '--data',
      dataDir,
      '--port',
      String(options.port ?? 0),
      ...(options.extra ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_CA.UTF-8', LC_ALL: '' } },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return {
    child,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    addUser(name, role, team = 'desk', extra = []) {
      const result = precisServer(
        'user',
        'add',
        name,
        '--role',
        role,
        '--team',
        team,
        '--data',
        dataDir,
        '--json',
        ...extra,
      );
      if (result.status !== 0) throw new Error(result.stderr);
      return (JSON.parse(result.stdout) as { token: string }).token;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
