/**
 * What refusing a damaged store costs: `openStore` runs `PRAGMA quick_check` (every page read
 * once) before anything writes. Measured on a large store — 10,000 paragraphs (two 500-page
 * documents) and 2,000 annotations — beside the same open without the check. The file is in the
 * OS page cache after the first open (warm), as it is when the app restarts; a cold disk adds
 * the read of the file itself.
 */
import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { createAnnotation, versionText } from '../main/services/library/annotations.ts';
import { openLibrary } from '../main/services/library/open-library.ts';
import { inTransaction, openStore } from '../main/services/store/database.ts';
import { insertDocument } from '../main/services/store/documents.store.ts';
import { numberSections } from '../shared/model/index.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { generator, longDocument } from './annotations.bench.ts';
import { measure, type BenchRow } from './measure.ts';

function buildLargeStore(db: DatabaseSync): void {
  const now = new Date().toISOString();
  for (const id of ['relbenchA', 'relbenchB']) {
    inTransaction(db, () =>
      insertDocument(db, {
        id,
        seriesId: id,
        version: 1,
        previousId: null,
        document: {
          title: `Large bench document ${id}`,
          kind: 'declaration',
          language: 'en',
          date: null,
          place: null,
          issuer: null,
          sections: numberSections(longDocument()),
        },
        source: {
          fileName: `${id}.txt`,
          sha256: `bench-${id}`,
          mediaType: 'text/plain',
          bytes: new TextEncoder().encode(id),
          importedAt: now,
        },
      }),
    );
  }
  const { canonical } = versionText(db, 'relbenchA');
  const g = generator(7);
  for (let i = 0; i < 2000; i++) {
    const paragraph = canonical.paragraphs[Math.floor(g.next() * canonical.paragraphs.length)];
    if (!paragraph) continue;
    const start = paragraph.start + Math.floor(g.next() * 100);
    createAnnotation(db, {
      documentId: 'relbenchA',
      target: { type: 'range', start, end: start + 20 + Math.floor(g.next() * 80) },
      tags: [`t${i % 20}`],
      comment: i % 4 === 0 ? { lexical: '{}', text: `Comment ${i} on this passage.` } : null,
    });
  }
}

/** The pragmas `openStore` sets on an up-to-date store, without the quick_check. */
function openWithoutCheck(path: string): void {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA busy_timeout = 5000');
  db.prepare('PRAGMA user_version').get();
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA synchronous = NORMAL');
  db.close();
}

export async function reliabilityBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-reliability-');
  try {
    const store = await openLibrary(temp.dir);
    buildLargeStore(store.db);
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    store.db.close();
    const mb = (statSync(store.path).size / (1024 * 1024)).toFixed(0);
    const label = `large store (10,000 ¶, 2,000 annotations, ${mb} MB)`;
    const without = await measure(() => openWithoutCheck(store.path), { runs: 10, warmup: 2 });
    const withCheck = await measure(() => openStore(temp.dir).db.close(), { runs: 10, warmup: 2 });
    return [
      {
        name: `open a ${label} with quick_check (openStore)`,
        ...withCheck,
        alternative: { name: 'the same open without quick_check', median_ms: without.median_ms },
        note: 'warm page cache',
      },
      { name: `open a ${label} without quick_check`, ...without },
    ];
  } finally {
    temp.cleanup();
  }
}
