/**
 * The log file: `precis.log` in the data folder. Users see short messages that say what
 * happened and what to do; the details (stack traces, the failing API method) go here, so a
 * colleague or support can read them later. The file is capped: past MAX_LOG_BYTES it is
 * renamed to `precis.log.1` (the previous `.1` is dropped) and a new one is started.
 */
import { appendFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type { ErrorLogger } from '../api/dispatch.ts';
import { makePrivateDir, makePrivateFile } from '../private-files.ts';

export const LOG_FILE_NAME = 'precis.log';
/** 2 MB, then one rotated copy: enough for weeks of errors, never a disk hog. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024;

export interface FileLogger {
  /** The log file's path, for messages that tell the user where the details are. */
  readonly path: string;
  /** Appends one entry: time, where, and the error in full (message, stack, cause). */
  error: (where: string, error: unknown) => void;
  /** The same, shaped as dispatch's ErrorLogger. */
  apiError: ErrorLogger;
  info: (where: string, message: string) => void;
}

export function createFileLogger(dir: string, maxBytes: number = MAX_LOG_BYTES): FileLogger {
  const path = join(dir, LOG_FILE_NAME);
  const write = (level: string, where: string, detail: string): void => {
    const entry = `${new Date().toISOString()} ${level} [${where}] ${detail}\n`;
    try {
      makePrivateDir(dir);
      rotateIfNeeded(path, maxBytes);
      appendFileSync(path, entry, { encoding: 'utf8', mode: 0o600 });
      // Owner-only even when an earlier version created it open to others.
      makePrivateFile(path);
    } catch (writeError) {
      // The log must never take the app down: fall back to stderr.
      console.error(`[precis] could not write ${path}:`, writeError, '\n', entry);
    }
  };
  const error = (where: string, err: unknown): void =>
    write('ERROR', where, inspect(err, { depth: 4, breakLength: Infinity }));
  return {
    path,
    error,
    apiError: (channel, err) => error(channel, err),
    info: (where, message) => write('INFO', where, message),
  };
}

function rotateIfNeeded(path: string, maxBytes: number): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return; // no log yet
  }
  if (size >= maxBytes) renameSync(path, `${path}.1`);
}
