/** `precis list` and `precis search` name the version (and its date) when a document has several. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const bin = join(root, 'bin', 'precis.js');
const FILE = join(root, 'test', 'fixtures', 'import', 'numbered-communique.txt');
const TITLE = 'Communiqué of the Fifth Ministerial Meeting on Water Security';

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--store', temp.dir, '--lang', 'en'], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '' },
  });
  return result.stdout;
}

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
  const corrected = join(temp.dir, 'numbered-communique.txt');
  writeFileSync(
    corrected,
    readFileSync(FILE, 'utf8')
      .replace('Geneva, 18 November 2024', 'Geneva, 20 November 2024')
      .replace('have become more frequent', 'have become far more frequent'),
  );
  const first = JSON.parse(precis('import', FILE, '--json')) as Array<{ id: string }> | { id: string };
  const id = Array.isArray(first) ? (first[0] as { id: string }).id : first.id;
  precis('import', corrected, '--version-of', id);
}, 60_000);
afterAll(() => temp.cleanup());

describe('versions in the CLI text output', () => {
  it('lists both versions by name, version and date', () => {
    const lines = precis('list').split('\n');
    expect(lines.some((l) => l.endsWith(`${TITLE} (v1, November 18, 2024)`))).toBe(true);
    expect(lines.some((l) => l.endsWith(`${TITLE} (v2, November 20, 2024)`))).toBe(true);
  });

  it('names the version of each search hit', () => {
    const out = precis('search', 'droughts', 'floods');
    expect(out).toContain(`${TITLE} (v1, November 18, 2024)`);
    expect(out).toContain(`${TITLE} (v2, November 20, 2024)`);
  });
});
