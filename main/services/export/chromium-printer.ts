/**
 * The printer outside Electron: a system Chromium driven by playwright-core. One browser per
 * printer; each print gets a fresh page with JavaScript off and every network request refused
 * (the print HTML needs none: its fonts are data URLs).
 */
import { translation } from '../../../shared/api/index.ts';
import type { Browser } from 'playwright-core';
import { findChromium, loadPlaywright, printingChromiumArgs } from './chromium.ts';
import { PrinterError, type PdfPrinter } from './printer.ts';

/** The options both adapters pass Chromium (see electron-printer.ts for the Electron names). */
export const PLAYWRIGHT_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: false,
} as const;

export async function createChromiumPrinter(executablePath?: string): Promise<PdfPrinter> {
  let browser: Browser;
  try {
    const { chromium } = await loadPlaywright();
    browser = await chromium.launch({
      executablePath: executablePath ?? findChromium(),
      headless: true,
      args: printingChromiumArgs(),
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PrinterError(translation('export.chromiumFailed', { reason }));
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  return {
    async print(html) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        // Print only once every face is decoded: a face arriving mid-print makes Chromium lay
        // headings out twice, and their bookmarks then repeat the text.
        await page.evaluate(() => document.fonts.ready.then(() => document.fonts.size));
        return new Uint8Array(await page.pdf(PLAYWRIGHT_PDF_OPTIONS));
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
