/**
 * End to end: the real browser-mode server, the built renderer, Debian's Chromium.
 * A new user's first look: the library lists the samples, the declaration opens with its
 * title, dateline and sections, and the section outline jumps to a section.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', 'expected.json'), 'utf8'),
) as { declaration: { title: string; section_headings: string[]; date: string } };

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('browser mode in Chromium', () => {
  it('shows the sample library', async () => {
    await page.goto(app.url);
    const items = page.getByRole('navigation', { name: 'Library' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    // the sidebar (the library view in the main area lists them too)
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    await expect
      .poll(() => sidebar.getByRole('link', { name: new RegExp(expected.declaration.title) }).count())
      .toBe(1);
  });

  it('opens the sample declaration with its title, dateline and sections', async () => {
    await page
      .getByRole('navigation', { name: 'Library' })
      .getByRole('link', { name: new RegExp(expected.declaration.title) })
      .click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toBe(expected.declaration.title);
    // At this width the outline waits behind its button rather than squeeze the text.
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    const outline = page.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => outline.getByRole('button').count()).toBeGreaterThan(0);
    const entries = await outline.getByRole('button').allTextContents();
    expect(entries.map((text) => text.replace(/^¶ \d+\s*/, ''))).toEqual(expected.declaration.section_headings);
    const sectionHeadings = await page.locator('article h2').allTextContents();
    expect(sectionHeadings).toEqual(expected.declaration.section_headings);
    await page.keyboard.press('Escape');
    expect(await page.locator('article .paragraph').count()).toBe(24);
    expect(await page.locator('.dateline').textContent()).toContain('2024');

    mkdirSync(join(import.meta.dirname, '..', '..', 'test-results'), { recursive: true });
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-results', 'declaration.png') });
  });

  it('jumps to a section from the outline, keeping the route', async () => {
    const target = expected.declaration.section_headings[2] ?? '';
    const hashBefore = await page.evaluate(() => window.location.hash);
    await page.getByRole('button', { name: 'Outline', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('button', { name: new RegExp(target) })
      .click();
    await expect
      .poll(() => page.locator('article h2', { hasText: target }).evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(120);
    expect(await page.evaluate(() => window.location.hash)).toBe(hashBefore);
  });

  it('reloads on the same document, and stays on the app origin with no errors', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(expected.declaration.title);
    expect(requests.filter((url) => !url.startsWith(app.origin))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the reason when the page is opened without its token', async () => {
    const stranger = await browser.newPage();
    const response = await stranger.goto(app.origin);
    expect(response?.status()).toBe(401);
    expect(await stranger.textContent('body')).toContain('npm run browser');
    await stranger.close();
  });
});
