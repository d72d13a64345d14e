/**
 * Search rows: a synthetic library of 10,000 documents (about 150 MB of EN and FR text) is
 * written into a temp store through the store's own insert function (the search index kept
 * by its triggers), then 100 fixed queries run through the same path as the API (parse, rank,
 * snippets, count). The floor, in the same run: the bare FTS5 query on the same index
 * (search-floor.ts).
 *
 * SEARCH_BENCH_DOCS=1000 runs a smaller library (for a quick look; the table says so).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inTransaction, openStore } from '../main/services/store/database.ts';
import { insertDocument } from '../main/services/store/documents.store.ts';
import { countIndexed, searchInDocument, searchIndex } from '../main/services/store/search.store.ts';
import { parseSearchQuery } from '../shared/search/query.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { percentile, type BenchRow } from './measure.ts';
import { bareSearch } from './search-floor.ts';
import { benchQueries, syntheticLibrary } from './search-library.ts';

const DOCUMENTS = Number(process.env.SEARCH_BENCH_DOCS ?? 10_000);
const BYTES_PER_DOCUMENT = 15_000;
const BATCH = 250;

function stats(times: number[]): { median_ms: number; p95_ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median_ms: percentile(sorted, 50), p95_ms: percentile(sorted, 95) };
}

export async function searchBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-search-');
  try {
    const store = openStore(join(temp.dir, 'store'));
    const { db } = store;

    // Build: generation is not timed; inserting (documents, structure, index) is.
    let insertMs = 0;
    let bytes = 0;
    let batch: Array<ReturnType<typeof syntheticLibrary> extends Generator<infer T> ? T : never> = [];
    const flush = () => {
      const start = performance.now();
      inTransaction(db, () => {
        for (const doc of batch) {
          const id = `bench${doc.index}`;
          const marker = Buffer.from(id);
          insertDocument(db, {
            id,
            seriesId: id,
            version: 1,
            previousId: null,
            document: {
              title: doc.title,
              kind: 'declaration',
              language: doc.language,
              date: doc.date,
              place: null,
              issuer: null,
              sections: doc.sections,
            },
            source: {
              fileName: `${id}.txt`,
              sha256: createHash('sha256').update(marker).digest('hex'),
              mediaType: 'text/plain',
              bytes: marker,
              importedAt: '2025-01-01T00:00:00.000Z',
            },
          });
        }
      });
      insertMs += performance.now() - start;
      batch = [];
    };
    for (const doc of syntheticLibrary(DOCUMENTS, BYTES_PER_DOCUMENT)) {
      const text = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n\n');
      bytes += Buffer.byteLength(text);
      batch.push(doc);
      if (batch.length === BATCH) flush();
    }
    if (batch.length > 0) flush();
    const paragraphs = countIndexed(db).paragraph;
    const megabytes = (bytes / 1e6).toFixed(0);

    // Queries: three passes over the 100 queries after one warm-up pass; every run counts.
    const queries = benchQueries();
    const run = (query: string) => {
      const parsed = parseSearchQuery(query);
      if (!parsed.match) throw new Error(`bench query has nothing to search: ${query}`);
      return searchIndex(db, parsed.match, parsed.filters, { limit: 20, offset: 0 });
    };
    let hits = 0;
    for (const query of queries) hits += run(query).rows.length > 0 ? 1 : 0;
    const times: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const query of queries) {
        const start = performance.now();
        run(query);
        times.push(performance.now() - start);
      }
    }
    const inDocumentTimes: number[] = [];
    for (const [i, query] of queries.entries()) {
      const parsed = parseSearchQuery(query);
      const start = performance.now();
      searchInDocument(db, `bench${(i * 97) % DOCUMENTS}`, parsed.match as string);
      inDocumentTimes.push(performance.now() - start);
    }

    const rows: BenchRow[] = [
      {
        name: `build: insert ${DOCUMENTS} documents with search index`,
        median_ms: insertMs,
        note: `${megabytes} MB of text, ${paragraphs} paragraphs indexed by triggers, one transaction per ${BATCH} documents`,
      },
    ];

    const floorTimes: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      for (const query of queries) {
        const start = performance.now();
        bareSearch(db, query, 20);
        floorTimes.push(performance.now() - start);
      }
    }
    const floor = stats(floorTimes);
    rows.push({
      name: 'search: 100 queries, top 20 with snippets',
      ...stats(times),
      target_ms: 10,
      target_on: 'p95',
      alternative: { name: 'bare FTS5 query, same index (floor)', median_ms: floor.median_ms },
      note: `${times.length} runs; ${hits}/100 queries have hits; floor p95 ${floor.p95_ms.toFixed(1)} ms (no recency window, snippets or where each hit is)`,
    });
    rows.push({
      name: 'search within one document (all hits marked)',
      ...stats(inDocumentTimes),
      note: '100 queries over 100 different documents',
    });
    db.close();
    return rows;
  } finally {
    temp.cleanup();
  }
}
