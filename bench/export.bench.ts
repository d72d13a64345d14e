/**
 * Export rows: a pack of about 100 pages (cover, contents, excerpts, a long annex) printed to
 * PDF (table of contents filled by a second pass, bookmarks read back, metadata, atomic write),
 * with Chromium already running (the app keeps one warm) and with Chromium started for it. The
 * floor, measured in the same run, is one print of the same final HTML on the same Chromium,
 * warm and freshly started: what any export of these pages costs at least.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeSharedChromium, createChromiumPrinter } from '../main/services/export/chromium-printer.ts';
import { exportPack } from '../main/services/export/export-pack.ts';
import { importIntoLibrary } from '../main/services/library/import-document.ts';
import { openLibrary } from '../main/services/library/open-library.ts';
import { inTransaction } from '../main/services/store/database.ts';
import { insertPack, specByIdentity, writePackItems } from '../main/services/store/packs.store.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { measure, type BenchRow } from './measure.ts';
import { wordExportBenchRows } from './word-export.bench.ts';

const SENTENCE =
  'The parties will deepen cooperation on maritime surveillance, crisis management and the defence of democratic institutions against foreign interference. ';

/** A long official text: 12 sections of 34 paragraphs of about 110 words. */
function longDeclaration(): string {
  const lines = ['Joint Declaration on Long-Term Cooperation', '', 'Ottawa, 1 October 2024', ''];
  for (let s = 1; s <= 12; s++) {
    lines.push(`Section ${s}: Cooperation area ${s}`, '');
    for (let p = 1; p <= 34; p++) lines.push(`${s}.${p} ${SENTENCE.repeat(5)}`, '');
  }
  return lines.join('\n');
}

export async function exportBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-export-');
  try {
    const store = await openLibrary(join(temp.dir, 'store'), { seed: false });
    const imported = await importIntoLibrary(store.db, {
      fileName: 'long-declaration.txt',
      bytes: new TextEncoder().encode(longDeclaration()),
    });
    const documentId = imported.document.id;
    const now = new Date().toISOString();
    inTransaction(store.db, () => {
      insertPack(store.db, {
        id: 'bench',
        title: 'Benchmark pack',
        audience: 'For the Minister',
        date: now.slice(0, 10),
        language: 'en',
        chosenClassification: 'unclassified',
        preparedBy: 'Bench',
        pageSize: 'letter',
        createdAt: now,
        updatedAt: now,
      });
      writePackItems(store.db, 'bench', [
        { id: 'e1', spec: specByIdentity(store.db, { kind: 'excerpt', documentId, paragraphs: [2, 3, 4] }) },
        { id: 'e2', spec: specByIdentity(store.db, { kind: 'excerpt', documentId, paragraphs: [40, 41] }) },
        { id: 'a1', spec: { kind: 'document', documentId, sections: null } },
      ]);
    });
    const out = join(temp.dir, 'pack.pdf');
    let pages = 0;
    let html = '';
    const exportOnce = async () => {
      const printed = await exportPack(store.db, 'bench', () => createChromiumPrinter(), { path: out });
      pages = printed.pageCount;
      html = printed.html;
    };
    const printOnce = async () => {
      const printer = await createChromiumPrinter();
      try {
        await printer.print(html);
      } finally {
        await printer.close();
      }
    };
    const warm = await measure(exportOnce, { runs: 3, warmup: 1 });
    const warmFloor = await measure(printOnce, { runs: 3, warmup: 1 });
    // Cold: the shared Chromium closed before each run, so each one starts it.
    const cold = async (work: () => Promise<void>) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        await closeSharedChromium();
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { median_ms: times[1] as number, p95_ms: times[2] as number };
    };
    const coldExport = await cold(exportOnce);
    const coldFloor = await cold(printOnce);
    await closeSharedChromium();
    const word = await wordExportBenchRows(store.db, 'bench', temp.dir);
    store.db.close();
    const times = (ours: number, floor: number) => `${(ours / floor).toFixed(1)}× the floor`;
    return [
      {
        name: `export a ${pages}-page pack to PDF (Chromium running)`,
        ...warm,
        target_ms: 5000,
        alternative: { name: 'one print of the same HTML, same Chromium (floor)', median_ms: warmFloor.median_ms },
        note: `${times(warm.median_ms, warmFloor.median_ms)}: contents filled by a second pass, bookmarks read back, metadata, atomic write`,
      },
      {
        name: `export a ${pages}-page pack to PDF (Chromium started for it)`,
        ...coldExport,
        target_ms: 5000,
        alternative: { name: 'Chromium start and one print of the same HTML (floor)', median_ms: coldFloor.median_ms },
        note: times(coldExport.median_ms, coldFloor.median_ms),
      },
      ...word,
    ];
  } finally {
    temp.cleanup();
  }
}
