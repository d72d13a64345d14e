import type { Database } from '../store/database.ts';
import type { ErrorLogger } from './dispatch.ts';

/** What every handler may use; built once per process by the shell (Electron, browser mode, CLI). */
export interface ApiContext {
  db: Database;
  storePath: string;
  mode: 'electron' | 'browser' | 'cli';
  version: string;
  /** The library was opened read-only (corrupt or newer store): writes are refused. */
  readOnly?: boolean;
  /** Where unexpected errors go in full (the data folder's log file); stderr when absent. */
  logError?: ErrorLogger;
  /** The log file's path, shown to users who need the details. */
  logPath?: string;
}
