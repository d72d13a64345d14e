/**
 * A narrow API (issue 19, finding 2): `export:pdf` once wrote wherever its caller said, and a
 * caller with the token overwrote an arbitrary file and the live store. Now no method takes a
 * path. This test calls every API method through the real dispatcher — a valid call, then the
 * same call with every string in it replaced by path-like values pointing outside the data
 * folder, and with path-like keys added — and checks that no file appears outside the data
 * folder, and that inside it only Précis's own names appear.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNELS, type ApiChannel } from '../../../shared/api/index.ts';
import { plainTextToLexical } from '../../../shared/model/index.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { createChromiumPrinter } from '../export/chromium-printer.ts';
import type { PdfPrinter } from '../export/printer.ts';
import { openLibrary } from '../library/open-library.ts';
import { createApiContext, type ApiContext } from './context.ts';
import { dispatch } from './dispatch.ts';
import { bundledTemplatePaths } from './exports.api.ts';
import { apiHandlers } from './handlers.ts';

const MARKER = 'precis-path-probe';
let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let outside: string;
let context: ApiContext;
let printer: PdfPrinter;
let samples: Record<ApiChannel, unknown>;

const call = (channel: string, input: unknown) => dispatch(apiHandlers, context, channel, input, () => {});

async function value<T>(channel: ApiChannel, input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Path-like values aimed outside the data folder, in the forms a hostile caller would try. */
function probes(n: number): string[] {
  const name = `${MARKER}-${n}`;
  return [
    join(outside, name),
    join(outside, `${name}.pdf`),
    `../outside/${name}`,
    `../../${relative(dirname(dataDir), outside)}/${name}`,
    `file://${join(outside, name)}`,
    `${outside}\\${name}`,
    `~/${name}`,
    join(dataDir, '..', 'outside', `${name}.sqlite`),
  ];
}

/** Every way to put `replacement` in place of one string of `input` (deep). */
function withEachString(input: unknown, replacement: string): unknown[] {
  if (typeof input === 'string') return [replacement];
  if (Array.isArray(input))
    return input.flatMap((item, i) =>
      withEachString(item, replacement).map((changed) => input.map((x, j) => (i === j ? changed : x))),
    );
  if (input !== null && typeof input === 'object')
    return Object.entries(input).flatMap(([key, item]) =>
      withEachString(item, replacement).map((changed) => ({ ...input, [key]: changed })),
    );
  return [];
}

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Names Précis itself writes in its data folder. */
const OWN_NAMES = [
  /^precis\.sqlite(-wal|-shm|-journal)?$/,
  /^precis\.log(\.1)?$/,
  // Who has the store open, and its last clean close (open-marker.ts).
  /^precis\.sqlite\.open\/\d+$/,
  /^precis\.sqlite\.closed$/,
  /^backups\/precis-[0-9T]+(-\d+)?-[a-z-]+(-from-v\d+)?\.sqlite$/,
  /^exports\/[A-Za-z0-9_-]{32}\.(bin|json)$/,
  /^templates\/word-template\.bin$/,
];

beforeAll(async () => {
  temp = makeTempDir('precis-no-paths-');
  dataDir = join(temp.dir, 'data');
  outside = join(temp.dir, 'outside');
  mkdirSync(outside);
  const store = await openLibrary(dataDir);
  printer = await createChromiumPrinter();
  context = createApiContext({
    db: store.db,
    storePath: store.path,
    mode: 'browser',
    version: '0.0.0-test',
    createPrinter: async () => ({ print: (html) => printer.print(html), close: async () => {} }),
  });
  const documents = await value<Array<{ id: string; kind: string }>>('documents:list', {});
  const doc = documents.find((d) => d.kind === 'declaration')?.id as string;
  const news = documents.find((d) => d.kind === 'news')?.id as string;
  const annotation = await value<{ id: string }>('annotations:create', {
    documentId: doc,
    target: { type: 'paragraph', n: 1 },
    comment: { lexical: plainTextToLexical('a comment'), text: 'a comment' },
  });
  const note = await value<{ id: string; fields: unknown }>('notes:create', { template: 'en', title: 'A note' });
  const versions = await value<Array<{ id: number }>>('notes:versions', { id: note.id });
  const pack = await value<{ id: string; items: Array<{ id: string }> }>('packs:createSample', {});
  const backup = await value<{ name: string }>('library:backup', {});
  const exported = await value<{ exportId: string }>('export:pdf', { packId: pack.id });
  const file = {
    fileName: 'statement.txt',
    dataBase64: Buffer.from('A statement\n\nThe members agree.\n').toString('base64'),
  };
  const content = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [] }] } };
  samples = {
    'app:info': {},
    'app:events': { after: -1 },
    'documents:list': {},
    'documents:page': { text: '/tmp/evil', offset: 0, limit: 10 },
    'documents:summaries': { ids: [doc] },
    'tasks:progress': { taskId: 't1' },
    'settings:ui': {},
    'settings:setUi': { guideDismissed: true },
    'documents:original': { id: doc },
    'documents:versions': { id: doc },
    'annotations:byTag': { tag: 'fisheries' },
    'annotations:renameTag': { from: 'fisheries', to: 'oceans' },
    'tasks:cancel': { taskId: 't1' },
    'documents:get': { id: doc },
    'documents:import': file,
    'documents:importProgress': { progressId: 'p1' },
    'documents:setVersionOf': { id: news, of: 'd-none' },
    'documents:update': {
      id: doc,
      title: 'Title',
      kind: 'declaration',
      language: 'en',
      date: null,
      place: null,
      issuer: null,
    },
    'documents:restructure': { id: doc, sections: [{ heading: null, paragraphs: ['x'] }] },
    'documents:dropBlocks': { id: doc, paragraphIds: ['p-none'], reason: 'not-document' },
    'documents:dropped': { id: doc },
    'documents:restoreDropped': { id: doc, group: 'g-none' },
    'documents:confirmImport': { id: doc, checked: true },
    'settings:get': {},
    'settings:set': { language: 'en' },
    'packs:list': {},
    'packs:get': { id: pack.id },
    'packs:create': { title: 'Pack', audience: 'Minister', preparedBy: 'Desk' },
    'packs:update': { id: pack.id, title: 'Pack' },
    'packs:delete': { id: 'k-none' },
    'packs:restore': {
      id: 'k-none',
      title: 'T',
      audience: '',
      date: '2024-01-01',
      language: 'en',
      preparedBy: '',
      pageSize: 'a4',
      chosenClassification: 'unclassified',
      items: [],
      createdAt: '2024-01-01',
    },
    'packs:addItem': {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: doc, paragraphs: [1], heading: 'Heading' },
    },
    'packs:updateItem': { packId: pack.id, itemId: pack.items[0]?.id, spec: { kind: 'note', noteId: note.id } },
    'packs:removeItem': { packId: pack.id, itemId: 'i-none' },
    'packs:moveItem': { packId: pack.id, itemId: 'i-none', position: 0 },
    'packs:createSample': {},
    'export:pdf': { packId: pack.id },
    'export:docx': { target: { kind: 'note', id: note.id }, template: 'chosen' },
    'export:save': { exportId: exported.exportId },
    'export:discard': { exportId: 'x'.repeat(32) },
    'wordTemplate:get': {},
    // A real template, so the valid call stores it and each probe reaches the store's naming.
    'wordTemplate:set': {
      fileName: 'department.dotx',
      dataBase64: readFileSync(bundledTemplatePaths().template).toString('base64'),
      mapping: { fileName: 'department.styles.json', text: readFileSync(bundledTemplatePaths().mapping, 'utf8') },
    },
    'wordTemplate:clear': {},
    'pairs:partner': { documentId: doc },
    'pairs:pair': { documentId: doc, otherId: news },
    'pairs:unpair': { documentId: doc },
    'pairs:alignment': { documentId: doc },
    'pairs:correct': { documentId: doc, pair: { a: ['p-none'], b: [] } },
    'pairs:suggest': { documentId: doc },
    'pairs:counterpart': { documentId: doc, paragraphIds: ['p-none'] },
    'team:status': {},
    // A server address where nothing listens: the join fails fast; probes put paths in every string.
    'team:join': { server: 'http://127.0.0.1:9', token: 'a-token-of-some-length' },
    'team:leave': {},
    'team:share': { items: [{ kind: 'note', id: note.id }] },
    'team:sync': {},
    'team:item': { kind: 'note', id: note.id },
    'sync:open': { kind: 'note', id: note.id },
    'sync:push': { session: 'session-none', update: Buffer.from('x').toString('base64') },
    'sync:awareness': { session: 'session-none', update: Buffer.from('x').toString('base64') },
    'sync:next': { session: 'session-none', timeoutMs: 0 },
    'sync:close': { session: 'session-none' },
    'review:get': { kind: 'note', id: note.id },
    'review:move': { kind: 'note', id: note.id, to: 'in-review' },
    'comments:list': { noteId: note.id },
    'comments:add': { noteId: note.id, quote: 'A note', body: 'A comment' },
    'comments:reply': { noteId: note.id, threadId: 't-none', body: 'A reply' },
    'comments:resolve': { noteId: note.id, threadId: 't-none', resolved: true },
    'notes:append': { id: note.id, text: 'An appended line' },
    'quotes:check': { documentId: news, sourceIds: [doc] },
    'documents:rename': { id: news, title: 'News' },
    'documents:delete': { id: 'd-none' },
    'documents:restore': { id: 'd-none' },
    'annotations:list': { documentId: doc },
    'annotations:create': {
      documentId: doc,
      target: { type: 'quote', exact: 'Canada', paragraph: 1 },
      tags: ['tag'],
      comment: { lexical: plainTextToLexical('c'), text: 'c' },
    },
    'annotations:update': {
      documentId: doc,
      id: annotation.id,
      tags: ['tag'],
      comment: { lexical: plainTextToLexical('c'), text: 'c' },
    },
    'annotations:delete': { id: 'a-none' },
    'annotations:restore': { documentId: doc, id: 'a-none' },
    'annotations:confirm': { documentId: doc, id: annotation.id },
    'annotations:reattach': { documentId: doc, id: annotation.id, start: 0, end: 5 },
    'annotations:tags': {},
    'annotations:colors': {},
    'annotations:setColorLabel': { key: 'red', label: 'Risk' },
    'annotations:counts': {},
    'annotations:export': { documentId: doc, format: 'markdown' },
    'notes:list': {},
    'notes:get': { id: note.id },
    'notes:create': { template: 'blank', title: 'Another' },
    'notes:save': {
      id: note.id,
      title: 'A note',
      status: 'draft',
      classification: 'unclassified',
      fields: note.fields,
      content,
    },
    'notes:rename': { id: note.id, title: 'Renamed' },
    'notes:duplicate': { id: note.id },
    'notes:delete': { id: 'n-none' },
    'notes:undelete': { id: 'n-none' },
    'notes:versions': { id: note.id },
    'notes:version': { id: note.id, versionId: versions[0]?.id ?? 1 },
    'notes:check-excerpts': { excerpts: [{ documentId: doc, paragraphs: [{ id: 'p', n: 1 }], text: 'x' }] },
    'notes:appendMediaLines': {
      id: note.id,
      caption: 'Media lines',
      headers: ['Quote', 'Source', 'Fidelity', 'Changes'],
      rows: [{ quote: 'q', source: '¶ 1', fidelity: 'exact', changes: ['c'] }],
    },
    'library:status': {},
    'library:backup': {},
    'library:restore': { name: backup.name },
    'search:query': { query: 'defence', tags: ['x'], languages: ['en'] },
    'search:inDocument': { documentId: doc, query: 'defence' },
  } as Record<ApiChannel, unknown>;
}, 120_000);

afterAll(async () => {
  await printer?.close();
  temp?.cleanup();
});

describe('no path crosses the API', () => {
  it('has a sample call for every method', () => {
    expect(Object.keys(samples).sort()).toEqual([...API_CHANNELS].sort());
  });

  it('writes nothing outside the data folder, whatever path-like values the caller sends', async () => {
    let n = 0;
    let calls = 0;
    for (const channel of API_CHANNELS) {
      const sample = samples[channel];
      await call(channel, sample);
      calls++;
      for (const probe of probes(n++)) {
        for (const changed of withEachString(sample, probe)) {
          await call(channel, changed);
          calls++;
        }
        const extra = { path: probe, file: probe, output: probe, destination: probe, dir: probe, storePath: probe };
        await call(channel, { ...(sample as object), ...extra });
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(filesBelow(outside)).toEqual([]);
    const strangers = filesBelow(temp.dir).filter((path) => !path.startsWith(`data/`));
    expect(strangers).toEqual([]);
    const inside = filesBelow(dataDir).filter((path) => !OWN_NAMES.some((pattern) => pattern.test(path)));
    expect(inside).toEqual([]);
    expect(filesBelow(dataDir).some((path) => path.includes(MARKER))).toBe(false);
  }, 600_000);

  it('refuses a path where export:pdf once took one', async () => {
    const result = await call('export:pdf', {
      packId: (samples['export:pdf'] as { packId: string }).packId,
      path: join(outside, 'x.pdf'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(existsSync(join(outside, 'x.pdf'))).toBe(false);
  });
});
