/**
 * SIGKILLs during a backup, a restore, a library archive, a PDF export and the first open of a
 * new library (see operations.ts for what is checked after each). `npm run crash-test` runs
 * more of them.
 */
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { runOperationCrashes, type CrashOperation } from './operations.ts';

/** Kills per operation and the longest delay before each (about one run of the operation on a loaded machine). */
const RUNS: Array<[CrashOperation, number, number]> = [
  ['backup', 12, 400],
  ['restore', 12, 600],
  ['archive', 10, 400],
  ['pdf', 3, 8000],
  ['first-open', 12, 2500],
];

describe('crash test: kills during long operations', () => {
  it.each(RUNS)(
    'keeps the library whole and every reported step, with no leftovers, through kills during %s',
    async (operation, kills, maxDelayMs) => {
      const temp = makeTempDir(`precis-crash-${operation}-`);
      try {
        const result = await runOperationCrashes({ operation, storeDir: temp.dir, kills, seed: 19, maxDelayMs });
        expect(result.failures).toEqual([]);
        // The first kill comes after a completed step, whose result was checked.
        if (operation !== 'first-open') expect(result.completed).toBeGreaterThan(0);
      } finally {
        temp.cleanup();
      }
    },
    300_000,
  );
});
