/** Every benchmark suite `npm run bench` runs, in order. Features add their suite here. */
import { annotationsBenchRows } from './annotations.bench.ts';
import type { BenchRow } from './measure.ts';
import { exportBenchRows } from './export.bench.ts';
import { searchBenchRows } from './search.bench.ts';
import { importBenchRows } from './import.bench.ts';
import { quotesBenchRows } from './quotes.bench.ts';
import { notesBenchRows } from './notes.bench.ts';
import { storeBenchRows } from './store.bench.ts';
import { reliabilityBenchRows } from './reliability.bench.ts';
import { pairsBenchRows } from './pairs.bench.ts';
import { teamBenchRows } from './team.bench.ts';

export const SUITES: Array<{ name: string; rows: () => Promise<BenchRow[]> }> = [
  { name: 'Store, API and CLI', rows: storeBenchRows },
  { name: 'Briefing pack export', rows: exportBenchRows },
  { name: 'Search', rows: searchBenchRows },
  { name: 'Import', rows: importBenchRows },
  { name: 'Quote check', rows: quotesBenchRows },
  { name: 'Annotations', rows: annotationsBenchRows },
  { name: 'pairs', rows: pairsBenchRows },
  { name: 'Reliability (store open)', rows: reliabilityBenchRows },
  { name: 'Notes editor (Chromium)', rows: notesBenchRows },
  { name: 'Team sync', rows: teamBenchRows },
];
