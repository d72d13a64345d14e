/**
 * Versions in plain sight, in browser mode: two versions of a communiqué (the second corrects
 * its date and a sentence) are told apart by version and date in the pack's "Add an item"
 * picker (newest first), in the item list (with a mark and "Use the newest" on the older one),
 * in search results, and the reader of the older version says a newer one exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const FILE = 'numbered-communique.txt';
const shots = join(import.meta.dirname, '..', '..', 'test-results');
const TITLE = 'Communiqué of the Fifth Ministerial Meeting on Water Security';
const first = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', FILE), 'utf8');
/** The corrected communiqué: a new date and one sentence reworded. */
const corrected = first
  .replace('Geneva, 18 November 2024', 'Geneva, 20 November 2024')
  .replace('have become more frequent', 'have become far more frequent');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const ids: { v1: string; v2: string } = { v1: '', v2: '' };

/** Calls the API as the page does (browser mode: token header, same origin). */
async function api<T>(channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input, token }) => {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { channel, input, token: app.token },
  );
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function importText(text: string, extra: Record<string, unknown> = {}): Promise<string> {
  const result = await api<{ id?: string; documentId?: string; document?: { id: string } }>('documents:import', {
    fileName: FILE,
    mediaType: 'text/plain',
    dataBase64: Buffer.from(text).toString('base64'),
    ...extra,
  });
  return result.document?.id ?? result.documentId ?? result.id ?? '';
}

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  ids.v1 = await importText(first);
  ids.v2 = await importText(corrected, { versionOf: ids.v1 });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const V1 = `${TITLE} (v1, November 18, 2024)`;
const V2 = `${TITLE} (v2, November 20, 2024)`;

describe('versions in plain sight', () => {
  it('labels both versions in the library table, the first one too', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    // The versions were imported through the API, not by this page, after it loaded (as the CLI
    // would): coming back to the window reads the library again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const rows = page.locator('#main').getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => rows.count()).toBe(2);
    const labels = (await rows.allTextContents()).map((row) => /version (\d)/.exec(row)?.[1]).sort();
    expect(labels).toEqual(['1', '2']);
  });

  it('lists both versions in the pack picker with their labels, the newest first', async () => {
    expect(ids.v1).not.toBe('');
    expect(ids.v2).not.toBe(ids.v1);
    const pack = await api<{ id: string }>('packs:create', { title: 'Water security' });
    await page.goto(`${app.url}#/packs/${pack.id}`);
    const form = page.locator('form.pack-add');
    await form.getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Annex (whole document or sections)' });
    const picker = form.getByRole('combobox', { name: /^Document/ });
    await expect
      .poll(async () => (await picker.locator('option').allTextContents()).filter((o) => o.startsWith(TITLE)))
      .toEqual([V2, V1]);
    // The other documents keep their plain titles.
    expect(
      (await picker.locator('option').allTextContents())
        .filter((o) => !o.startsWith(TITLE))
        .every((o) => !/\(v\d/.test(o)),
    ).toBe(true);
  });

  it('marks a pack item that points at the older version, and "Use the newest" moves it', async () => {
    const form = page.locator('form.pack-add');
    await form.getByRole('combobox', { name: /^Document/ }).selectOption(ids.v1);
    await form.getByRole('button', { name: 'Add' }).click();
    const item = page.locator('.pack-item').filter({ hasText: TITLE });
    await expect.poll(() => item.locator('.pack-item-label').textContent()).toBe(`Annex — ${V1}`);
    await expect
      .poll(() => item.locator('.pack-item-newer').textContent())
      .toContain('Cites version 1; version 2 is newer.');
    await page.screenshot({ path: join(shots, 'versions-pack.png') });
    await item.getByRole('button', { name: 'Use the newest' }).click();
    await expect.poll(() => item.locator('.pack-item-label').textContent()).toBe(`Annex — ${V2}`);
    expect(await item.locator('.pack-item-newer').count()).toBe(0);
  });

  it("names both versions, the newest first and chosen, in the note's Source pane and excerpt picker", async () => {
    const note = await api<{ id: string }>('notes:create', { template: 'blank', title: 'Water security note' });
    // No source remembered from an earlier note: the pane chooses for itself.
    await page.evaluate(() => window.localStorage.removeItem('precis.notes.source'));
    await page.goto(`${app.url}#/notes/${note.id}`);
    const source = page.locator('.sources-bar select');
    const ours = async (select: typeof source) =>
      (await select.locator('option').allTextContents()).filter((o) => o.startsWith(TITLE));
    await expect.poll(() => ours(source)).toEqual([V2, V1]);
    await page.getByRole('button', { name: 'Insert excerpt…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert an excerpt' });
    const picker = dialog.getByRole('combobox', { name: /^Document/ });
    await expect.poll(() => ours(picker)).toEqual([V2, V1]);
    // The newest version is the one chosen when nothing was chosen before.
    await expect.poll(() => picker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(V2);
    await page.keyboard.press('Escape');
  });

  it('names the version in search results', async () => {
    await page.goto(`${app.url}#/search?q=${encodeURIComponent('droughts floods')}`);
    const where = page.locator('.search-results .search-hit-where');
    await expect
      .poll(async () =>
        (await where.allTextContents())
          .filter((w) => w.startsWith(TITLE))
          .map((w) => w.split(' · ')[0])
          .sort(),
      )
      .toEqual([V1, V2]);
  });

  it('says in the reader of the older version that a newer one exists, and opens it', async () => {
    await page.goto(`${app.url}#/doc/${ids.v1}`);
    const notice = page.locator('.newer-version-notice');
    await expect
      .poll(() => notice.textContent())
      .toContain('A newer version of this document exists: version 2, November 20, 2024.');
    await page.screenshot({ path: join(shots, 'versions-reader.png') });
    await notice.getByRole('link', { name: 'Open the newest version' }).click();
    await expect.poll(() => page.url()).toContain(ids.v2);
    await expect.poll(() => page.locator('#document-title').textContent()).toBe(TITLE);
    expect(await page.locator('.newer-version-notice').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
