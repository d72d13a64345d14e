import type { PdfPrinter } from '../export/printer.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import type { Database } from '../store/database.ts';
import type { ErrorLogger } from './dispatch.ts';
import { interfaceLanguage } from '../settings/settings.service.ts';
import { TaskRegistry } from '../tasks/task-registry.ts';
import { AppEvents } from './events.ts';
import type { SyncEngine } from '../sync/engine.ts';

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
  /** Opens the printer for PDF export: Electron's in the app; a system Chromium when absent. */
  createPrinter?: () => Promise<PdfPrinter>;
  /**
   * Electron only: asks where to save an exported file with the app's own dialog and writes it
   * there. Its answer says whether it was saved (false when the user cancelled).
   */
  saveExportFile?: (file: { fileName: string; mediaType: string; bytes: Uint8Array }) => Promise<{ saved: boolean }>;
  /** The operating system's language: the default until the user chooses one. */
  systemLanguage: Language;
  events: AppEvents;
  /** Long calls under way, for tasks:progress and tasks:cancel. */
  tasks: TaskRegistry;
  /** Team sync (issue 17): set by the library session; absent for a read-only library. */
  sync?: SyncEngine;
}

export function createApiContext(
  fields: Omit<ApiContext, 'events' | 'systemLanguage' | 'tasks'> & { systemLanguage?: Language },
): ApiContext {
  return { systemLanguage: 'en', ...fields, events: new AppEvents(), tasks: new TaskRegistry() };
}

/** The interface language: the user's choice, else the system's. */
export function currentLanguage(context: ApiContext): Language {
  return interfaceLanguage(context.db, context.systemLanguage);
}
