/**
 * `precis search` as a script uses it: the real command in a child process on a seeded store,
 * plus a French document imported through `precis import`.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { parseSearchArgs } from './search.ts';

const bin = join(import.meta.dirname, '..', '..', '..', '..', 'bin', 'precis.js');
let temp: ReturnType<typeof makeTempDir>;

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args, '--store', temp.dir], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonHit {
  kind: string;
  documentId: string | null;
  paragraph: number | null;
  snippet: string;
  score: number;
  section: string | null;
  matches: Array<[number, number]>;
}

const json = (...args: string[]) => {
  const result = precis('search', ...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonHit[];
};

beforeAll(() => {
  temp = makeTempDir();
  const file = join(temp.dir, 'communique.md');
  writeFileSync(
    file,
    '# Communiqué sur la défense européenne\n\nLa Défense européenne progresse.\n\nLes ministres ont parlé de sécurité énergétique.\n',
  );
  expect(precis('import', file).status).toBe(0);
}, 60_000);
afterAll(() => temp.cleanup());

describe('precis search', () => {
  it('prints [{kind, documentId, paragraph, snippet, score}] best first, with the matches located', () => {
    const hits = json('cyber', 'defence');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit).toEqual(
        expect.objectContaining({
          kind: 'paragraph',
          documentId: expect.any(String),
          paragraph: expect.any(Number),
          snippet: expect.any(String),
          score: expect.any(Number),
        }),
      );
      const marked = hit.matches.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase());
      expect(
        marked.every((m) => m === 'cyber' || m === 'defence'),
        marked.join(),
      ).toBe(true);
    }
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds défense, Défense and defense alike, in English and French', () => {
    const ids = (q: string) =>
      json(q)
        .map((h) => `${h.documentId}/${h.paragraph}`)
        .sort();
    const accented = ids('défense');
    expect(accented).toEqual(ids('DEFENSE'));
    expect(accented.length).toBeGreaterThanOrEqual(3); // two in the news article, one or more in the communiqué
    expect(json('défense', '--language', 'fr').every((h) => h.snippet.match(/défense/i))).toBe(true);
  });

  it('runs phrases, prefixes and boolean queries', () => {
    expect(json('"territorial integrity"').length).toBeGreaterThanOrEqual(2);
    expect(json('"integrity territorial"')).toEqual([]);
    const prefix = json('sécur*', '--language', 'fr');
    expect(prefix.map((h) => h.snippet).join(' ')).toMatch(/sécurité/);
    const both = json('ukraine');
    const without = json('ukraine', '-russia');
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(both.length);
    expect(without.every((h) => !/\brussia\b/i.test(h.snippet))).toBe(true);
  });

  it('prints a readable list with where each hit is', () => {
    const { status, stdout } = precis('search', 'Ramstein');
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 match for “Ramstein”/);
    expect(stdout).toMatch(/Support Ukraine · ¶ 7/);
    expect(stdout).toMatch(/\[Ramstein\]/);
  });

  it('answers malformed queries with results or one clear line, never an SQL error', () => {
    expect(json('"territorial integrity').length).toBeGreaterThan(0);
    expect(json('(ukraine OR').length).toBeGreaterThan(0);
    expect(json('NEAR(ukraine')).toBeInstanceOf(Array);
    const negative = precis('search', '-russia');
    expect(negative.status).toBe(2);
    expect(negative.stderr.trim()).toBe(
      'precis: Say what to look for, not only what to leave out: add a word without “-” or NOT.',
    );
    const french = precis('search', '-russia', '--lang', 'fr');
    expect(french.status).toBe(2);
    expect(french.stderr).toMatch(/^precis: Dites ce qu’il faut chercher/);
    const empty = precis('search', '"');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^precis: Type a word/);
    expect(empty.stderr).not.toMatch(/sqlite|fts5|syntax/i);
  });

  it('includes annotation and note hits: {kind, documentId, paragraph, snippet, score}', () => {
    const documents = JSON.parse(precis('list', '--json').stdout) as Array<{ id: string; title: string }>;
    const communique = documents.find((d) => d.title.startsWith('Communiqué'));
    if (!communique) throw new Error('the communiqué was not imported');
    const annotated = precis(
      'annotate',
      communique.id,
      '--quote',
      'sécurité énergétique',
      '--comment',
      'Vérifier le calendrier hydroélectrique',
      '--tag',
      'Énergie',
    );
    expect(annotated.stderr).toBe('');
    expect(precis('note-new', '--template', 'blank', '--title', 'Hydroélectrique: options').status).toBe(0);

    const hits = json('hydroelectrique');
    expect(hits.map((h) => h.kind).sort()).toEqual(['annotation', 'note']);
    const annotation = hits.find((h) => h.kind === 'annotation');
    expect(annotation).toEqual(
      expect.objectContaining({ documentId: communique.id, paragraph: 2, score: expect.any(Number) }),
    );
    expect(annotation?.snippet).toMatch(/hydroélectrique/);
    const note = hits.find((h) => h.kind === 'note') as JsonHit & { title: string };
    expect(note).toEqual(
      expect.objectContaining({ documentId: null, paragraph: null, title: 'Hydroélectrique: options' }),
    );
    expect(json('hydroelectrique', '--tag', 'energie').map((h) => h.kind)).toEqual(['annotation']);
    expect(precis('search', 'hydroelectrique', '--kind', 'note').stdout).toMatch(/Note: Hydroélectrique: options/);
  });

  it('checks its options', () => {
    expect(parseSearchArgs(['a', '-b', '--kind', 'note', '--limit=5'])).toMatchObject({
      query: 'a -b',
      kinds: ['note'],
      limit: 5,
    });
    expect(() => parseSearchArgs(['a', '--kind', 'poem'])).toThrow(/--kind is one of/);
    expect(() => parseSearchArgs(['a', '--color'])).toThrow(/unknown option/);
    expect(() => parseSearchArgs([])).toThrow(/usage/);
    expect(precis('search', 'x', '--from', 'yesterday').stderr).toMatch(
      /^precis: Invalid input for search:query \(from\)/,
    );
  });
});
