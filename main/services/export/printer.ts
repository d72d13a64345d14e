/**
 * The printer port: print HTML in, PDF bytes out. Two adapters implement it with the same
 * options: Electron's `webContents.printToPDF` in the app (electron-printer.ts) and a system
 * Chromium driven by playwright-core in browser mode, the CLI and tests (chromium-printer.ts).
 */
import { translateApiError, type ApiErrorTranslation } from '../../../shared/api/index.ts';

/** What every adapter must produce: a tagged PDF with an outline, sized by the HTML's @page. */
export interface PdfPrinter {
  /** Prints `html` (a complete, self-contained document) to PDF. */
  print(html: string): Promise<Uint8Array>;
  /**
   * Prints the document it printed last again, with the table of contents' page numbers filled
   * in (`tocPages`: heading id -> page), without loading it again: the cheaper second pass.
   * `html` is that same document with the numbers in, for a printer that must reload it.
   * Optional: without it the exporter prints `html` from scratch.
   */
  reprintWithPages?(html: string, tocPages: ReadonlyMap<string, number>): Promise<Uint8Array>;
  /** Releases the browser or window; the printer cannot be used afterwards. */
  close(): Promise<void>;
}

/** Thrown by a printer that cannot start or print; the message is for the user. */
export class PrinterError extends Error {
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'PrinterError';
    this.translation = translation;
  }
}
