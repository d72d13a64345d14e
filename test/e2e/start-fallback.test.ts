/**
 * `npm start` on a machine where Electron's runtime cannot be had: it says so, then runs the
 * same app in browser mode on the same library, and the printed address serves the app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';

const root = join(import.meta.dirname, '..', '..');
let child: ChildProcess | undefined;
let temp: ReturnType<typeof makeTempDir> | undefined;
afterEach(() => {
  child?.kill('SIGTERM');
  temp?.cleanup();
});

describe('npm start without Electron', () => {
  it('explains, then starts browser mode on the same library and prints a working address', async () => {
    temp = makeTempDir();
    // The Electron package's own switch: no binary is downloaded, as on a machine that cannot reach its servers.
    child = spawn(process.execPath, [join(root, 'scripts', 'start.js'), '--no-build', '--store', temp.dir], {
      cwd: root,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${stdout}\n${stderr}`)), 60_000);
      child?.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      });
      child?.on('exit', (code) => reject(new Error(`exited ${code}:\n${stdout}\n${stderr}`)));
    });
    expect(stderr).toContain('Electron runtime is not installed');
    expect(stderr).toContain('Starting Précis in browser mode instead');
    expect(stdout).toContain(temp.dir);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
