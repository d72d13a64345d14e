/**
 * Opening the library for one of the shells (Electron, browser mode, CLI): the store, the log
 * file beside it, automatic backups, and the API context the handlers get. A store that cannot
 * be opened for writing (damaged, from a newer Précis, another program's file, or one this user
 * cannot write) throws StoreOpenError; the shell then tells the user and offers a backup or
 * `readOnly: true`.
 */
import { dirname } from 'node:path';
import { createApiContext, currentLanguage, type ApiContext } from '../api/context.ts';
import { AUTO_BACKUP_INTERVAL_MS } from '../backup/backups.ts';
import { scheduleFullCheck, startBackgroundBackups } from '../maintenance/maintenance.ts';
import { createFileLogger, type FileLogger } from '../log/logger.ts';
import { translateApiError } from '../../../shared/api/index.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import { cleanLeftovers, EXPORTS_DIR_NAME } from '../files/partial-files.ts';
import {
  BACKUP_DIR_NAME,
  closeStore,
  openStoreReadOnly,
  type OpenedStore,
  type StoreOpenError,
} from '../store/database.ts';
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
  // The CLI's stderr is the user's: when the log cannot be written it says its own one line.
  const logger = createFileLogger(dir, { fallback: options.mode === 'cli' ? 'none' : 'stderr' });
  const store = options.readOnly
    ? openStoreReadOnly(dir)
    : await openLibrary(dir, {
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.samplesDir ? { samplesDir: options.samplesDir } : {}),
      });
  // What killed backups, restores, archives and exports left in the data folder (a running
  // writer's files are kept: their names carry its process id).
  if (!options.readOnly) {
    const removed = cleanLeftovers(dir, [BACKUP_DIR_NAME, EXPORTS_DIR_NAME]);
    if (removed.length > 0) logger.info('start', `removed leftovers of interrupted writes: ${removed.join(', ')}`);
  }
  // Long-running shells (the app, browser mode) back up and check the whole store in the
  // background, in the maintenance worker; the CLI does neither at every call.
  const background = options.autoBackups && !options.readOnly;
  const stopBackups = background
    ? startBackgroundBackups(
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
  const cancelCheck = background
    ? scheduleFullCheck(store.path, {
        onDamaged: (problems) => {
          logger.error('integrity-check', new Error(problems.join('\n')));
          const t = translator(currentLanguage(context));
          context.events.emit({
            type: 'message',
            level: 'error',
            text: t('maintenance.damaged', { path: logger.path }),
          });
        },
        onError: (error) => logger.error('integrity-check', error),
      })
    : () => {};
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
      cancelCheck();
      await sync?.stop();
      await stopBackups();
      closeStore(store);
    },
  };
}

/**
 * What to tell the user about a store that cannot be opened (CLI and browser mode): why, and
 * for a damaged or newer store, how to restore a backup or open it read-only. (The other
 * refusals say their own way out.)
 */
export function storeOpenMessage(error: StoreOpenError, language: Language): string {
  const message = translateApiError(error.translation, language);
  if (error.code !== 'corrupt' && error.code !== 'newer-version') return message;
  return `${message} ${translator(language)('hostile.store.adviceRestore')}`;
}
