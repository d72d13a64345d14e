/**
 * The import budget counts work, not waiting: measured on a clock the test drives (the thread's
 * CPU time in the app), a long wait with no work leaves the budget whole and work spends it;
 * a long PDF raises it by its pages.
 */
import { describe, expect, it } from 'vitest';
import { createDeadline } from './deadline.ts';
import { ImportError } from './errors.ts';
import { IMPORT_TIMEOUT_MS, PAGE_BUDGET_MS, PAGES_IN_BUDGET } from './limits.ts';

function fakeClock() {
  let now = 0;
  return { clock: () => now, work: (ms: number) => (now += ms) };
}

describe('the import deadline', () => {
  it('is spent by work, not by waiting', async () => {
    const { clock, work } = fakeClock();
    const deadline = createDeadline('waiting.pdf', 1000, { clock });
    try {
      // Wall-clock time passes (the machine is busy elsewhere); no work is done.
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(() => deadline.check()).not.toThrow();
      work(900);
      expect(() => deadline.check()).not.toThrow();
      work(200);
      const error = (() => {
        try {
          deadline.check();
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('timeout');
      expect(deadline.signal.aborted).toBe(true);
    } finally {
      deadline.dispose();
    }
  });

  it('gives a long PDF more time by its page count, and says so', () => {
    const { clock, work } = fakeClock();
    const raised: number[] = [];
    const deadline = createDeadline('long.pdf', IMPORT_TIMEOUT_MS, { clock, onExtend: (ms) => raised.push(ms) });
    try {
      deadline.allowPages(PAGES_IN_BUDGET);
      expect(deadline.budgetMs).toBe(IMPORT_TIMEOUT_MS);
      deadline.allowPages(PAGES_IN_BUDGET + 150);
      expect(deadline.budgetMs).toBe(IMPORT_TIMEOUT_MS + 150 * PAGE_BUDGET_MS);
      expect(raised).toEqual([IMPORT_TIMEOUT_MS + 150 * PAGE_BUDGET_MS]);
      work(IMPORT_TIMEOUT_MS + 1000);
      expect(() => deadline.check()).not.toThrow();
      work(150 * PAGE_BUDGET_MS);
      expect(() => deadline.check()).toThrow(/took longer than 25 seconds/);
    } finally {
      deadline.dispose();
    }
  });

  it('aborts with the caller’s reason', () => {
    const controller = new AbortController();
    const deadline = createDeadline('a.txt', 1000, { outer: controller.signal, clock: () => 0 });
    controller.abort(new DOMException('The user cancelled', 'AbortError'));
    expect(() => deadline.check()).toThrow('The user cancelled');
    deadline.dispose();
  });
});
