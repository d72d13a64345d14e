/**
 * The team library end to end: a real team server process on 127.0.0.1, three browser-mode
 * instances with their own stores (an editor behind a TCP proxy the test can cut, an
 * approver, a reader) driven in Chromium, and more libraries joining along the way.
 *
 *   co-editing converges, with each other's cursors and names
 *   a reader gets a read-only editor, and nothing it types is shown then refused
 *   a client cut off keeps working, says so, and merges when the link returns
 *   the server SIGKILLed right after acknowledging, then restarted, has every acknowledged change
 *   a token for another team reads nothing
 *   an approval survives a restart and prints in the PDF
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { until } from '../team/library.ts';
import { startServerProcess, type ServerProcess } from '../team/processes.ts';
import { startTcpProxy, type TcpProxy } from '../team/tcp-proxy.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { api } from './support/network.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results');

let temp: ReturnType<typeof makeTempDir>;
let server: ServerProcess;
let proxy: TcpProxy;
let browser: Browser;
const apps: Record<'alice' | 'bruno' | 'rita', RunningBrowserMode> = {} as never;
const pages: Record<'alice' | 'bruno' | 'rita', Page> = {} as never;
const extra: RunningBrowserMode[] = [];
let noteId = '';

const text = (page: Page) => page.locator('.note-page .note-content').innerText();
const statusBar = (page: Page) => page.locator('.status-bar-text').textContent();

async function openNote(page: Page, app: RunningBrowserMode): Promise<void> {
  await page.goto(`${app.url}#/notes/${noteId}`);
  await page.locator('.review-bar').waitFor({ timeout: 30_000 });
  await page.locator('.note-page .note-content').waitFor();
}

async function typeAtEnd(page: Page, words: string): Promise<void> {
  await page.locator('.note-page .note-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(words, { delay: 15 });
}

async function hasNote(app: RunningBrowserMode, id: string): Promise<boolean> {
  return (await api<Array<{ id: string }>>(app, 'notes:list', {})).some((n) => n.id === id);
}

beforeAll(async () => {
  temp = makeTempDir('precis-team-e2e-');
  mkdirSync(shots, { recursive: true });
  server = await startServerProcess(join(temp.dir, 'server'));
  proxy = await startTcpProxy(server.port);
  const tokens = {
    alice: server.addUser('Alice Tremblay', 'editor'),
    bruno: server.addUser('Bruno Lavoie', 'approver'),
    rita: server.addUser('Rita Singh', 'reader'),
  };
  for (const who of ['alice', 'bruno', 'rita'] as const) {
    apps[who] = await startBrowserMode({ storeDir: join(temp.dir, who) });
    // Alice reaches the server through the proxy the test cuts; the others directly.
    const address = who === 'alice' ? proxy.url : server.httpUrl;
    await api(apps[who], 'team:join', { server: address, token: tokens[who] });
  }
  browser = await launchChromium();
  for (const who of ['alice', 'bruno', 'rita'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 820 } });
    pages[who] = await context.newPage();
  }
  const note = await api<{ id: string }>(apps.alice, 'notes:create', {
    template: 'blank',
    title: 'Arctic Council brief',
  });
  noteId = note.id;
  await until(() => hasNote(apps.bruno, noteId), 'the note reaches Bruno', 60_000);
  await until(() => hasNote(apps.rita, noteId), 'the note reaches Rita', 60_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const app of [...Object.values(apps), ...extra]) await app.stop();
  await proxy?.close();
  await server?.stop();
  temp.cleanup();
}, 120_000);

describe('team library in Chromium', { timeout: 240_000 }, () => {
  it('co-editing converges, with each other’s cursors', async () => {
    await openNote(pages.alice, apps.alice);
    await openNote(pages.bruno, apps.bruno);
    await typeAtEnd(pages.alice, 'Alice: Canada will co-chair the working group.');
    await typeAtEnd(pages.bruno, 'Bruno: confirm with the Northern desk first.');
    for (const page of [pages.alice, pages.bruno]) {
      await expect
        .poll(() => text(page), { timeout: 30_000 })
        .toContain('Alice: Canada will co-chair the working group.');
      await expect
        .poll(() => text(page), { timeout: 30_000 })
        .toContain('Bruno: confirm with the Northern desk first.');
    }
    await expect
      .poll(async () => (await text(pages.alice)) === (await text(pages.bruno)), { timeout: 30_000 })
      .toBe(true);
    // Bruno's cursor, with his name, in Alice's editor.
    await expect
      .poll(() => pages.alice.locator('.note-cursors').innerText(), { timeout: 30_000 })
      .toContain('Bruno Lavoie');
    await expect.poll(() => statusBar(pages.alice), { timeout: 30_000 }).toBe('Saved to server');
    await pages.alice.screenshot({ path: join(shots, 'team-coediting.png') });
  });

  it('undo takes back only one’s own typing, never a collaborator’s', async () => {
    await typeAtEnd(pages.alice, 'Alice drafts a sentence to undo.');
    await expect.poll(() => text(pages.bruno), { timeout: 30_000 }).toContain('Alice drafts a sentence to undo.');
    await typeAtEnd(pages.bruno, 'Bruno keeps this line.');
    await expect.poll(() => text(pages.alice), { timeout: 30_000 }).toContain('Bruno keeps this line.');
    await pages.alice.locator('.note-page .note-content').focus();
    for (let i = 0; i < 6 && (await text(pages.alice)).includes('Alice drafts'); i++) {
      await pages.alice.keyboard.press('Control+z');
      await pages.alice.waitForTimeout(200);
    }
    await expect.poll(() => text(pages.bruno), { timeout: 30_000 }).not.toContain('Alice drafts');
    expect(await text(pages.alice)).toContain('Bruno keeps this line.');
    expect(await text(pages.bruno)).toContain('Bruno keeps this line.');
    expect(await text(pages.alice)).toContain('Alice: Canada will co-chair the working group.');
  });

  it('gives a reader a read-only editor: what they type is never shown', async () => {
    await openNote(pages.rita, apps.rita);
    await expect.poll(() => text(pages.rita), { timeout: 30_000 }).toContain('Bruno: confirm');
    const editable = pages.rita.locator('.note-page .note-content');
    expect(await editable.getAttribute('contenteditable')).toBe('false');
    await expect.poll(() => pages.rita.locator('.note-notice').first().textContent()).toContain('Read-only');
    expect(await pages.rita.locator('.toolbar, [role="toolbar"]').count()).toBe(0);
    const before = await text(pages.rita);
    await editable.click();
    await pages.rita.keyboard.type('Reader text that must not appear.');
    await pages.rita.waitForTimeout(500);
    expect(await text(pages.rita)).toBe(before);
    expect(await text(pages.alice)).not.toContain('Reader text');
    await pages.rita.screenshot({ path: join(shots, 'team-reader.png') });
  });

  it('keeps working when cut off, says so, and merges on reconnect', async () => {
    proxy.cut();
    await expect.poll(() => statusBar(pages.alice), { timeout: 60_000 }).toMatch(/^Offline/);
    await typeAtEnd(pages.alice, 'Written while offline.');
    await typeAtEnd(pages.bruno, 'Written at the desk meanwhile.');
    await expect.poll(() => statusBar(pages.alice), { timeout: 30_000 }).toMatch(/^Offline — \d+ changes? waiting$/);
    await pages.alice.screenshot({ path: join(shots, 'team-offline.png') });
    expect(await text(pages.bruno)).not.toContain('Written while offline.');
    proxy.restore();
    for (const page of [pages.alice, pages.bruno]) {
      await expect.poll(() => text(page), { timeout: 60_000 }).toContain('Written while offline.');
      await expect.poll(() => text(page), { timeout: 60_000 }).toContain('Written at the desk meanwhile.');
    }
    await expect
      .poll(async () => (await text(pages.alice)) === (await text(pages.bruno)), { timeout: 30_000 })
      .toBe(true);
    await expect.poll(() => statusBar(pages.alice), { timeout: 60_000 }).toBe('Saved to server');
  });

  it('loses no acknowledged change when the server is SIGKILLed and restarted', async () => {
    await typeAtEnd(pages.alice, 'Acknowledged before the crash.');
    await expect.poll(() => statusBar(pages.alice), { timeout: 30_000 }).toBe('Saved to server');
    // Killed at once: compaction (2 s after the last change) has not run; only the stored updates hold it.
    server.child.kill('SIGKILL');
    await typeAtEnd(pages.alice, 'Typed while the server was down.');
    server = await startServerProcess(join(temp.dir, 'server'), { port: server.port });
    // A library that joins after the restart gets everything acknowledged, and what waited.
    const late = await startBrowserMode();
    extra.push(late);
    await api(late, 'team:join', { server: server.httpUrl, token: server.addUser('Late Reader', 'reader') });
    await expect.poll(() => hasNote(late, noteId), { timeout: 60_000 }).toBe(true);
    const body = async () => (await api<{ content: unknown }>(late, 'notes:get', { id: noteId })).content;
    await expect
      .poll(async () => JSON.stringify(await body()), { timeout: 60_000 })
      .toContain('Acknowledged before the crash.');
    await expect
      .poll(async () => JSON.stringify(await body()), { timeout: 60_000 })
      .toContain('Typed while the server was down.');
  });

  it('gives a token of another team nothing of this team', async () => {
    const outsider = await startBrowserMode();
    extra.push(outsider);
    await api(outsider, 'team:join', {
      server: server.httpUrl,
      token: server.addUser('Omar Haddad', 'editor', 'other-desk'),
    });
    await api(outsider, 'team:sync', {});
    expect(await hasNote(outsider, noteId)).toBe(false);
    const status = await api<{ shared: number; team: { name: string } }>(outsider, 'team:status', {});
    expect(status.team.name).toBe('other-desk');
  });

  it('approves in the review bar; the approval survives a restart and prints in the PDF', async () => {
    await pages.alice.getByRole('button', { name: 'Request review' }).click();
    await pages.bruno.reload();
    await pages.bruno.locator('.review-bar').waitFor();
    await expect.poll(() => pages.bruno.locator('.review-state').textContent(), { timeout: 30_000 }).toBe('In review');
    await pages.bruno.getByRole('button', { name: 'Approve' }).click();
    await expect
      .poll(() => pages.bruno.locator('.review-detail').textContent(), { timeout: 30_000 })
      .toMatch(/^Approved by Bruno Lavoie/);
    await expect.poll(() => pages.alice.locator('.review-state').textContent(), { timeout: 30_000 }).toBe('Approved');
    await pages.bruno.screenshot({ path: join(shots, 'team-approved.png') });

    // Bruno's library restarts: the approval is still there.
    await apps.bruno.stop();
    apps.bruno = await startBrowserMode({ storeDir: join(temp.dir, 'bruno') });
    await openNote(pages.bruno, apps.bruno);
    await expect.poll(() => pages.bruno.locator('.review-state').textContent(), { timeout: 30_000 }).toBe('Approved');

    const pack = await api<{ id: string }>(apps.bruno, 'packs:create', { title: 'Arctic pack' });
    await api(apps.bruno, 'packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId } });
    const pdf = join(temp.dir, 'arctic.pdf');
    await api(apps.bruno, 'export:pdf', { packId: pack.id, path: pdf });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/Approved by Bruno Lavoie, \w+ \d+, \d{4}/);
    expect(printed).toContain('Alice: Canada will co-chair the working group.');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(shots, 'team-approved-pdf')]);

    // An edit after approval returns the note to Draft, and says so.
    await typeAtEnd(pages.alice, 'A late change.');
    await expect.poll(() => pages.alice.locator('.review-state').textContent(), { timeout: 30_000 }).toBe('Draft');
    await expect
      .poll(() => pages.alice.locator('.review-returned').textContent(), { timeout: 30_000 })
      .toContain('returned it to Draft');
  });
});
