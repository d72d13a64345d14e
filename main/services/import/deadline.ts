/**
 * One budget per import: a time limit plus the caller's AbortSignal. Long steps call `check()`
 * between units of work (pages, blocks); awaited library calls go through `race()` so that a
 * stuck parser cannot hold the import past its deadline.
 *
 * The limit counts work: this thread's CPU time (thread-cpu.ts), not time spent waiting for a
 * busy machine. A long PDF gets more, by its page count (`allowPages`). A wall-clock limit of WALL_FACTOR times
 * the budget still stops an import that waits forever without working.
 */
import { timeoutError as timeoutErrorFor, type ImportError } from './errors.ts';
import { PAGE_BUDGET_MS, PAGES_IN_BUDGET } from './limits.ts';
import { threadCpuMs } from './thread-cpu.ts';

export interface Deadline {
  /** Aborted on timeout or when the caller aborts; pass it on to libraries that take one. */
  readonly signal: AbortSignal;
  /** The budget now, in milliseconds of work. */
  readonly budgetMs: number;
  /** Throws if the time is up or the caller aborted. */
  check(): void;
  /** Settles with `promise`, or rejects as soon as the deadline passes or the caller aborts. */
  race<T>(promise: Promise<T>): Promise<T>;
  /**
   * A document of `pages` pages gets PAGE_BUDGET_MS more for each page past PAGES_IN_BUDGET
   * (never less than it has).
   */
  allowPages(pages: number): void;
  /** Stops the timer; call when the import is over. */
  dispose(): void;
}

/** How much longer than its budget of work an import may take by the wall clock. */
export const WALL_FACTOR = 6;
/** How often an import that awaits (pdf.js pages) looks at its budget. */
const TICK_MS = 100;

export interface DeadlineOptions {
  /** The caller's signal: aborting it aborts the import with its reason. */
  outer?: AbortSignal;
  /** The clock the budget is measured on (default: this thread's CPU time). */
  clock?: () => number;
  /** Called when the budget is raised (the worker tells its host, which enforces it too). */
  onExtend?: (budgetMs: number) => void;
}

export function createDeadline(fileName: string, timeoutMs: number, options: DeadlineOptions = {}): Deadline {
  const { outer, clock = threadCpuMs, onExtend } = options;
  const controller = new AbortController();
  let budget = timeoutMs;
  const timeoutError = (): ImportError => timeoutErrorFor(fileName, budget);
  const startedWork = clock();
  const startedWall = performance.now();
  const overBudget = (): boolean =>
    clock() - startedWork > budget || performance.now() - startedWall > budget * WALL_FACTOR;
  const timer = setInterval(() => {
    if (!controller.signal.aborted && overBudget()) controller.abort(timeoutError());
  }, TICK_MS);
  const onOuterAbort = (): void => controller.abort(outer?.reason);
  if (outer) {
    if (outer.aborted) controller.abort(outer.reason);
    else outer.addEventListener('abort', onOuterAbort, { once: true });
  }

  const reason = (): unknown => {
    if (outer?.aborted) return outer.reason;
    return controller.signal.reason ?? timeoutError();
  };

  return {
    signal: controller.signal,
    get budgetMs() {
      return budget;
    },
    check() {
      // Synchronous work does not let the timer fire, so compare the clock too.
      if (!controller.signal.aborted && overBudget()) controller.abort(timeoutError());
      if (controller.signal.aborted) throw reason();
    },
    race<T>(promise: Promise<T>): Promise<T> {
      if (controller.signal.aborted) {
        // The losing promise may still reject later; that is expected, not unhandled.
        promise.catch(() => undefined);
        return Promise.reject(reason());
      }
      return new Promise<T>((resolve, reject) => {
        const onAbort = (): void => reject(reason());
        controller.signal.addEventListener('abort', onAbort, { once: true });
        promise.then(
          (value) => {
            controller.signal.removeEventListener('abort', onAbort);
            resolve(value);
          },
          (error: unknown) => {
            controller.signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
    allowPages(pages) {
      const wanted = timeoutMs + Math.max(0, pages - PAGES_IN_BUDGET) * PAGE_BUDGET_MS;
      if (wanted <= budget) return;
      budget = wanted;
      onExtend?.(budget);
    },
    dispose() {
      clearInterval(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
