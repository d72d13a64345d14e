// `npm start`: build, then launch the Electron shell with the sample library.
// Electron downloads its own binary on first run. Where that download cannot happen (no
// network, a proxy, a firewall), say so in one clear paragraph, then run the same app in
// browser mode on the same library, so that the README's first command always runs Précis.
//
//   npm start [-- --store DIR] [--no-build] [--browser]
//     --store DIR  the library folder (as for the CLI and browser mode)
//     --no-build   use the existing build in out/ (faster; tests use it)
//     --browser    skip Electron and start browser mode straight away
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const browserOnly = args.includes('--browser');
const storeIndex = args.indexOf('--store');
const store = storeIndex >= 0 ? args[storeIndex + 1] : args.find((a) => a.startsWith('--store='))?.slice(8);
const appArgs = store ? [`--store=${store}`] : [];

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
      'Précis could not start its desktop window: the Electron runtime is not installed, and downloading it failed',
      `${detail ? `(${detail})` : ''}. Electron fetches its own binary (about 100 MB) from its release servers the first`,
      'time the app runs. To get the desktop window, run `npm start` again on a machine with Internet access (set',
      'HTTPS_PROXY behind a proxy, or point ELECTRON_MIRROR at a reachable mirror).',
      '',
      'Starting Précis in browser mode instead, on the same library: open the address below in your browser.',
      '',
    ].join('\n'),
  );
}

/**
 * Browser mode: the same interface and API on 127.0.0.1. Its address (with this launch's token)
 * is printed, not opened for the user: handing it to a browser on the command line would show the
 * token to every local user in the process list.
 */
function startBrowserMode() {
  const serve = join(root, 'main', 'shells', 'browser', 'serve.ts');
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', serve, ...(store ? ['--store', store] : [])],
    { stdio: 'inherit', cwd: root },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (!noBuild) {
  const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let binary = browserOnly ? null : electronBinary();
if (!binary && !browserOnly) {
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

if (binary) {
  const child = spawn(binary, [root, ...appArgs], { stdio: 'inherit', cwd: root });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  startBrowserMode();
}
