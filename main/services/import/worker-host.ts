/**
 * Runs an import in a worker thread, so that the deadline really holds: the HTML and Markdown
 * parsers are synchronous, and a hostile page (200 000 nested elements, a 15 MB line) can keep
 * them busy for minutes, where a timer on the same thread never gets to fire. Here the timer
 * runs on the calling thread and *terminates* the worker. The worker also has a heap cap
 * (resourceLimits), so a page that makes jsdom build a giant tree fails alone.
 *
 * A worker costs ~0.5 s to start (~1.3 s once jsdom is loaded), so one well-behaved worker is
 * kept warm between imports; a worker that was stopped (timeout, abort, out of memory) is
 * discarded and the next import starts a fresh one.
 */
import { Worker } from 'node:worker_threads';
import { workerEntryUrl, workerExecArgv } from '../worker-entry.ts';
import { WALL_FACTOR } from './deadline.ts';
import { ImportError, timeoutError } from './errors.ts';
import type { ImportInput, ImportOptions, ImportResult } from './index.ts';
import { IMPORT_TIMEOUT_MS, MAX_IMPORT_HEAP_MB } from './limits.ts';
import { readThreadCpuMs } from './thread-cpu.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/**
 * The pipeline checks its own deadline between steps and reports 'timeout' itself, keeping the
 * worker reusable; the host terminates the worker only when the pipeline is stuck past that.
 */
const KILL_GRACE_MS = 500;
/** How often the host looks at a running import's work (CPU time) against its limit. */
const WATCH_MS = 200;
/** An idle warm worker holds jsdom and friends (~100 MB); let it go after a quiet minute. */
const IDLE_MS = 60_000;

/** Where the import worker's entry is (see worker-entry.ts). */
export function importWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return workerEntryUrl('import-worker', moduleUrl);
}

let idle: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;
let nextId = 1;
/**
 * Imports run one at a time: several files dropped at once are read one after the other, each
 * with its whole time limit, instead of all at once on two cores, each starved by the others.
 */
let queue: Promise<unknown> = Promise.resolve();

function spawnWorker(): Worker {
  const url = importWorkerUrl();
  const worker = new Worker(url, {
    resourceLimits: { maxOldGenerationSizeMb: MAX_IMPORT_HEAP_MB },
    execArgv: workerExecArgv(url),
  });
  // A warm worker that dies while idle (it should not) is simply forgotten.
  worker.on('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = undefined;
    }
  });
  return worker;
}

function takeWorker(): Worker {
  if (!idle) return spawnWorker();
  const { worker, timer } = idle;
  idle = undefined;
  clearTimeout(timer);
  worker.ref();
  return worker;
}

function giveBack(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  // Unreferenced: a warm worker never keeps the CLI or a test process alive.
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker !== worker) return;
    idle = undefined;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/** Stops the warm worker now (tests, app shutdown). */
export async function stopImportWorker(): Promise<void> {
  const current = idle;
  idle = undefined;
  if (!current) return;
  clearTimeout(current.timer);
  await current.worker.terminate();
}

/** Test seam: the same as `importInWorker` with another time limit. */
export function importInWorkerWithin(
  timeoutMs: number,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  // Its turn comes when the imports before it are done; cancelled while waiting, it never runs.
  const turn = queue.then(() =>
    signal?.aborted ? Promise.reject(signal.reason as Error) : runInWorker(timeoutMs, input, options),
  );
  queue = turn.catch(() => undefined);
  if (!signal) return turn;
  return new Promise<ImportResult>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    turn.then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The time an import has worked: its worker thread's CPU time where the host can read it (see
 * thread-cpu.ts), else the wall-clock time since it started.
 */
function workClock(statPath: string | undefined): () => number {
  const startedWall = performance.now();
  const startedCpu = statPath ? readThreadCpuMs(statPath) : undefined;
  return () => {
    const cpu = statPath && startedCpu !== undefined ? readThreadCpuMs(statPath) : undefined;
    return cpu === undefined || startedCpu === undefined ? performance.now() - startedWall : cpu - startedCpu;
  };
}

function runInWorker(timeoutMs: number, input: ImportInput, options: ImportOptions): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const worker = takeWorker();
  const id = nextId++;
  return new Promise<ImportResult>((resolve, reject) => {
    let watchdog: ReturnType<typeof setInterval> | undefined;
    let budget = timeoutMs;
    let settled = false;

    const finish = (keepWorker: boolean): void => {
      settled = true;
      clearInterval(watchdog);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
      if (keepWorker) giveBack(worker);
      else void worker.terminate();
    };
    const stop = (error: unknown): void => {
      if (settled) return;
      finish(false);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onAbort = (): void => stop(signal?.reason);
    const onMessage = (reply: WorkerReply): void => {
      if (settled || reply.id !== id) return;
      if (reply.type === 'started') {
        // The worker counts its own work and stops itself; this catches a parser stuck in
        // synchronous work, which never looks at the clock.
        const worked = workClock(reply.statPath);
        const startedWall = performance.now();
        watchdog = setInterval(() => {
          const overWork = worked() > budget + KILL_GRACE_MS;
          const overWall = performance.now() - startedWall > budget * WALL_FACTOR + KILL_GRACE_MS;
          if (overWork || overWall) stop(timeoutError(input.fileName, budget));
        }, WATCH_MS);
      } else if (reply.type === 'budget') {
        budget = Math.max(budget, reply.budgetMs);
      } else if (reply.type === 'progress') {
        onProgress?.(reply.fraction);
      } else if (reply.type === 'done') {
        finish(true);
        resolve(reply.result);
      } else {
        finish(true);
        const { error } = reply;
        reject(
          error.importError
            ? new ImportError(error.code, error.key, error.fileName, error.vars)
            : new Error(error.message),
        );
      }
    };
    const onError = (error: Error & { code?: string }): void => {
      // V8 hit the heap cap: the page needs more memory than any real document does.
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        stop(new ImportError('too-large', 'tooComplex', input.fileName));
      } else stop(error);
    };
    const onExit = (code: number): void =>
      stop(new Error(`The import worker stopped unexpectedly (exit code ${code}).`));

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    // The bytes are copied, not transferred: the caller still needs them (hash, original file).
    const request: WorkerRequest = { id, input, timeoutMs };
    worker.postMessage(request);
  });
}

/**
 * Reads a file or clipboard content into a structured document in a worker thread; the same
 * contract as `importDocument` (ImportError with a code, AbortSignal, onProgress), except that
 * the time limit (10 s of work, more for a long PDF) holds even against a parser stuck in
 * synchronous work.
 */
export function importInWorker(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  return importInWorkerWithin(IMPORT_TIMEOUT_MS, input, options);
}
