import type { Database } from '../store/database.ts';

/** What every handler may use; built once per process by the shell (Electron, browser mode, CLI). */
export interface ApiContext {
  db: Database;
  storePath: string;
  mode: 'electron' | 'browser' | 'cli';
  version: string;
}
