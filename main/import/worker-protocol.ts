/** Messages between the import host (worker-host.ts) and the import worker thread. */
import type { ImportErrorCode } from './errors.ts';
import type { ImportInput, ImportResult } from './index.ts';

export interface WorkerRequest {
  id: number;
  input: ImportInput;
  timeoutMs: number;
}

export type WorkerReply =
  /** Sent as soon as the worker takes the request: the host's kill timer starts here. */
  | { type: 'started'; id: number }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: ImportResult }
  | {
      type: 'failed';
      id: number;
      error:
        | { importError: true; code: ImportErrorCode; message: string }
        | { importError: false; code: null; message: string };
    };
