/**
 * The admin command line in-process: `user add … --json` prints exactly {name, role, team,
 * token, expiresAt}, and `serve` given a command (what `npm run server -- user add …` becomes)
 * refuses with a clear line instead of starting a server, and creates no store.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/support/temp.ts';
import { runServerCli } from './cli.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('precis-server command line', () => {
  it('prints the issued token as JSON with the fields the issue names', async () => {
    const lines: string[] = [];
    const data = join(temp.dir, 'data');
    await runServerCli(
      ['user', 'add', 'Anaïs Côté', '--role', 'approver', '--team', 'europe', '--data', data, '--json'],
      (line) => lines.push(line),
    );
    expect(lines).toHaveLength(1);
    const issued = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(issued).toMatchObject({ name: 'Anaïs Côté', role: 'approver', team: 'europe', expiresAt: null });
    expect(issued.token).toMatch(/^pct_[\w-]{20,}$/);
  });

  it('refuses `serve` followed by a command, says how to run it, and creates nothing', async () => {
    const data = join(temp.dir, 'data');
    await expect(
      runServerCli(['serve', 'user', 'add', 'Bo', '--role', 'reader', '--team', 'europe', '--data', data], () => {}),
    ).rejects.toThrow('npx precis-server user add Bo');
    expect(existsSync(data) ? readdirSync(data) : []).toEqual([]);
  });

  it('refuses a port that is not one with its own message, before creating anything', async () => {
    const data = join(temp.dir, 'data');
    for (const port of ['abc', '99999', '8080.5']) {
      await expect(runServerCli(['serve', '--port', port, '--data', data], () => {})).rejects.toThrow(
        `--port: “${port}” is not valid (a port from 0 to 65535).`,
      );
    }
    expect(existsSync(data) ? readdirSync(data) : []).toEqual([]);
  });
});
