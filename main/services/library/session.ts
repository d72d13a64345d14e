/**
 * Opening the library for one of the shells (Electron, browser mode, CLI): the store, the log
 * file beside it, automatic backups, and the API context the handlers get. A store that cannot
 * be opened for writing (damaged, or from a newer Précis) throws StoreOpenError; the shell then
 * tells the user and offers a backup or `readOnly: true`.
 */
import { dirname } from 'node:path';
import { createApiContext, type ApiContext } from '../api/context.ts';
import { AUTO_BACKUP_INTERVAL_MS, startAutoBackups } from '../backup/backups.ts';
import { createFileLogger, type FileLogger } from '../log/logger.ts';
import { openStoreReadOnly, type OpenedStore } from '../store/database.ts';
import { openLibrary } from './open-library.ts';
import { SyncEngine } from '../sync/engine.ts';
import { returnToDraftIfChanged } from '../sync/review-actions.ts';

export interface LibrarySession {
  store: OpenedStore;
  context: ApiContext;
  logger: FileLogger;
  /** Stops automatic backups (waiting for one in progress) and closes the store. */
  close: () => Promise<void>;
}

export interface SessionOptions {
  mode: ApiContext['mode'];
  version: string;
  /** Open without writing anything (a refused store the user still wants to read). */
  readOnly?: boolean;
  /** Back up at open when due and then every `autoBackupIntervalMs` (long-running shells). */
  autoBackups?: boolean;
  autoBackupIntervalMs?: number;
  seed?: boolean;
  samplesDir?: string;
  systemLanguage?: ApiContext['systemLanguage'];
  createPrinter?: ApiContext['createPrinter'];
  /** Team sync stays connected (app, browser mode) or connects only when asked (the CLI). Default: not the CLI. */
  liveSync?: boolean;
  /** Reconnection backoff ceiling for team sync (tests shorten it). */
  syncReconnectMs?: number;
}

export async function openLibrarySession(dir: string, options: SessionOptions): Promise<LibrarySession> {
  const logger = createFileLogger(dir);
  const store = options.readOnly
    ? openStoreReadOnly(dir)
    : await openLibrary(dir, {
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.samplesDir ? { samplesDir: options.samplesDir } : {}),
      });
  const stopBackups =
    options.autoBackups && !options.readOnly
      ? startAutoBackups(
          store.db,
          dirname(store.path),
          (error) => logger.error('auto-backup', error),
          options.autoBackupIntervalMs ?? AUTO_BACKUP_INTERVAL_MS,
        )
      : async () => {};
  const context = createApiContext({
    db: store.db,
    storePath: store.path,
    mode: options.mode,
    version: options.version,
    readOnly: options.readOnly === true,
    logError: logger.apiError,
    logPath: logger.path,
    ...(options.systemLanguage ? { systemLanguage: options.systemLanguage } : {}),
    ...(options.createPrinter ? { createPrinter: options.createPrinter } : {}),
  });
  // Team sync (issue 17): a plain-Node service over the same store, whatever shell runs it.
  const sync = options.readOnly
    ? undefined
    : new SyncEngine({
        db: store.db,
        events: context.events,
        logError: logger.error,
        live: options.liveSync ?? options.mode !== 'cli',
        ...(options.syncReconnectMs ? { maxReconnectDelayMs: options.syncReconnectMs } : {}),
      });
  if (sync) {
    sync.afterChange = (replica) => void returnToDraftIfChanged(sync, store.db, replica);
    context.sync = sync;
    sync.start();
  }
  return {
    store,
    context,
    logger,
    close: async () => {
      await sync?.stop();
      await stopBackups();
      if (store.db.isOpen) store.db.close();
    },
  };
}

/** One line that says what to do about a store that cannot be opened (CLI and browser mode). */
export function storeRecoveryAdvice(): string {
  return 'Run `precis backups` to list the backups and `precis restore NAME` to restore one (the current file is kept), or open it read-only with --read-only.';
}
