import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const bin = join(root, 'bin', 'precis.js');
const fixtures = join(root, 'test', 'fixtures', 'pairs');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--store', temp.dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '', LANG: 'en_CA.UTF-8', LC_ALL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('precis pair (a real process)', () => {
  it('suggests the pairing at import, pairs on request, and shows pairedWith', () => {
    const en = JSON.parse(precis('import', join(fixtures, 'arctic-en.txt'), '--json').stdout) as { id: string };
    const imported = precis('import', join(fixtures, 'arctic-fr.txt'));
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(`other language version of .*\\(${en.id}\\): precis pair \\w+ ${en.id}`),
    );
    const fr = (JSON.parse(precis('list', '--json').stdout) as Array<{ id: string; language: string }>).find(
      (d) => d.language === 'fr',
    )?.id as string;

    const shown = JSON.parse(precis('show', en.id, '--json').stdout) as { pairedWith: unknown; sections: unknown[] };
    expect(shown.pairedWith).toBeNull();
    expect(shown.sections.length).toBeGreaterThan(0);

    const paired = precis('pair', en.id, fr, '--json');
    expect(paired.status).toBe(0);
    const result = JSON.parse(paired.stdout) as { pairs: Array<{ a: number[]; b: number[]; confidence: number }> };
    expect(result.pairs.map((p) => `${p.a.join('+')}=${p.b.join('+')}`)).toEqual([
      '1=1',
      '2=2',
      '3=3',
      '4=4',
      '5=5+6',
      '6=7',
      '7=8',
    ]);
    for (const pair of result.pairs) expect(pair.confidence).toBeGreaterThan(0);

    expect(JSON.parse(precis('show', en.id, '--json').stdout)).toMatchObject({
      pairedWith: { id: fr, language: 'fr' },
    });
    expect(JSON.parse(precis('show', fr, '--json').stdout)).toMatchObject({
      pairedWith: { id: en.id, language: 'en' },
    });
    const text = precis('pair', en.id, fr);
    expect(text.stdout).toMatch(/7 pairs/);
    expect(text.stdout).toMatch(/¶ 5 +⇔ +¶ 5\+6/);
  });

  it('cites paragraphs as printed when a version numbers them otherwise than by position', () => {
    // One process imports both versions (fewer processes: this machine may be busy).
    const importBoth = () =>
      (
        JSON.parse(
          precis('import', join(fixtures, 'ai-climate-en.txt'), join(fixtures, 'ai-climate-fr.txt'), '--json').stdout,
        ) as Array<{ id: string }>
      ).map((d) => d.id);
    const [en, fr] = importBoth() as [string, string];
    const result = JSON.parse(precis('pair', en, fr, '--json').stdout) as {
      pairs: Array<{ a: number[]; b: number[]; aLabels: string[]; bLabels: string[] }>;
    };
    // The English fifth paragraph is printed "6": positions in a/b, printed numbers beside them.
    expect(result.pairs.find((p) => p.bLabels.join() === '6')).toMatchObject({
      a: [5],
      aLabels: ['6'],
      b: [6],
      bLabels: ['6'],
    });
    expect(result.pairs.find((p) => p.bLabels.join() === '5')).toMatchObject({ a: [], aLabels: [] });

    // The same pairing in words, in a library of its own: rows cite the printed numbers.
    temp.cleanup();
    temp = makeTempDir();
    const text = precis('pair', ...(importBoth() as [string, string]));
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/¶ 6 +⇔ +¶ 6 /);
    expect(text.stdout).toMatch(/¶ — +⇔ +¶ 5 /);
    expect(text.stdout).not.toMatch(/¶ 5 +⇔/);
  });

  it('refuses two documents in the same language in one line, exit 1, nothing paired', () => {
    precis('import', join(fixtures, 'arctic-fr.txt'), join(fixtures, 'unrelated-fr.txt'));
    const [a, b] = (JSON.parse(precis('list', '--json').stdout) as Array<{ id: string }>).map((d) => d.id);
    const refused = precis('pair', a as string, b as string);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^precis: .*same language/);
    expect(JSON.parse(precis('show', a as string, '--json').stdout)).toMatchObject({ pairedWith: null });
    expect(precis('pair', a as string).status).toBe(2);
  });
});
