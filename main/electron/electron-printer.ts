/**
 * The printer inside the app: a hidden, sandboxed window with JavaScript off, in its own
 * session that may load nothing but the one print file, printed by `webContents.printToPDF`
 * with the same options the Chromium printer passes playwright-core. Kept thin: what it
 * passes Electron is tested with a fake window (electron-printer.test.ts).
 */
import { translation } from '../../shared/api/index.ts';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { PrinterError, type PdfPrinter } from '../services/export/printer.ts';
import { makePrivateTempDir, PRIVATE_FILE_MODE } from '../services/private-files.ts';

/** Electron's names for the options in chromium-printer.ts (tagging and outline are opt-in here). */
export const ELECTRON_PDF_OPTIONS: PrintToPDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  displayHeaderFooter: false,
};

export const PRINT_PARTITION = 'precis-print';
/** The folder in the app's data folder where print files are written (and deleted after). */
export const PRINT_TEMP_DIR = 'tmp';

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    partition: PRINT_PARTITION,
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  },
};

/** The parts of a BrowserWindow the printer uses (a fake one in tests). */
export interface PrintWindow {
  webContents: {
    loadFile(path: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
}

export interface ElectronPrinterDeps {
  /** `new BrowserWindow(options)` in the app. */
  openWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  /** Lets the print session load `fileUrl` (and nothing else) while printing. */
  allowOnly: (fileUrl: string) => void;
  /**
   * Where the print file is written: a folder in the app's data folder, never the system's
   * temp folder (the HTML is the whole pack, which may be PROTECTED B). Owner-only, and the
   * file is deleted after printing, also when printing fails.
   */
  tempDir: string;
}

export function createElectronPrinter(deps: ElectronPrinterDeps): PdfPrinter {
  let window: PrintWindow | undefined;
  return {
    async print(html) {
      // A file, not a data: URL: a long pack exceeds Chromium's 2 MB limit on URLs.
      const dir = await makePrivateTempDir(deps.tempDir, 'print-');
      const file = join(dir, 'pack.html');
      try {
        await writeFile(file, html, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
        deps.allowOnly(pathToFileURL(file).href);
        window ??= deps.openWindow(PRINT_WINDOW_OPTIONS);
        await window.webContents.loadFile(file);
        return new Uint8Array(await window.webContents.printToPDF(ELECTRON_PDF_OPTIONS));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new PrinterError(translation('export.printFailed', { reason }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async close() {
      window?.destroy();
      window = undefined;
    },
  };
}

/**
 * The print session's guard: no permissions, and no request but the one print file (and the
 * data: URLs of its fonts). Called with Electron's `session.fromPartition(PRINT_PARTITION)`.
 */
export function guardPrintSession(printSession: Session, allowedFileUrl: () => string): void {
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url === allowedFileUrl() || details.url.startsWith('data:')) }),
  );
}
