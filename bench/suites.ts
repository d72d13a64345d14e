/** Every benchmark suite `npm run bench` runs, in order. Features add their suite here. */
import type { BenchRow } from './measure.ts';
import { searchBenchRows } from './search.bench.ts';
import { importBenchRows } from './import.bench.ts';
import { storeBenchRows } from './store.bench.ts';

export const SUITES: Array<{ name: string; rows: () => Promise<BenchRow[]> }> = [
  { name: 'Store, API and CLI', rows: storeBenchRows },
  { name: 'Search', rows: searchBenchRows },
  { name: 'Import', rows: importBenchRows },
];
