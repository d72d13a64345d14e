import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { translator } from '../../../../shared/i18n/index.ts';
import { parseQuotesArgs } from './quotes.ts';

const t = translator('en');

const root = join(import.meta.dirname, '..', '..', '..', '..');
const bin = join(root, 'bin', 'precis.js');
const fixtures = join(root, 'test', 'fixtures', 'quotes');

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Listed {
  id: string;
  title: string;
  kind: string;
}
interface QuotesJson {
  quotes: Array<{
    text: string;
    fidelity: string;
    source: { documentId: string; paragraph: number } | null;
    changes: Array<{ from: string; to: string }>;
  }>;
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('parseQuotesArgs', () => {
  it('reads the document id and the sources after --against', () => {
    expect(parseQuotesArgs(['a'], t)).toEqual({ documentId: 'a', sourceIds: undefined });
    expect(parseQuotesArgs(['a', '--against', 'b', 'c'], t)).toEqual({ documentId: 'a', sourceIds: ['b', 'c'] });
    expect(parseQuotesArgs(['--against=b,c', 'a'], t)).toEqual({ documentId: 'a', sourceIds: ['b', 'c'] });
    expect(() => parseQuotesArgs([], t)).toThrow(/usage/);
    expect(() => parseQuotesArgs(['a', '--against'], t)).toThrow(/at least one/);
    expect(() => parseQuotesArgs(['a', '--sources', 'b'], t)).toThrow(/unknown option/);
  });
});

describe('precis quotes', () => {
  it('checks the sample article against the suggested declaration, as JSON', () => {
    const listed = JSON.parse(precis('list', '--json', '--store', temp.dir).stdout) as Listed[];
    const article = listed.find((d) => d.kind === 'news') as Listed;
    const declaration = listed.find((d) => d.kind === 'declaration') as Listed;
    const { status, stdout, stderr } = precis('quotes', article.id, '--json', '--store', temp.dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const { quotes } = JSON.parse(stdout) as QuotesJson;
    // The fields scripts read stay; the paragraph's identity, the source's version and its label are added.
    expect(quotes.map((q) => q.source)).toEqual(
      [8, 7, 9, 6].map((paragraph) => ({
        documentId: declaration.id,
        paragraph,
        paragraphId: expect.stringMatching(/^p[0-9a-z]+$/),
        version: 1,
        label: String(paragraph),
      })),
    );
    // Quotation 1 ("determined" → "firmly committed") is divergent since issue 14's stricter verdicts.
    expect(quotes.map((q) => q.fidelity)).toEqual(['divergent', 'paraphrase', 'paraphrase', 'divergent']);
    expect(quotes[3]?.changes).toContainEqual(expect.objectContaining({ from: 'aggression', to: 'conquest' }));
    const french = precis('quotes', article.id, '--lang', 'fr', '--store', temp.dir);
    expect(french.stdout).toContain('4 citations');
    expect(french.stdout).toContain('[Divergente]');
    expect(french.stdout).toContain('aggression → conquest');
    for (const quote of quotes) {
      expect(typeof quote.text).toBe('string');
      for (const change of quote.changes)
        expect(change).toEqual(expect.objectContaining({ from: expect.any(String), to: expect.any(String) }));
    }
  });

  it('checks against the documents given with --against, and reports not-found quotations', () => {
    precis(
      'import',
      join(fixtures, 'article-oceans-fr.txt'),
      join(fixtures, 'declaration-oceans-fr.md'),
      '--store',
      temp.dir,
    );
    const listed = JSON.parse(precis('list', '--json', '--store', temp.dir).stdout) as Listed[];
    const article = listed.find((d) => d.title.startsWith('Océans')) as Listed;
    const french = listed.find((d) => d.title.startsWith('Déclaration conjointe')) as Listed;
    const sample = listed.find((d) => d.kind === 'declaration' && d.id !== french.id) as Listed;

    const against = JSON.parse(
      precis('quotes', article.id, '--against', sample.id, '--json', '--store', temp.dir).stdout,
    ) as QuotesJson;
    expect(against.quotes.length).toBe(6);
    expect(against.quotes.every((q) => q.fidelity === 'not-found' && q.source === null)).toBe(true);

    const right = precis('quotes', article.id, '--against', french.id, '--store', temp.dir);
    expect(right.status).toBe(0);
    expect(right.stdout).toContain('6 quotations');
    expect(right.stdout).toContain('[Divergent] “protéger au moins 40 % des océans');
    expect(right.stdout).toContain('30 → 40');
    expect(right.stdout).toContain('[Not found in sources] “Nous enverrons des frégates');
  });

  it('fails with one line for unknown documents and bad usage', () => {
    const missing = precis('quotes', 'nope', '--store', temp.dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^precis: There is no document with id “nope”/);
    const usage = precis('quotes', '--store', temp.dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  });
});
