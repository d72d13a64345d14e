import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../support/temp.ts';

const root = join(import.meta.dirname, '..', '..', '..');

export interface RunningBrowserMode {
  url: string;
  origin: string;
  token: string;
  storeDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real `npm run browser` server process (without its build step) on a fresh store
 * (or one `prepare` writes first, e.g. a library from an earlier Précis) and waits for the
 * address it prints.
 */
export async function startBrowserMode(
  options: { prepare?: (storeDir: string) => void; storeDir?: string } = {},
): Promise<RunningBrowserMode> {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it first).');
  }
  // A given store outlives the process (a restart test); a fresh one is removed when it stops.
  const temp = options.storeDir ? { dir: options.storeDir, cleanup: () => {} } : makeTempDir('precis-e2e-');
  options.prepare?.(temp.dir);
  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', join(root, 'main', 'shells', 'browser', 'serve.ts'), '--store', temp.dir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    storeDir: temp.dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      temp.cleanup();
    },
  };
}
