/**
 * End to end (issue 14, "restore"): browser mode opens a library left by an earlier Précis
 * (schema 3, before search and packs), which keeps an app-made before-upgrade backup. That
 * backup is restored while the session runs, as the app's startup dialog would; without a
 * restart, search finds the restored paragraph in Chromium and the packs view makes a pack.
 */
import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OLD_STORE_WORDS, writeOldStore } from '../support/old-store.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { callFromPage, type ApiReply } from './support/page-api.ts';

const results = join(import.meta.dirname, '..', '..', 'test-results');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  app = await startBrowserMode({
    prepare: (dir) => {
      writeOldStore(dir, 3);
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'precis.sqlite'), 0o644);
    },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Calls the API as the page does. */
function api(channel: string, input: unknown): Promise<ApiReply> {
  return callFromPage(page, app.token, channel, input);
}

describe('restoring a before-upgrade backup in a running browser-mode session', () => {
  it('runs on the restored library, migrated: search and packs work without a restart', async () => {
    await page.goto(app.url);
    const status = (await api('library:status', {})) as { value: { backups: Array<{ name: string; kind: string }> } };
    const upgrade = status.value.backups.find((b) => b.kind === 'before-upgrade');
    expect(upgrade?.name).toMatch(/before-upgrade-from-v3\.sqlite$/);
    // Something written after the upgrade, which the restore takes back.
    expect((await api('packs:create', { title: 'Before the restore' })).ok).toBe(true);

    const restored = await api('library:restore', { name: upgrade!.name });
    expect(restored).toMatchObject({ ok: true });

    await page.reload();
    // The restored library is what the page shows.
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect.poll(() => library.getByRole('link', { name: /Statement on river ports/ }).count()).toBe(1);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(OLD_STORE_WORDS.split(' ')[1] as string);
    const hits = page.locator('.search-results .search-hit-link');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().textContent()).toMatch(/Statement on river ports.*¶ 1/);

    await page.getByRole('link', { name: 'Briefing packs' }).click();
    await page.getByRole('button', { name: 'Sample pack' }).click();
    const items = page.getByRole('list', { name: 'Items, in print order' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    const packs = (await api('packs:list', {})) as { value: Array<{ title: string }> };
    expect(packs.value.map((p) => p.title)).not.toContain('Before the restore');
    await page.screenshot({ path: join(results, 'restore-then-packs.png') });

    // Browser mode starts with umask 077: the library it opened, upgraded and restored, its
    // backups and its log are owner-only, although the old library was written world-readable.
    for (const entry of ['', ...(readdirSync(app.storeDir, { recursive: true }) as string[])]) {
      const path = join(app.storeDir, entry);
      expect(statSync(path).mode & 0o777, entry || 'the library folder').toBe(
        statSync(path).isDirectory() ? 0o700 : 0o600,
      );
    }
  });
});
