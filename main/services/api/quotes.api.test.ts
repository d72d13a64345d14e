import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteCheck } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'quotes');

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext({ seed: true })));
afterEach(() => api.close());

const call = (channel: string, input: unknown) => dispatch(apiHandlers, api.context, channel, input, () => {});

async function importFixture(name: string): Promise<string> {
  const dataBase64 = readFileSync(join(fixtures, name)).toString('base64');
  const result = await call('documents:import', { fileName: name, dataBase64 });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { document: { id: string } }).document.id;
}

async function library() {
  const result = await call('documents:list', {});
  return (result.ok ? result.value : []) as Array<{ id: string; kind: string; title: string }>;
}

describe('quotes:check', () => {
  it('checks an article against the suggested sources, never suggesting news articles', async () => {
    await importFixture('article-mixed-en.txt'); // another article quoting the same declaration
    await importFixture('statement-maritime-en.txt');
    const docs = await library();
    const article = docs.find((d) => d.title.startsWith('Canada and France will help')) as { id: string };
    const result = await call('quotes:check', { documentId: article.id });
    expect(result.ok).toBe(true);
    const check = (result as { value: QuoteCheck }).value;
    const declaration = docs.find((d) => d.kind === 'declaration' && d.title.startsWith('Canada–France'));
    expect(check.suggestions.map((s) => s.id)).toEqual([declaration?.id]);
    expect(check.sources).toEqual([expect.objectContaining({ id: declaration?.id, suggested: true })]);
    expect(check.quotes.map((q) => q.source?.paragraph)).toEqual([8, 7, 9, 6]);
  });

  it('checks against chosen sources and still offers the suggestions', async () => {
    const statement = await importFixture('statement-maritime-en.txt');
    const mixed = await importFixture('article-mixed-en.txt');
    const result = await call('quotes:check', { documentId: mixed, sourceIds: [statement] });
    const check = (result as { value: QuoteCheck }).value;
    expect(check.sources).toEqual([expect.objectContaining({ id: statement, suggested: true })]);
    expect(check.suggestions).toHaveLength(2);
    expect(check.quotes.filter((q) => q.fidelity !== 'not-found').map((q) => q.source?.documentId)).toEqual([
      statement,
      statement,
    ]);
  });

  it('refuses unknown documents, unknown sources, the document itself and bad ids', async () => {
    const [first] = await library();
    expect(await call('quotes:check', { documentId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await call('quotes:check', { documentId: first?.id, sourceIds: ['missing'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('missing') },
    });
    expect(await call('quotes:check', { documentId: first?.id, sourceIds: [first?.id] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('quotes:check', { documentId: first?.id, sourceIds: ["x'--"] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
