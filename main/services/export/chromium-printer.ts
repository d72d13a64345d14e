/**
 * The printer outside Electron: a system Chromium driven by playwright-core. One Chromium,
 * started on first use and kept warm, is shared by every export of the process (concurrent ones
 * too); each printer gets its own browser context (so exports share nothing but the process),
 * with JavaScript off and every network request refused (the print HTML needs none: its fonts
 * are data URLs). Chromium closes after a few idle minutes.
 */
import { translation } from '../../../shared/api/index.ts';
import type { Browser, Page } from 'playwright-core';
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

/** How long a warm Chromium with no export waits before it closes. */
const IDLE_CLOSE_MS = 3 * 60 * 1000;

interface SharedChromium {
  browser: Promise<Browser>;
  users: number;
  idle: ReturnType<typeof setTimeout> | undefined;
}

const shared = new Map<string, SharedChromium>();
let launches = 0;

/** How many Chromium processes this process has started for printing (tests and the bench). */
export function chromiumLaunchCount(): number {
  return launches;
}

async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await loadPlaywright();
  launches += 1;
  return chromium.launch({ executablePath, headless: true, args: printingChromiumArgs() });
}

/** The warm Chromium for this executable, started if needed; `release` when done with it. */
async function acquire(executablePath: string): Promise<Browser> {
  let entry = shared.get(executablePath);
  if (!entry) {
    const browser = launch(executablePath);
    entry = { browser, users: 0, idle: undefined };
    shared.set(executablePath, entry);
    const current = entry;
    browser.then(
      (b) => b.on('disconnected', () => shared.get(executablePath) === current && shared.delete(executablePath)),
      () => shared.get(executablePath) === current && shared.delete(executablePath),
    );
  }
  entry.users += 1;
  clearTimeout(entry.idle);
  return entry.browser;
}

function release(executablePath: string): void {
  const entry = shared.get(executablePath);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  entry.idle = setTimeout(() => {
    if (shared.get(executablePath) !== entry || entry.users > 0) return;
    shared.delete(executablePath);
    void entry.browser.then((b) => b.close()).catch(() => undefined);
  }, IDLE_CLOSE_MS);
  entry.idle.unref();
}

/** Closes the warm Chromium now (tests, shutdown). */
export async function closeSharedChromium(): Promise<void> {
  const entries = [...shared.values()];
  shared.clear();
  for (const entry of entries) {
    clearTimeout(entry.idle);
    await entry.browser.then((b) => b.close()).catch(() => undefined);
  }
}

export async function createChromiumPrinter(executablePath?: string): Promise<PdfPrinter> {
  let path: string;
  let browser: Browser;
  try {
    path = executablePath ?? findChromium();
    browser = await acquire(path);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PrinterError(translation('export.chromiumFailed', { reason }));
  }
  let released = false;
  const done = (): void => {
    if (!released) release(path);
    released = true;
  };
  let context: Awaited<ReturnType<Browser['newContext']>>;
  try {
    context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
  } catch (error) {
    done();
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new PrinterError(translation('export.chromiumFailed', { reason }));
  }
  /** The page printed last, kept loaded for a second pass. */
  let last: Page | undefined;
  const printLoaded = (page: Page): Promise<Uint8Array> =>
    page.pdf(PLAYWRIGHT_PDF_OPTIONS).then((pdf) => new Uint8Array(pdf));
  const print = async (html: string): Promise<Uint8Array> => {
    await last?.close();
    last = undefined;
    const page = await context.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Print only once every face is decoded: a face arriving mid-print makes Chromium lay
      // headings out twice, and their bookmarks then repeat the text.
      await page.evaluate(() => document.fonts.ready.then(() => document.fonts.size));
      const pdf = await printLoaded(page);
      last = page;
      return pdf;
    } catch (error) {
      await page.close();
      throw error;
    }
  };
  return {
    print,
    async reprintWithPages(html, tocPages) {
      if (!last) return print(html);
      // The TOC's page slots have a fixed width: filling them moves nothing else.
      await last.evaluate(
        (pages: Array<[string, number]>) => {
          for (const [id, page] of pages) {
            const slot = document.querySelector(`a[href="#${CSS.escape(id)}"] .toc-page`);
            if (slot) slot.textContent = String(page);
          }
        },
        [...tocPages],
      );
      return printLoaded(last);
    },
    async close() {
      try {
        await context.close();
      } finally {
        last = undefined;
        done();
      }
    },
  };
}
