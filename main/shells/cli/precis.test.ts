import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'precis.js');

/** Runs the real `precis` command in a child process, as a user or script would. */
function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('precis CLI', () => {
  it('lists the two sample documents of a new store as JSON {id, title, kind}', () => {
    const { status, stdout, stderr } = precis('list', '--json', '--store', temp.dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const documents = JSON.parse(stdout) as Array<{ id: string; title: string; kind: string }>;
    expect(documents).toHaveLength(2);
    for (const doc of documents) {
      expect(doc).toEqual(
        expect.objectContaining({ id: expect.any(String), title: expect.any(String), kind: expect.any(String) }),
      );
    }
  });

  it('shows a document as JSON with its sections and numbered paragraphs', () => {
    const [first] = JSON.parse(precis('list', '--json', '--store', temp.dir).stdout) as Array<{ id: string }>;
    const { status, stdout } = precis('show', first?.id ?? '', '--json', '--store', temp.dir);
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as {
      id: string;
      sections: Array<{ heading: string | null; paragraphs: Array<{ n: number; id: string; text: string }> }>;
    };
    expect(doc.id).toBe(first?.id);
    expect(doc.sections[0]?.heading).toBeNull();
    const numbers = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.n));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('imports a file, then finds it again instead of duplicating it', () => {
    const file = join(temp.dir, 'statement.txt');
    writeFileSync(file, 'Joint Statement on Clean Water\n\nThe parties agree to share data on river quality.\n');
    const store = join(temp.dir, 'store');
    const first = precis('import', file, '--json', '--store', store);
    expect(first.status).toBe(0);
    const imported = JSON.parse(first.stdout) as { id: string; outcome: string; sections: unknown[] };
    expect(imported.outcome).toBe('imported');
    const again = JSON.parse(precis('import', file, '--json', '--store', store).stdout) as {
      id: string;
      outcome: string;
    };
    expect(again).toMatchObject({ id: imported.id, outcome: 'existing' });
    const listed = JSON.parse(precis('list', '--json', '--store', store).stdout) as Array<{ id: string }>;
    expect(listed.map((d) => d.id)).toContain(imported.id);
  });

  it('prints the import’s confidence with --json, and printed paragraph numbers in show', () => {
    const file = join(temp.dir, 'numbered.txt');
    writeFileSync(
      file,
      'Joint Statement on Harbour Safety\n\n1. The parties agree to inspect every harbour crane once a year.\n\n2. They will publish the results of each inspection within a month.\n',
    );
    const store = join(temp.dir, 'store-confidence');
    const imported = JSON.parse(precis('import', file, '--json', '--store', store).stdout) as {
      id: string;
      confidence: Record<string, number>;
      sections: Array<{ paragraphs: Array<{ n: number; label?: string; text: string }> }>;
    };
    expect(Object.keys(imported.confidence).sort()).toEqual(['date', 'end', 'issuer', 'place', 'start', 'title']);
    expect(imported.sections.flatMap((s) => s.paragraphs.map((p) => p.label))).toEqual(['1', '2']);
    const shown = JSON.parse(precis('show', imported.id, '--json', '--store', store).stdout) as {
      confidence: Record<string, number>;
    };
    expect(shown.confidence).toEqual(imported.confidence);
    expect(precis('show', imported.id, '--store', store).stdout).toContain('¶ 2  They will publish the results');
  });

  it('fails with one clear line and a non-zero exit code', () => {
    const missing = precis('show', 'nosuchdoc', '--store', temp.dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^precis: There is no document with id “nosuchdoc”/);
    const unreadable = precis('import', join(temp.dir, 'nope.pdf'), '--store', temp.dir);
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toMatch(/^precis: Cannot read .*nope\.pdf.*ENOENT/);
    const unknown = precis('frobnicate', '--store', temp.dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });
});
