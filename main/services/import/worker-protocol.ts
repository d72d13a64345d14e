/** Messages between the import host (worker-host.ts) and the import worker thread. */
import type { ImportErrorCode, ImportMessageKey, ImportMessageVars } from './errors.ts';
import type { ImportInput, ImportResult } from './index.ts';

export interface WorkerRequest {
  id: number;
  input: ImportInput;
  timeoutMs: number;
}

export type WorkerReply =
  /**
   * Sent as soon as the worker takes the request: the host's kill timer starts here. `statPath`
   * is where the host can read the worker thread's CPU time (Linux; see thread-cpu.ts).
   */
  | { type: 'started'; id: number; statPath?: string }
  /** A long file raised the time limit (ms of work): the host's limit follows. */
  | { type: 'budget'; id: number; budgetMs: number }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: ImportResult }
  | {
      type: 'failed';
      id: number;
      error:
        | {
            importError: true;
            code: ImportErrorCode;
            /** The catalogue key and variables, so the host words the message in the caller's language. */
            key: ImportMessageKey;
            fileName: string;
            vars: ImportMessageVars;
            message: string;
          }
        | { importError: false; code: null; message: string };
    };
