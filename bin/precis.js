#!/usr/bin/env node
// The `precis` command. Précis needs Node >= 22.18 (node:sqlite, TypeScript type stripping);
// `npm install` puts Node 22 in node_modules as a dev dependency, so use that one when the
// Node running this shim is older.
//
// It runs the CLI built with the app (out/cli/precis.js, plain JavaScript) when that build is
// newer than every source file, else the TypeScript sources: a command then starts in a
// fraction of the time (no TypeScript to strip from hundreds of files), and an edited source
// is never shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recentNode, root, runWith } from './node22.js';

const sources = join(root, 'main', 'shells', 'cli', 'precis.ts');
const built = join(root, 'out', 'cli', 'precis.js');

/** The newest modification time of the sources the CLI is built from (tests aside). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  if (process.env.PRECIS_CLI_SOURCES === '1' || !existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return ['main', 'shared'].every((dir) => newestSource(join(root, dir)) <= builtAt);
}

const node = recentNode('precis');
const entry = builtIsCurrent() ? built : sources;
if (node === process.execPath && entry === built) {
  // Same Node, plain JavaScript: run it here, without starting a second Node. node:sqlite is
  // flagged experimental in Node 22; that one warning is noise for a command's user.
  const [printWarning] = process.listeners('warning');
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return;
    printWarning?.(warning);
  });
  const { runCommandLine } = await import(pathToFileURL(built).href);
  runCommandLine(process.argv.slice(2));
} else {
  runWith('precis', node, entry, process.argv.slice(2));
}
