// What `precis` and `precis-server` share: both need Node >= 22.18 (node:sqlite, TypeScript
// type stripping), and `npm install` puts Node 22 in node_modules as a dev dependency, so they
// use that one when the Node running the shim is older.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (where node_modules is). */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function isRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

/** A Node recent enough to run Précis, or exits with a message naming `command`. */
export function recentNode(command) {
  if (isRecentEnough(process.versions.node)) return process.execPath;
  for (const candidate of [
    join(root, 'node_modules', 'node', 'bin', 'node'),
    join(root, 'node_modules', '.bin', 'node'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  console.error(
    `${command}: Node ${process.versions.node} is too old (Précis needs 22.18 or later). Run \`npm install\` in ${root} to get it.`,
  );
  process.exit(1);
}

/** Runs `entry` with `args` under `node` in a child process and exits with its status. */
export function runWith(command, node, entry, args) {
  const result = spawnSync(node, ['--disable-warning=ExperimentalWarning', entry, ...args], { stdio: 'inherit' });
  if (result.error) {
    console.error(`${command}: could not start Node (${result.error.message}).`);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}
