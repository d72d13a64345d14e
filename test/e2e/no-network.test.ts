/**
 * Nothing leaks: a run through every main view of the app (library, reader with annotations,
 * notes list and editor, packs with the PDF preview, search, quote check) makes no request
 * outside the app's own origin from the page (every request of the browser context is
 * recorded). Chromium's own background traffic is caught apart (all its non-loopback traffic
 * goes to a proxy that refuses and records it): it must be Chromium's services only, never a
 * request the page made.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, QUIET_CHROMIUM_ARGS } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api, recordRequests, startRefusingProxy, visitAllViews } from './support/network.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let proxy: Awaited<ReturnType<typeof startRefusingProxy>>;
let requests: ReturnType<typeof recordRequests>;

beforeAll(async () => {
  app = await startBrowserMode();
  proxy = await startRefusingProxy();
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // Loopback (the app) is never proxied; everything else is.
    args: [...QUIET_CHROMIUM_ARGS, `--proxy-server=http://127.0.0.1:${proxy.port}`],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  requests = recordRequests(context, app.origin);
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await app?.stop();
});

describe('no network', () => {
  it('the proxy would see a request that leaves the machine (the test can fail)', async () => {
    const probe = await browser.newPage();
    await probe.goto('http://example.invalid/').catch(() => undefined);
    await probe.close();
    expect(proxy.seen.some((line) => line.includes('example.invalid'))).toBe(true);
    proxy.seen.length = 0;
  });

  it('makes no request outside the app through every main view', async () => {
    const documents = await api<Array<{ id: string; title: string }>>(app, 'documents:list', {});
    const first = documents[0] as { id: string };
    await api(app, 'annotations:create', {
      documentId: first.id,
      target: { type: 'paragraph', n: 2 },
      tags: ['network'],
      comment: { lexical: '{}', text: 'A comment to show in the panel.' },
    });
    const note = await api<{ id: string }>(app, 'notes:create', { template: 'en' });
    const pack = await api<{ id: string }>(app, 'packs:createSample', {});
    const visited = await visitAllViews(page, app, {
      documentIds: documents.map((d) => d.id),
      noteIds: [note.id],
      packIds: [pack.id],
      searches: ['defence', 'tag:network'],
    });
    // The pack's PDF preview: printed by main, drawn by pdf.js in the page.
    await page.goto(`${app.url}#/packs/${pack.id}`);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => page.getByRole('img', { name: /^Page \d+ of \d+$/ }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);

    expect(visited.length).toBeGreaterThanOrEqual(8);
    expect(requests.all.length).toBeGreaterThan(20);
    expect(requests.outside()).toEqual([]);
    // What reaches the proxy is Chromium's own traffic (headless Chromium asks Google's autofill
    // and account servers when a page has form fields, whatever the flags): only Google service
    // hosts, none of them a request of the page. The app never sends anything anywhere.
    const hosts = proxy.seen.map((line) => line.replace(/^CONNECT /, '').replace(/:\d+$/, ''));
    expect(hosts.filter((host) => !/(^|\.)(google|googleapis|gstatic)\.com$/.test(host))).toEqual([]);
    expect(requests.all.filter((url) => hosts.some((host) => url.includes(host)))).toEqual([]);
  });
});
