/**
 * End to end: a library of 3,000 documents in the real browser-mode server. The library table
 * and the sidebar ask the store for the rows in view (`documents:page`), never for every
 * summary; scrolling, sorting and filtering show the rows the store's order gives.
 */
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../main/services/store/database.ts';
import { generatedRow, writeGeneratedLibrary } from '../support/generated-library.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { callFromPage } from './support/page-api.ts';

const COUNT = 3_000;
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
/** Rows each library method sent to the page. */
const fetched = { page: 0, pageCalls: 0, list: 0 };

async function countRows(response: Response): Promise<void> {
  const path = decodeURIComponent(new URL(response.url()).pathname);
  if (!path.endsWith('/api/documents:page') && !path.endsWith('/api/documents:list')) return;
  const reply = (await response.json().catch(() => null)) as { ok: boolean; value: unknown } | null;
  if (!reply?.ok) return;
  if (path.endsWith(':list')) fetched.list += (reply.value as unknown[]).length;
  else {
    fetched.page += (reply.value as { documents: unknown[] }).documents.length;
    fetched.pageCalls += 1;
  }
}

beforeAll(async () => {
  app = await startBrowserMode({
    prepare: (dir) => {
      const store = openStore(dir);
      writeGeneratedLibrary(store.db, COUNT);
      closeStore(store);
    },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('response', (response) => void countRows(response));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const table = () => page.getByRole('table');
const firstTitle = () => table().locator('tbody tr:not(.window-spacer) td:first-child a').first().textContent();

describe('a library of thousands', () => {
  it('opens on the newest documents, asking only for the rows in view', async () => {
    await page.goto(app.url);
    await expect.poll(firstTitle, { timeout: 20_000 }).toBe(generatedRow(COUNT - 1).title);
    await expect.poll(() => table().getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    // The sidebar lists the same newest document first.
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    await expect
      .poll(() => sidebar.locator('.library-item-title').first().textContent())
      .toBe(generatedRow(COUNT - 1).title);
    expect(fetched.list).toBe(0);
    expect(fetched.page).toBeGreaterThan(0);
    expect(fetched.page).toBeLessThanOrEqual(400);
    await page.screenshot({ path: 'test-results/library-window-top.png' });
  });

  it('scrolls to the oldest document, reading only the windows scrolled through', async () => {
    const before = fetched.page;
    await page.locator('.library-table').evaluate((element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (getComputedStyle(node).overflowY === 'auto') node.scrollTop = node.scrollHeight;
      }
    });
    const lastLink = () => table().locator('tbody tr:not(.window-spacer) td:first-child a').last().textContent();
    await expect.poll(lastLink, { timeout: 15_000 }).toBe(generatedRow(0).title);
    expect(fetched.page - before).toBeLessThanOrEqual(300);
    expect(fetched.list).toBe(0);
    await page.screenshot({ path: 'test-results/library-window-bottom.png' });
  });

  it('sorts by title and filters by words, the store giving the order', async () => {
    await page.locator('.library-table').evaluate((element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (getComputedStyle(node).overflowY === 'auto') node.scrollTop = 0;
      }
    });
    await table().getByRole('button', { name: 'Title' }).click();
    const rows = Array.from({ length: COUNT }, (_, i) => generatedRow(i));
    const byTitle = [...rows].sort((a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : 1));
    await expect.poll(firstTitle).toBe(byTitle[0]?.title);

    await page.getByRole('group', { name: 'Filter documents' }).getByLabel('Find').fill('etat energie');
    const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const matching = rows.filter((row) => folded(row.title).includes('etat') && folded(row.title).includes('energie'));
    await expect.poll(() => table().getAttribute('aria-rowcount')).toBe(String(matching.length + 1));
    expect(matching.length).toBeGreaterThan(10);
    const titles = await table().locator('tbody td:first-child a').allTextContents();
    expect(titles.every((title) => folded(title).includes('etat') && folded(title).includes('energie'))).toBe(true);
    expect(fetched.list).toBe(0);
    await page.screenshot({ path: 'test-results/library-window-filtered.png' });
  });

  it('finds any document in the pickers by typing, never reading every summary', async () => {
    const created = await callFromPage(page, app.token, 'packs:create', { title: 'Pack of a big library' });
    if (!created.ok) throw new Error(created.error?.message);
    await page.goto(`${app.url}#/packs/${(created.value as { id: string }).id}`);
    const form = page.locator('form.pack-add');
    const choice = form.getByRole('combobox', { name: /^Document/ });
    await expect.poll(() => choice.locator('option').count(), { timeout: 15_000 }).toBe(200);
    expect(await form.getByRole('status').textContent()).toMatch(/^The 200 most recent of 3,?000 documents/);

    // An old document, far past the 200 listed: typing words of its title finds it.
    const old = generatedRow(17);
    const option = choice.locator(`option[value="${old.id}"]`);
    expect(await option.count()).toBe(0);
    await form.getByRole('searchbox', { name: 'Narrow the list' }).fill(old.title);
    await expect.poll(() => option.count()).toBe(1);
    await choice.selectOption(old.id);
    expect(await choice.inputValue()).toBe(old.id);
    // Words no title holds: said, and the chosen document stays chosen.
    await form.getByRole('searchbox', { name: 'Narrow the list' }).fill('zzz-no-such-title');
    await expect.poll(() => form.getByRole('status').textContent()).toBe('No document title holds these words.');
    expect(await choice.inputValue()).toBe(old.id);
    await page.screenshot({ path: 'test-results/library-window-picker.png' });
    expect(fetched.list).toBe(0);
  });
});
