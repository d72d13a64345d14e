/**
 * `npm run bench`: runs every suite and prints one table. Speed targets are checked here,
 * never by timed assertions in tests; alternatives are measured in the same run.
 */
import type { BenchRow } from './measure.ts';
import { SUITES } from './suites.ts';

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '';
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

function verdict(row: BenchRow): string {
  if (row.target_ms === undefined) return '';
  const value = row.target_on === 'p95' ? (row.p95_ms ?? Number.NaN) : row.median_ms;
  return value <= row.target_ms ? 'meets target' : 'MISSES TARGET';
}

function printTable(rows: Array<BenchRow & { suite: string }>): void {
  const header = [
    'suite',
    'benchmark',
    'median ms',
    'p95 ms',
    'target ms',
    'verdict',
    'alternative',
    'alt median ms',
    'note',
  ];
  const lines = rows.map((r) => [
    r.suite,
    r.name,
    ms(r.median_ms),
    ms(r.p95_ms),
    r.target_ms === undefined ? '' : `< ${r.target_ms}${r.target_on === 'p95' ? ' (p95)' : ''}`,
    verdict(r),
    r.alternative?.name ?? '',
    ms(r.alternative?.median_ms),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

// A suite by a word of its name, singular or plural: `npm run bench quotes` runs "Quote check".
const only = process.argv[2]?.toLowerCase().replace(/s$/, '');
const rows: Array<BenchRow & { suite: string }> = [];
for (const suite of SUITES) {
  if (only && !suite.name.toLowerCase().includes(only)) continue;
  process.stderr.write(`bench: ${suite.name}…\n`);
  for (const row of await suite.rows(only !== undefined)) rows.push({ suite: suite.name, ...row });
}
printTable(rows);
const missed = rows.filter((r) => verdict(r) === 'MISSES TARGET');
if (missed.length > 0) console.log(`\n${missed.length} row(s) miss their target.`);
