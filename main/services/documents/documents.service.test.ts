import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagedDocument } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { writeGeneratedLibrary, type GeneratedRow } from '../../../test/support/generated-library.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';

const COUNT = 3_000;
let api: Awaited<ReturnType<typeof makeApiContext>>;
let rows: GeneratedRow[];

async function call<T>(channel: Parameters<typeof dispatch>[2], input: unknown): Promise<T> {
  const result = await dispatch(apiHandlers, api.context, channel, input, () => {});
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value as T;
}

type Page = { total: number; documents: PagedDocument[]; languages: string[] };

/** Every row of a view, read window after window as the library table does. */
async function readAll(query: object, limit = 250): Promise<Page> {
  const first = await call<Page>('documents:page', { ...query, offset: 0, limit });
  const documents = [...first.documents];
  while (documents.length < first.total) {
    const next = await call<Page>('documents:page', { ...query, offset: documents.length, limit });
    expect(next.total).toBe(first.total);
    documents.push(...next.documents);
  }
  return { ...first, documents };
}

// What SQLite's lower() does (ASCII letters only), and its byte order of UTF-8 text.
const asciiLower = (text: string) => text.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
const compare = (a: string | number | null, b: string | number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

function expected(
  filter: (row: GeneratedRow) => boolean,
  key: (row: GeneratedRow) => string | number | null,
  descending: boolean,
): string[] {
  const sign = descending ? -1 : 1;
  return rows
    .filter(filter)
    .sort((a, b) => sign * (compare(key(a), key(b)) || a.order - b.order))
    .map((row) => row.id);
}

beforeAll(async () => {
  api = await makeApiContext();
  rows = writeGeneratedLibrary(api.context.db, COUNT);
}, 120_000);
afterAll(() => api.close());

describe('documents:page', () => {
  it('returns one window of the newest imports first, with the total and the languages', async () => {
    const page = await call<Page>('documents:page', { offset: 40, limit: 25 });
    expect(page.total).toBe(COUNT);
    expect(page.languages).toEqual(['de', 'en', 'fr']);
    const order = expected(
      () => true,
      (row) => row.importedAt,
      true,
    );
    expect(page.documents.map((d) => d.id)).toEqual(order.slice(40, 65));
    const sample = page.documents[0] as PagedDocument;
    const row = rows.find((r) => r.id === sample.id) as GeneratedRow;
    expect(sample).toMatchObject({
      title: row.title,
      kind: row.kind,
      language: row.language,
      date: row.date,
      importedAt: row.importedAt,
      paragraphCount: 2,
      version: 1,
      versionCount: 1,
      annotationCount: row.annotations,
    });
  });

  it.each([
    ['title', false, (row: GeneratedRow) => asciiLower(row.title)],
    ['title', true, (row: GeneratedRow) => asciiLower(row.title)],
    ['date', false, (row: GeneratedRow) => row.date],
    ['language', true, (row: GeneratedRow) => row.language],
    ['annotations', true, (row: GeneratedRow) => row.annotations],
    ['importedAt', false, (row: GeneratedRow) => row.importedAt],
  ] as const)('sorts by %s (descending: %s) across windows', async (sort, descending, key) => {
    const all = await readAll({ sort, descending });
    expect(all.documents.map((d) => d.id)).toEqual(expected(() => true, key, descending));
  });

  it('sorts kinds in the order their names take in the reader’s language', async () => {
    const kindOrder = ['other', 'declaration', 'news'];
    const all = await readAll({ sort: 'kind', descending: false, kindOrder });
    expect(all.documents.map((d) => d.id)).toEqual(
      expected(
        () => true,
        (row) => kindOrder.indexOf(row.kind),
        false,
      ),
    );
  });

  it('filters by title words ignoring case and accents, by kind and by language', async () => {
    const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const keep = (row: GeneratedRow) =>
      folded(row.title).includes('etat') && folded(row.title).includes('securite') && row.kind === 'other';
    const all = await readAll({ text: '  ETAT  sécurité ', kind: 'other', sort: 'date', descending: true });
    expect(all.total).toBeGreaterThan(10);
    expect(all.documents.map((d) => d.id)).toEqual(expected(keep, (row) => row.date, true));

    const french = await call<Page>('documents:page', { language: 'fr', limit: 500 });
    expect(french.total).toBe(rows.filter((row) => row.language === 'fr').length);
    expect(french.documents.every((d) => d.language === 'fr')).toBe(true);

    // A language version's partners: every other language, its regional forms left out too.
    const others = await readAll({ otherThanLanguage: 'EN-ca', sort: 'title', descending: false });
    expect(others.total).toBe(rows.filter((row) => !row.language.toLowerCase().startsWith('en')).length);
    expect(others.documents.some((d) => d.language.toLowerCase().split('-')[0] === 'en')).toBe(false);
    expect(others.total).toBeGreaterThan(0);

    // LIKE's own wildcards in the words are plain characters.
    expect((await call<Page>('documents:page', { text: '%' })).total).toBe(0);
    expect((await call<Page>('documents:page', { text: '_' })).total).toBe(0);
  });

  it('follows changes to the library between two windows', async () => {
    const before = await call<Page>('documents:page', { sort: 'title', descending: true, limit: 3 });
    const first = before.documents[0] as PagedDocument;
    await call('documents:rename', { id: first.id, title: 'Aaa first of all' });
    const renamed = await call<Page>('documents:page', { sort: 'title', descending: false, limit: 1 });
    expect(renamed.documents.map((d) => d.title)).toEqual(['Aaa first of all']);

    await call('documents:delete', { id: first.id });
    const after = await call<Page>('documents:page', { sort: 'title', descending: false, limit: 1 });
    expect(after.total).toBe(COUNT - 1);
    expect(after.documents[0]?.id).not.toBe(first.id);
    await call('documents:restore', { id: first.id });
    await call('documents:rename', { id: first.id, title: first.title });
    expect((await call<Page>('documents:page', {})).total).toBe(COUNT);
  });

  it('refuses a window larger than the largest page', async () => {
    const result = await dispatch(apiHandlers, api.context, 'documents:page', { limit: 10_000 }, () => {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('documents:summaries and documents:list', () => {
  it('gives summaries in the order asked, leaving out unknown ids', async () => {
    const summaries = await call<PagedDocument[]>('documents:summaries', { ids: ['gen12', 'nope', 'gen3'] });
    expect(summaries.map((d) => [d.id, d.annotationCount])).toEqual([
      ['gen12', 0],
      ['gen3', rows[3]?.annotations],
    ]);
  });

  it('lists every live document, newest import first, as before', async () => {
    const list = await call<Array<Record<string, unknown>>>('documents:list', {});
    expect(list).toHaveLength(COUNT);
    // Same order as before paging: newest import first, then title.
    const order = [...rows]
      .sort((a, b) => compare(b.importedAt, a.importedAt) || compare(a.title, b.title))
      .map((row) => row.id);
    expect(list.map((d) => d.id)).toEqual(order);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(
      [
        'id',
        'title',
        'kind',
        'language',
        'date',
        'version',
        'paragraphCount',
        'importedAt',
        'seriesId',
        'latestVersion',
        'latestId',
        'versionCount',
      ].sort(),
    );
  });
});
