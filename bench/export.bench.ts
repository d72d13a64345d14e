/**
 * Export rows: a pack of about 100 pages (cover, contents, excerpts, a long annex) printed to
 * PDF, cold (Chromium started for it, two passes, metadata, atomic write). The alternative a
 * user might reach for, WeasyPrint, prints the same final print HTML in the same run.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChromiumPrinter } from '../main/services/export/chromium-printer.ts';
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
    const ours = await measure(
      async () => {
        const printed = await exportPack(store.db, 'bench', () => createChromiumPrinter(), { path: out });
        pages = printed.pageCount;
        html = printed.html;
      },
      { runs: 3, warmup: 1 },
    );
    const word = await wordExportBenchRows(store.db, 'bench', temp.dir);
    store.db.close();
    const htmlFile = join(temp.dir, 'pack.html');
    writeFileSync(htmlFile, html);
    const weasy = spawnSync('weasyprint', ['--version'], { encoding: 'utf8' });
    let alternative: BenchRow['alternative'];
    let note = `${pages} pages; cold: Chromium start, two print passes, bookmarks read back, metadata, atomic write`;
    if (weasy.status === 0) {
      const timing = await measure(() => spawnSync('weasyprint', [htmlFile, join(temp.dir, 'weasy.pdf')]), {
        runs: 3,
        warmup: 1,
      });
      alternative = { name: `weasyprint, same HTML, one pass (${weasy.stdout.trim()})`, median_ms: timing.median_ms };
    } else note += '; weasyprint not installed (apt-get install -y weasyprint)';
    return [
      {
        name: `export a ${pages}-page pack to PDF`,
        ...ours,
        target_ms: 5000,
        ...(alternative ? { alternative } : {}),
        note,
      },
      ...word,
    ];
  } finally {
    temp.cleanup();
  }
}
