import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/temp.ts';
import { PLAYWRIGHT_PDF_OPTIONS } from '../services/export/chromium-printer.ts';
import { createElectronPrinter, ELECTRON_PDF_OPTIONS, PRINT_PARTITION, type PrintWindow } from './electron-printer.ts';
import { PrinterError } from '../services/export/printer.ts';

let dataFolder: ReturnType<typeof makeTempDir>;
beforeEach(() => (dataFolder = makeTempDir()));
afterEach(() => dataFolder.cleanup());

function fakeWindow(fail = false) {
  const calls: {
    options?: BrowserWindowConstructorOptions;
    loaded: string[];
    /** Permissions of the print file and its folder while Chromium reads it. */
    modes: Array<{ file: number; dir: number }>;
    html: string[];
    pdf: PrintToPDFOptions[];
    allowed: string[];
    destroyed: number;
  } = {
    loaded: [],
    modes: [],
    html: [],
    pdf: [],
    allowed: [],
    destroyed: 0,
  };
  const openWindow = (options: BrowserWindowConstructorOptions): PrintWindow => {
    calls.options = options;
    return {
      webContents: {
        async loadFile(path) {
          calls.loaded.push(path);
          calls.modes.push({ file: statSync(path).mode & 0o777, dir: statSync(dirname(path)).mode & 0o777 });
          calls.html.push(readFileSync(path, 'utf8'));
        },
        async printToPDF(options) {
          calls.pdf.push(options);
          if (fail) throw new Error('printing failed');
          return new TextEncoder().encode('%PDF-1.4 fake');
        },
      },
      destroy: () => void calls.destroyed++,
    };
  };
  const tempDir = join(dataFolder.dir, 'tmp');
  return {
    calls,
    tempDir,
    printer: createElectronPrinter({ openWindow, allowOnly: (url) => void calls.allowed.push(url), tempDir }),
  };
}

describe('Electron printer adapter', () => {
  it('prints in a hidden, sandboxed, script-less window of its own session with tagging and outline on', async () => {
    const { calls, printer } = fakeWindow();
    const pdf = await printer.print('<!DOCTYPE html><title>x</title><p>Bonjour</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 fake');
    expect(calls.options?.show).toBe(false);
    expect(calls.options?.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(calls.pdf).toEqual([ELECTRON_PDF_OPTIONS]);
    expect(calls.pdf[0]).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
    });
    // The same HTML reaches Chromium, from a temp file the session alone may load, removed afterwards.
    expect(calls.html).toEqual(['<!DOCTYPE html><title>x</title><p>Bonjour</p>']);
    expect(calls.allowed).toHaveLength(1);
    expect(fileURLToPath(calls.allowed[0] as string)).toBe(calls.loaded[0]);
    expect(existsSync(calls.loaded[0] as string)).toBe(false);
    await printer.print('<p>again</p>');
    expect(calls.pdf).toHaveLength(2); // one window serves both passes
    await printer.close();
    expect(calls.destroyed).toBe(1);
  });

  it('asks Electron for what playwright-core asks Chromium', () => {
    expect(ELECTRON_PDF_OPTIONS.preferCSSPageSize).toBe(PLAYWRIGHT_PDF_OPTIONS.preferCSSPageSize);
    expect(ELECTRON_PDF_OPTIONS.printBackground).toBe(PLAYWRIGHT_PDF_OPTIONS.printBackground);
    expect(ELECTRON_PDF_OPTIONS.generateTaggedPDF).toBe(PLAYWRIGHT_PDF_OPTIONS.tagged);
    expect(ELECTRON_PDF_OPTIONS.generateDocumentOutline).toBe(PLAYWRIGHT_PDF_OPTIONS.outline);
    expect(ELECTRON_PDF_OPTIONS.displayHeaderFooter).toBe(PLAYWRIGHT_PDF_OPTIONS.displayHeaderFooter);
  });

  it('reports a failed print as a PrinterError and leaves no temp file', async () => {
    const { calls, printer, tempDir } = fakeWindow(true);
    await expect(printer.print('<p>x</p>')).rejects.toThrow(PrinterError);
    expect(existsSync(calls.loaded[0] as string)).toBe(false);
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('writes the print file in the app’s data folder, owner-only, never in the system temp folder', async () => {
    const { calls, printer, tempDir } = fakeWindow();
    await printer.print('<p>PROTECTED B</p>');
    expect(dirname(dirname(calls.loaded[0] as string))).toBe(tempDir);
    expect((calls.loaded[0] as string).startsWith(tmpdir() + '/precis-print-')).toBe(false);
    expect(calls.modes).toEqual([{ file: 0o600, dir: 0o700 }]);
    expect(statSync(tempDir).mode & 0o777).toBe(0o700);
    expect(readdirSync(tempDir)).toEqual([]);
  });
});
