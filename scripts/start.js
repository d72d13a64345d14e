// `npm start`: build, then launch the Electron shell with the sample library.
// Electron downloads its own binary on first run. Where that download cannot happen (no
// network, a proxy, a firewall), say so in one clear paragraph and exit non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function explainDownloadFailure(detail) {
  console.error(
    [
      '',
      'Précis could not start: the Electron runtime is not installed, and downloading it failed.',
      'Electron fetches its own binary (about 100 MB) from its release servers the first time the app runs,',
      `and that download did not succeed here${detail ? ` (${detail})` : ''}.`,
      'To fix it, run `npm start` again on a machine with Internet access (set HTTPS_PROXY if you are behind a proxy,',
      'or point ELECTRON_MIRROR at a reachable mirror), or run `npx install-electron` once when you are online.',
      'Without Electron you can still use Précis now: `npm run browser` serves the same app on 127.0.0.1',
      'and prints an address to open in your browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);

let binary = electronBinary();
if (!binary) {
  console.log('Downloading the Electron runtime (first run only)…');
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  binary = download.status === 0 ? electronBinary() : null;
  if (!binary) {
    const firstLine = `${download.stderr ?? ''}`.split('\n').find((line) => /error/i.test(line)) ?? '';
    explainDownloadFailure(download.error?.message ?? firstLine.replace(/^\s*(Error:\s*)?/i, '').slice(0, 160));
  }
}

const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
