/**
 * One budget per import: a time limit plus the caller's AbortSignal. Long steps call `check()`
 * between units of work (pages, blocks); awaited library calls go through `race()` so that a
 * stuck parser cannot hold the import past its deadline.
 */
import { timeoutError as timeoutErrorFor, type ImportError } from './errors.ts';

export interface Deadline {
  /** Aborted on timeout or when the caller aborts; pass it on to libraries that take one. */
  readonly signal: AbortSignal;
  /** Throws if the time is up or the caller aborted. */
  check(): void;
  /** Settles with `promise`, or rejects as soon as the deadline passes or the caller aborts. */
  race<T>(promise: Promise<T>): Promise<T>;
  /** Stops the timer; call when the import is over. */
  dispose(): void;
}

export function createDeadline(fileName: string, timeoutMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const timeoutError = (): ImportError => timeoutErrorFor(fileName, timeoutMs);
  const startedAt = performance.now();
  const timer = setTimeout(() => controller.abort(timeoutError()), timeoutMs);
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
    check() {
      // Synchronous work does not let the timer fire, so compare the clock too.
      if (!controller.signal.aborted && performance.now() - startedAt > timeoutMs) controller.abort(timeoutError());
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
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
