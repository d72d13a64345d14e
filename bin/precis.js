#!/usr/bin/env node
// The `precis` command. Précis needs Node >= 22.18 (node:sqlite, TypeScript type stripping);
// `npm install` puts Node 22 in node_modules as a dev dependency, so use that one when the
// Node running this shim is older, and run the CLI's TypeScript sources directly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'main', 'shells', 'cli', 'precis.ts');

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
    `precis: Node ${process.versions.node} is too old (Précis needs 22.18 or later). Run \`npm install\` in ${root} to get it.`,
  );
  process.exit(1);
}
const result = spawnSync(node, ['--disable-warning=ExperimentalWarning', entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) {
  console.error(`precis: could not start Node (${result.error.message}).`);
  process.exit(1);
}
process.exit(result.status ?? 1);
