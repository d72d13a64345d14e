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
  /**
   * Appends one entry: time, where, and the error in full (message, stack, cause). Returns
   * false when the log could not be written (a full disk, a read-only folder), so the caller
   * does not send the user to a log that has nothing.
   */
  error: (where: string, error: unknown) => boolean;
  /** The same, shaped as dispatch's ErrorLogger. */
  apiError: ErrorLogger;
  info: (where: string, message: string) => boolean;
}

export interface LoggerOptions {
  maxBytes?: number;
  /**
   * Where an entry goes when the file cannot be written: `stderr` (the app and browser mode,
   * whose terminal is the developer's) or nowhere (the CLI, whose stderr is the user's: it
   * prints its own one-line message).
   */
  fallback?: 'stderr' | 'none';
}

export function createFileLogger(dir: string, options: LoggerOptions | number = {}): FileLogger {
  const { maxBytes = MAX_LOG_BYTES, fallback = 'stderr' } =
    typeof options === 'number' ? { maxBytes: options } : options;
  const path = join(dir, LOG_FILE_NAME);
  const write = (level: string, where: string, detail: string): boolean => {
    const entry = `${new Date().toISOString()} ${level} [${where}] ${detail}\n`;
    try {
      makePrivateDir(dir);
      rotateIfNeeded(path, maxBytes);
      appendFileSync(path, entry, { encoding: 'utf8', mode: 0o600 });
      // Owner-only even when an earlier version created it open to others.
      makePrivateFile(path);
      return true;
    } catch (writeError) {
      // The log must never take the app down.
      if (fallback === 'stderr') {
        const reason = (writeError as NodeJS.ErrnoException).code ?? String(writeError);
        console.error(`[precis] could not write ${path} (${reason}); the entry:\n${entry}`);
      }
      return false;
    }
  };
  const error = (where: string, err: unknown): boolean =>
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
