/**
 * `npm run bench scale`: Précis at a real desk's scale. For generated libraries of 1,000,
 * 10,000 and 50,000 documents (library-store.ts: declarations, news and notes in EN and FR, with
 * annotations and versions; built once and cached), what a user waits for: opening the library
 * and a document, a note with 20 excerpts, search as you type, a quote check, an import, a pack
 * export; the store's growth; and how long any API call holds the Electron main thread or the
 * service host's event loop. Floors measured in the same run sit in the alternative column: the
 * bare FTS5 query on the same index, one Chromium print of the same HTML.
 *
 * SCALE_BENCH_SIZES=1000,10000 picks sizes (default: all three; `npm run bench` runs 1,000 only).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApiContext, type ApiContext } from '../../main/services/api/context.ts';
import { dispatch } from '../../main/services/api/dispatch.ts';
import { apiHandlers } from '../../main/services/api/handlers.ts';
import { closeSharedChromium, createChromiumPrinter } from '../../main/services/export/chromium-printer.ts';
import { exportPack } from '../../main/services/export/export-pack.ts';
import { stopImportWorker } from '../../main/services/import/worker-host.ts';
import { importIntoLibrary } from '../../main/services/library/import-document.ts';
import { stopMaintenanceWorker } from '../../main/services/maintenance/maintenance.ts';
import {
  closeStore,
  inTransaction,
  openStore,
  STORE_FILE_NAME,
  type Database,
} from '../../main/services/store/database.ts';
import { listDocumentSummaries } from '../../main/services/store/documents.store.ts';
import { insertPack, writePackItems } from '../../main/services/store/packs.store.ts';
import type { ApiChannel, ApiInput, ApiOutput } from '../../shared/api/index.ts';
import { launchChromium } from '../../test/e2e/support/chromium.ts';
import { percentile, type BenchRow } from '../measure.ts';
import { bareSearch } from '../search-floor.ts';
import { articleQuoting, generateDocument, SEARCH_WORDS } from './declaration-text.ts';
import { pageTimings, quietMaintenance } from './in-page.ts';
import { scaleLibrary, SCALE_SIZES, type ScaleLibrary } from './library-store.ts';

const root = join(import.meta.dirname, '..', '..');

function sizes(all: boolean): number[] {
  const chosen = process.env.SCALE_BENCH_SIZES;
  if (chosen) return chosen.split(',').map(Number);
  return all ? [...SCALE_SIZES] : [1_000];
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95) };
};

async function timed(work: () => unknown, runs: number): Promise<{ median_ms: number; p95_ms: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return stats(times);
}

/** Bytes of store per table group (dbstat), and the paragraph text they index. */
function storeFacts(db: Database, textBytes: number) {
  const pages = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as Array<{
    name: string;
    bytes: number;
  }>;
  const sum = (test: (name: string) => boolean) => pages.filter((p) => test(p.name)).reduce((n, p) => n + p.bytes, 0);
  const index = sum((name) => name.startsWith('search_') || name === 'paragraphs_by_search_rowid');
  return { total: sum(() => true), index, text: textBytes };
}

/** Removes what a benchmark added (documents are hard-deleted; the triggers keep the index in step). */
function purgeDocument(db: Database, id: string): void {
  inTransaction(db, () => {
    const row = db.prepare('SELECT source_sha256 AS sha FROM documents WHERE id = ?').get(id) as
      { sha: string } | undefined;
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    if (row && !db.prepare('SELECT 1 FROM documents WHERE source_sha256 = ?').get(row.sha))
      db.prepare('DELETE FROM originals WHERE sha256 = ?').run(row.sha);
  });
}

function api(context: ApiContext) {
  return async <C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> => {
    const result = await dispatch(apiHandlers, context, channel, input, () => {});
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ApiOutput<C>;
  };
}

/** The keystrokes of typing each search word: "s", "se", "sec"… (the box searches each). */
function keystrokes(): string[] {
  const queries: string[] = [];
  for (const word of [...SEARCH_WORDS.en, ...SEARCH_WORDS.fr]) {
    for (let i = 1; i <= word.length; i++) if (word[i - 1] !== ' ') queries.push(word.slice(0, i));
  }
  return queries;
}

function declarationText(index: number): { fileName: string; bytes: Uint8Array } {
  const doc = generateDocument(index);
  const lines = [doc.title, '', `${doc.place}, ${doc.date}`, ''];
  for (const section of doc.sections) {
    if (section.heading) lines.push(section.heading, '');
    for (const paragraph of section.paragraphs) lines.push(paragraph, '');
  }
  // A text no library document has: imported as a new document, not found as an existing one.
  lines.push(`Bench import ${Date.now()}-${index}.`);
  return { fileName: `bench-import-${index}.txt`, bytes: new TextEncoder().encode(lines.join('\n')) };
}

function mainThreadProbe(dir: string, calls: Array<[string, unknown]>) {
  const result = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(import.meta.dirname, 'main-thread-probe.ts'),
      dir,
      JSON.stringify(calls),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`main-thread probe failed: ${result.stderr}`);
  return JSON.parse(line) as { mainMaxDelayMs: number; maxHandlerMs: number; hostMaxHoldMs: number };
}

async function rowsFor(
  library: ScaleLibrary,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<BenchRow[]> {
  const { dir, facts } = library;
  const label = `${library.count.toLocaleString('en')} docs`;
  const at10k = library.count <= 10_000;
  const userTarget = at10k ? { target_ms: 200 } : {};
  const rows: BenchRow[] = [];
  const restore = quietMaintenance(dir);
  try {
    // Opening the store, after a clean shutdown (the usual start) and after a crash.
    closeStore(openStore(dir));
    const clean = await timed(() => closeStore(openStore(dir)), 5);
    rmSync(join(dir, `${STORE_FILE_NAME}.closed`), { force: true });
    const startedUnclean = performance.now();
    closeStore(openStore(dir));
    const unclean = performance.now() - startedUnclean;
    rows.push({
      name: `${label}: open the store`,
      ...clean,
      ...(library.count === 50_000 || !at10k ? { target_ms: 1000 } : {}),
      alternative: { name: 'after an unclean shutdown (quick_check)', median_ms: unclean },
      note: 'clean shutdown: no integrity check at open (the full check runs in the background)',
    });

    const store = openStore(dir);
    const { db } = store;
    const sizesNow = storeFacts(db, facts.textBytes);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
    rows.push({
      name: `${label}: store size, index per byte of text`,
      median_ms: Number.NaN,
      note: `store ${mb(sizesNow.total)}; text ${mb(sizesNow.text)}; search index ${mb(sizesNow.index)} = ${(sizesNow.index / sizesNow.text).toFixed(2)}× the text (target ≤ 2×); built in ${Math.round(facts.buildSeconds)} s`,
    });

    const context = createApiContext({ db, storePath: store.path, mode: 'cli', version: 'bench' });
    const call = api(context);
    const annotated = await call('documents:get', { id: facts.annotatedDocumentId });
    const paragraphCount = annotated.sections.flatMap((s) => s.paragraphs).length;
    rows.push({
      name: `${label}: open a document (documents:get + annotations:list)`,
      ...(await timed(async () => {
        await call('documents:get', { id: facts.annotatedDocumentId });
        await call('annotations:list', { documentId: facts.annotatedDocumentId });
      }, 20)),
      ...userTarget,
    });
    const note = await call('notes:get', { id: facts.noteId });
    rows.push({
      name: `${label}: open a note with 20 excerpts (notes:get + notes:check-excerpts)`,
      ...(await timed(async () => {
        const loaded = await call('notes:get', { id: facts.noteId });
        await call('notes:check-excerpts', {
          excerpts: loaded.excerpts.map((e) => ({
            documentId: e.documentId,
            paragraphs: e.paragraphIds.map((id, i) => ({ id, n: e.paragraphs[i] ?? 1 })),
            text: e.text,
          })),
        });
      }, 20)),
      ...userTarget,
      note: `${note.excerpts.length} excerpts, 5 from documents with a newer version`,
    });

    const typed = keystrokes();
    const searchTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const query of typed) {
        let start = performance.now();
        await call('search:query', { query, limit: 50 });
        if (pass > 0) searchTimes.push(performance.now() - start);
        start = performance.now();
        bareSearch(db, query, 50);
        if (pass > 0) floorTimes.push(performance.now() - start);
      }
    }
    const floor = stats(floorTimes);
    rows.push({
      name: `${label}: search as you type (every keystroke of 16 EN/FR words)`,
      ...stats(searchTimes),
      target_ms: 30,
      target_on: 'p95',
      alternative: { name: 'bare FTS5 query, same index (floor)', median_ms: floor.median_ms },
      note: `${searchTimes.length} queries; floor p95 ${floor.p95_ms.toFixed(1)} ms; the app adds filters, the recency window, snippets and where each hit is`,
    });

    // An article quoting a source declaration, imported through the real import path.
    const source = await call('documents:get', { id: facts.sources[0]?.id ?? '' });
    const sourceParagraphs = source.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    const article = articleQuoting(
      { title: source.title, language: source.language === 'fr' ? 'fr' : 'en', paragraphs: sourceParagraphs },
      [2, 5, 9, 14].filter((n) => n <= sourceParagraphs.length),
      library.count,
    );
    const articleBytes = new TextEncoder().encode(
      [article.title, '', ...article.paragraphs.flatMap((p) => [p, '']), `Bench ${Date.now()}`].join('\n'),
    );
    const importStart = performance.now();
    const imported = await importIntoLibrary(db, { fileName: 'bench-article.txt', bytes: articleBytes });
    const importArticleMs = performance.now() - importStart;
    try {
      rows.push({
        name: `${label}: quote check against one source`,
        ...(await timed(() => call('quotes:check', { documentId: imported.document.id, sourceIds: [source.id] }), 5)),
        ...userTarget,
      });
      let suggested = '';
      rows.push({
        name: `${label}: quote check with suggested sources`,
        ...(await timed(async () => {
          const check = await call('quotes:check', { documentId: imported.document.id });
          suggested =
            check.suggestions[0]?.id === source.id ? 'the quoted source suggested first' : 'SOURCE NOT SUGGESTED FIRST';
        }, 5)),
        ...userTarget,
        note: suggested,
      });
    } finally {
      purgeDocument(db, imported.document.id);
    }

    // Import throughput: declarations of 20-60 paragraphs through the whole import path.
    const importTimes: number[] = [importArticleMs];
    for (let i = 0; i < 5; i++) {
      const file = declarationText(9_000_000 + i);
      const start = performance.now();
      const result = await importIntoLibrary(db, file);
      importTimes.push(performance.now() - start);
      purgeDocument(db, result.document.id);
    }
    const importStats = stats(importTimes.slice(1));
    rows.push({
      name: `${label}: import one document (a page to a few pages of text)`,
      ...importStats,
      note: `${(1000 / importStats.median_ms).toFixed(1)} documents/s; the first import of a run (worker start) ${importTimes[0]?.toFixed(0)} ms`,
    });

    // The pairing suggestion every import asks for: a bounded read of candidates, then up to three
    // alignments. The alternative is the whole-library summary read it used to start with.
    const wholeLibrary = await timed(() => listDocumentSummaries(db), 5);
    rows.push({
      name: `${label}: suggest a document's other language version`,
      ...(await timed(() => call('pairs:suggest', { documentId: source.id }), 5)),
      alternative: { name: 'reading every document summary (the old first step)', median_ms: wholeLibrary.median_ms },
      ...userTarget,
    });

    // About 30 pages: an excerpt and five declarations as annexes; the floor prints the same HTML once.
    const annexes = facts.sources.slice(0, 5).map((s) => s.id);
    const now = new Date().toISOString();
    inTransaction(db, () => {
      insertPack(db, {
        id: 'bench-scale-pack',
        title: 'Scale bench pack',
        audience: 'For the Minister',
        date: now.slice(0, 10),
        language: 'en',
        chosenClassification: 'unclassified',
        preparedBy: 'Bench',
        pageSize: 'letter',
        createdAt: now,
        updatedAt: now,
      });
      writePackItems(db, 'bench-scale-pack', [
        {
          id: 'e1',
          spec: {
            kind: 'excerpt',
            documentId: source.id,
            paragraphIds: source.sections.flatMap((s) => s.paragraphs.map((p) => p.id)).slice(1, 3),
          },
        },
        ...annexes.map((documentId, i) => ({
          id: `a${i}`,
          spec: { kind: 'document' as const, documentId, sections: null },
        })),
      ]);
    });
    try {
      let html = '';
      let pages = 0;
      const exported = await timed(async () => {
        const printed = await exportPack(db, 'bench-scale-pack', () => createChromiumPrinter());
        html = printed.html;
        pages = printed.pageCount;
      }, 3);
      const printer = await createChromiumPrinter();
      const once = await timed(() => printer.print(html), 3);
      await printer.close();
      rows.push({
        name: `${label}: export a ${pages}-page pack to PDF (warm Chromium)`,
        ...exported,
        alternative: { name: 'one print of the same HTML, same Chromium (floor)', median_ms: once.median_ms },
        note: `${(exported.median_ms / once.median_ms).toFixed(1)}× the floor: two passes (table of contents) and bookmarks read back`,
      });
    } finally {
      db.prepare('DELETE FROM packs WHERE id = ?').run('bench-scale-pack');
    }
    closeStore(store);

    // In the page, through browser mode on the same library.
    const page = await pageTimings(browser, dir, { id: annotated.id, paragraphs: paragraphCount, annotations: 3 });
    rows.push({
      name: `${label}: start-up to first paint of the library (browser mode)`,
      median_ms: page.startupMs,
      note: 'server start (store opened, one library read) to the first document drawn in the list',
    });
    rows.push({
      name: `${label}: open a document in the page (click to the first screen of text and annotations drawn)`,
      median_ms: page.openDocumentMs,
      p95_ms: page.openDocumentP95Ms,
      ...userTarget,
    });

    // The Electron main process (stand-in Electron, service host in a worker thread).
    const probe = mainThreadProbe(dir, [
      ['documents:list', {}],
      ['annotations:counts', {}],
      ['documents:get', { id: facts.annotatedDocumentId }],
      ['annotations:list', { documentId: facts.annotatedDocumentId }],
      ['notes:get', { id: facts.noteId }],
      ...typed.slice(0, 20).map((query): [string, unknown] => ['search:query', { query, limit: 50 }]),
      ['quotes:check', { documentId: facts.sources[1]?.id ?? '', sourceIds: [source.id] }],
    ]);
    rows.push({
      name: `${label}: longest hold of the Electron main thread by an API call`,
      median_ms: probe.maxHandlerMs,
      target_ms: 16,
      alternative: { name: 'main event loop, longest delay in the run', median_ms: probe.mainMaxDelayMs },
      note: 'the IPC handler forwards to the service host; the delay also counts a loaded machine',
    });
    rows.push({
      name: `${label}: longest hold of the service host's event loop`,
      median_ms: probe.hostMaxHoldMs,
      note: 'documents:list reads, checks and serializes in slices; the order by import time comes from its index (migration 012)',
    });
  } finally {
    restore();
    await stopImportWorker();
    await stopMaintenanceWorker();
  }
  return rows;
}

export async function scaleBenchRows(options: { all?: boolean } = {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const browser = await launchChromium();
  try {
    for (const count of sizes(options.all ?? true)) {
      process.stderr.write(`bench scale: ${count} documents…\n`);
      const library = scaleLibrary(count);
      // Its size on disk, for the growth table.
      void statSync(join(library.dir, STORE_FILE_NAME)).size;
      rows.push(...(await rowsFor(library, browser)));
    }
  } finally {
    await browser.close();
    await closeSharedChromium();
  }
  return rows;
}
