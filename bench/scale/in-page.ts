/**
 * What the user waits for, in Chromium against the real browser-mode server (needs
 * `npm run build`): from starting Précis on a library to the library's first paint, and from a
 * click on a document to its first screen drawn: the text from ¶ 1 down past the window's bottom
 * (or to the last paragraph), and the annotation cards down past the window's bottom (or all of
 * them), with their highlights; then the frame that shows it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { STORE_FILE_NAME } from '../../main/services/store/database.ts';
import { startBrowserMode } from '../../test/e2e/support/browser-mode.ts';
import { percentile } from '../measure.ts';

/**
 * Keeps the library's own upkeep from running under the measurements (a browser-mode start
 * backs up a library whose newest automatic backup is over an hour old, and checks it fully once
 * a day): a fresh automatic-backup marker and check stamp, removed afterwards.
 */
export function quietMaintenance(dir: string): () => void {
  const backups = join(dir, 'backups');
  mkdirSync(backups, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const marker = join(backups, `precis-${stamp}-auto.sqlite`);
  writeFileSync(marker, '');
  writeFileSync(join(dir, `${STORE_FILE_NAME}.checked`), new Date().toISOString());
  return () => rmSync(marker, { force: true });
}

export interface PageTimings {
  /** Server start (store opened) to the first document drawn in the library list. */
  startupMs: number;
  /** Median of opening a document: link to its first screen of text and annotation cards drawn. */
  openDocumentMs: number;
  openDocumentP95Ms: number;
  /** Median of jumping, in the open document, to ¶ `jumpTo` by its ¶ link: drawn and in view. */
  jumpMs?: number;
}

/** Opens `documentId` (from the library view) and resolves when its first screen is drawn, in ms. */
function timeOpen(
  page: Awaited<ReturnType<Browser['newPage']>>,
  documentId: string,
  paragraphs: number,
  annotations: number,
): Promise<number> {
  return page.evaluate(
    ({ documentId, paragraphs, annotations }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.location.hash = `#/doc/${documentId}`;
        // Below the window's bottom edge: the rest of the list is off screen.
        const pastTheFold = (elements: NodeListOf<Element>) =>
          (elements[elements.length - 1]?.getBoundingClientRect().top ?? 0) >= window.innerHeight;
        const check = () => {
          const text = document.querySelectorAll('.document .paragraph');
          const cards = document.querySelectorAll('.annotation-card');
          const drawn =
            document.getElementById('p-1') !== null &&
            (document.getElementById(`p-${paragraphs}`) !== null || pastTheFold(text)) &&
            (cards.length >= annotations || pastTheFold(cards));
          // The frame after: what was drawn is on screen.
          if (drawn) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { documentId, paragraphs, annotations },
  );
}

/** From the ¶ link's address to ¶ `n` drawn inside the window, then the frame that shows it, in ms. */
function timeJump(page: Awaited<ReturnType<Browser['newPage']>>, documentId: string, n: number): Promise<number> {
  return page.evaluate(
    ({ documentId, n }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.location.hash = `#/doc/${documentId}/p/${n}`;
        const check = () => {
          const box = document.getElementById(`p-${n}`)?.getBoundingClientRect();
          if (box && box.top >= 0 && box.bottom <= window.innerHeight)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { documentId, n },
  );
}

export async function pageTimings(
  browser: Browser,
  storeDir: string,
  document: { id: string; paragraphs: number; annotations: number; jumpTo?: number },
  runs = 5,
): Promise<PageTimings> {
  const started = performance.now();
  const app = await startBrowserMode({ storeDir });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(app.url);
    await page.waitForSelector('.library-list .library-item');
    const startupMs = performance.now() - started;
    const times: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      await page.evaluate(() => (window.location.hash = '#/'));
      await page.waitForSelector('.library-table');
      const ms = await timeOpen(page, document.id, document.paragraphs, document.annotations);
      if (run > 0) times.push(ms);
    }
    const jumps: number[] = [];
    if (document.jumpTo) {
      for (let run = 0; run < runs + 1; run++) {
        // From the library, so the document opens at its top.
        await page.evaluate(() => (window.location.hash = '#/'));
        await page.waitForSelector('.library-table');
        await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), document.id);
        await page.waitForSelector('#p-1');
        const ms = await timeJump(page, document.id, document.jumpTo);
        if (run > 0) jumps.push(ms);
      }
      jumps.sort((a, b) => a - b);
    }
    await page.close();
    times.sort((a, b) => a - b);
    return {
      startupMs,
      openDocumentMs: percentile(times, 50),
      openDocumentP95Ms: percentile(times, 95),
      ...(jumps.length > 0 ? { jumpMs: percentile(jumps, 50) } : {}),
    };
  } finally {
    await app.stop();
  }
}
