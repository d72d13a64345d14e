/**
 * Work on the whole store file, off the thread that answers the API: a full integrity check
 * in the background, and backups (automatic and manual), each in the maintenance worker
 * thread on its own SQLite connection. One worker, started when needed, one task at a time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ApiErrorTranslation } from '../../../shared/api/index.ts';
import { BackupError, type BackupInfo } from '../backup/backups.ts';
import { isCorruptionError } from '../store/database.ts';
import { workerEntryUrl, workerExecArgv } from '../worker-entry.ts';
import type { MaintenanceReply, MaintenanceRequest, MaintenanceTask } from './maintenance-protocol.ts';

/** Where the maintenance worker's entry is (see worker-entry.ts). */
export function maintenanceWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return workerEntryUrl('maintenance-worker', moduleUrl);
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The worker and the tasks it was given (a stopped worker fails its own tasks, no others). */
interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

let current: Thread | undefined;
let nextId = 1;

function ensureWorker(): Thread {
  if (current) return current;
  const url = maintenanceWorkerUrl();
  const thread: Thread = { worker: new Worker(url, { execArgv: workerExecArgv(url) }), pending: new Map() };
  const failAll = (error: Error): void => {
    for (const { reject } of thread.pending.values()) reject(error);
    thread.pending.clear();
  };
  thread.worker.on('message', (reply: MaintenanceReply) => {
    const waiting = thread.pending.get(reply.id);
    if (!waiting) return;
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0) thread.worker.unref();
    if (reply.ok) waiting.resolve(reply.value);
    else if (reply.error.translation) waiting.reject(new BackupError(reply.error.translation as ApiErrorTranslation));
    else waiting.reject(new Error(reply.error.message));
  });
  thread.worker.on('error', (error) => failAll(error));
  thread.worker.on('exit', (code) => {
    if (current === thread) current = undefined;
    failAll(new Error(`The maintenance worker stopped (exit code ${code}).`));
  });
  current = thread;
  return thread;
}

/**
 * Runs one task in the maintenance worker. Aborting `signal` stops the worker (a backup's
 * unfinished `.partial` file is never taken for a backup, and the next backup removes it) and
 * rejects with the signal's reason.
 */
export function runMaintenance(task: MaintenanceTask, signal?: AbortSignal): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const thread = ensureWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      thread.pending.delete(id);
      reject(signal?.reason as Error);
      if (current === thread) current = undefined;
      void thread.worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    thread.pending.set(id, {
      resolve: (value) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    });
    // Referenced while it works: the process waits for a backup to finish.
    thread.worker.ref();
    thread.worker.postMessage({ id, task } satisfies MaintenanceRequest);
  });
}

/** Stops the worker (tests, shutdown); a task under way fails. */
export async function stopMaintenanceWorker(): Promise<void> {
  const thread = current;
  current = undefined;
  await thread?.worker.terminate();
}

/** A backup of the store in `storeDir`, made and checked in the maintenance worker. */
export async function backupInBackground(
  storeDir: string,
  kind: 'auto' | 'manual',
  signal?: AbortSignal,
): Promise<BackupInfo> {
  return (await runMaintenance({ type: 'backup', storeDir, kind }, signal)) as BackupInfo;
}

/**
 * Backs up now if due, then every `intervalMs`, in the maintenance worker. Failures go to
 * `onError` (the log): a failed backup must never stop the app. The returned stop function
 * waits for a backup in progress, so the store can be closed safely after it.
 */
export function startBackgroundBackups(
  storeDir: string,
  onError: (error: unknown) => void,
  intervalMs: number,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = (): void => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await runMaintenance({ type: 'backup', storeDir, kind: 'auto', onlyIfDue: intervalMs });
      } catch (error) {
        onError(error);
      }
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** How often the full integrity check runs (at most), and how long after start it waits. */
export const FULL_CHECK_EVERY_MS = 24 * 60 * 60 * 1000;
export const FULL_CHECK_DELAY_MS = 60 * 1000;

function lastFullCheck(storePath: string): number {
  try {
    return Date.parse(readFileSync(`${storePath}.checked`, 'utf8').trim()) || 0;
  } catch {
    return 0;
  }
}

/**
 * Schedules SQLite's full integrity check of the store (every page, index and constraint) in
 * the maintenance worker, `delayMs` after start if the last one is older than `everyMs`.
 * `onDamaged` gets its findings; the time of a clean check is kept beside the store. Returns a
 * function that cancels it (a check under way finishes in its thread).
 */
export function scheduleFullCheck(
  storePath: string,
  handlers: { onDamaged: (problems: string[]) => void; onError: (error: unknown) => void },
  options: { delayMs?: number; everyMs?: number } = {},
): () => void {
  const everyMs = options.everyMs ?? FULL_CHECK_EVERY_MS;
  if (!existsSync(storePath) || Date.now() - lastFullCheck(storePath) < everyMs) return () => {};
  let cancelled = false;
  const timer = setTimeout(() => {
    runMaintenance({ type: 'integrity-check', storePath }).then(
      (lines) => {
        if (cancelled) return;
        const problems = (lines as string[]).filter((line) => line !== 'ok');
        if (problems.length === 0) writeFileSync(`${storePath}.checked`, new Date().toISOString(), { mode: 0o600 });
        else handlers.onDamaged(problems);
      },
      (error: unknown) => {
        if (cancelled) return;
        // SQLite may refuse to read a badly damaged page at all: that is a finding, not a failure.
        if (isCorruptionError(error)) handlers.onDamaged([error.message]);
        else handlers.onError(error);
      },
    );
  }, options.delayMs ?? FULL_CHECK_DELAY_MS);
  timer.unref();
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
