import type { PdfPrinter } from '../export/printer.ts';
import type { Database } from '../store/database.ts';

/** What every handler may use; built once per process by the shell (Electron, browser mode, CLI). */
export interface ApiContext {
  db: Database;
  storePath: string;
  mode: 'electron' | 'browser' | 'cli';
  version: string;
  /** Opens the printer for PDF export: Electron's in the app; a system Chromium when absent. */
  createPrinter?: () => Promise<PdfPrinter>;
}
