#!/usr/bin/env node
// The `precis-server` command: the Précis team server and its admin commands. Like `precis`,
// it needs Node >= 22.18 (node:sqlite, TypeScript type stripping) and uses the Node 22 that
// `npm install` puts in node_modules when the Node running this shim is older.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'server', 'cli.ts');

function isRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

function findNode() {
  if (isRecentEnough(process.versions.node)) return process.execPath;
  for (const candidate of [
    join(root, 'node_modules', 'node', 'bin', 'node'),
    join(root, 'node_modules', '.bin', 'node'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

const node = findNode();
if (!node) {
  console.error(
    `precis-server: Node ${process.versions.node} is too old (it needs 22.18 or later). Run \`npm install\` in ${root} to get it.`,
  );
  process.exit(1);
}
const result = spawnSync(node, ['--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) {
  console.error(`precis-server: could not start Node (${result.error.message}).`);
  process.exit(1);
}
process.exit(result.status ?? 1);
