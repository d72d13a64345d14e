/** Timing helpers for `npm run bench`: warm-up, then the median and p95 of repeated runs. */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  median_ms: number;
  p95_ms?: number;
  /** The target the issue sets, in milliseconds; the table says whether it is met. */
  target_ms?: number;
  /** Which statistic the target applies to (default: the median). */
  target_stat?: 'median' | 'p95';
  /** A named alternative measured in the same run, for comparison. */
  alternative?: { name: string; median_ms: number };
  note?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export async function measure(
  work: () => unknown,
  options: { runs?: number; warmup?: number } = {},
): Promise<{ median_ms: number; p95_ms: number }> {
  const runs = options.runs ?? 20;
  for (let i = 0; i < (options.warmup ?? 3); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median_ms: percentile(times, 50), p95_ms: percentile(times, 95) };
}
