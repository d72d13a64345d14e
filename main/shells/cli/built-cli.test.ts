/**
 * bin/precis.js runs the CLI built with the app (out/cli) when that build is newer than every
 * source, else the sources; the built CLI answers exactly as the sources do.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const temp = makeTempDir();
afterAll(() => temp.cleanup());

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function precis(binRoot: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(binRoot, 'bin', 'precis.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('the precis command', () => {
  it('answers from the build as from the sources', () => {
    // The build `npm test` makes before the tests: it must be the one that runs here.
    const builtAt = statSync(join(root, 'out', 'cli', 'precis.js')).mtimeMs;
    expect(newestSource(join(root, 'main')), 'out/cli is older than the sources: npm run build').toBeLessThanOrEqual(
      builtAt,
    );
    const store = join(temp.dir, 'store');
    const fromSources = precis(root, ['list', '--json', '--store', store], { PRECIS_CLI_SOURCES: '1' });
    expect(fromSources.stderr).toBe('');
    const fromBuild = precis(root, ['list', '--json', '--store', store]);
    expect(fromBuild.stderr).toBe('');
    expect(fromBuild.status).toBe(0);
    expect(JSON.parse(fromBuild.stdout)).toEqual(JSON.parse(fromSources.stdout));
    expect(JSON.parse(fromBuild.stdout)).toHaveLength(2);
  });

  it('runs the build only while it is newer than every source', () => {
    // A copy of the project's layout whose "build" says so, to see which one runs.
    const copy = join(temp.dir, 'project');
    mkdirSync(join(copy, 'out', 'cli'), { recursive: true });
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true });
    for (const name of ['main', 'shared', 'node_modules', 'package.json', 'resources'])
      symlinkSync(join(root, name), join(copy, name));
    const built = join(copy, 'out', 'cli', 'precis.js');
    writeFileSync(built, "export function runCommandLine(argv) { console.log('built:' + argv.join(' ')); }\n");
    expect(precis(copy, ['list']).stdout).toBe('built:list\n');
    // An edited source is newer than the build: the sources run (here, a usage error).
    utimesSync(built, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const fromSources = precis(copy, ['no-such-command']);
    expect(fromSources.stdout).toBe('');
    expect(fromSources.status).toBe(2);
  });
});
