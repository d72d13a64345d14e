/**
 * Review and approval as two real people would do it, in French: a real team server process
 * on 127.0.0.1, two browser-mode instances with their own stores (a drafter who is an editor,
 * an approver) driven in Chromium with the interface in French. The drafter asks for a review;
 * the approver sees it arrive without reloading and approves; the drafter sees the approval
 * without reloading; a French pack prints « Approuvé par … » in its PDF; an edit after approval
 * returns the note to Ébauche and says so. Nobody reloads a page: everything arrives live.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp.ts';
import { until } from '../team/library.ts';
import { startServerProcess, type ServerProcess } from '../team/processes.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { launchChromium } from './support/chromium.ts';
import { api } from './support/network.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results');

let temp: ReturnType<typeof makeTempDir>;
let server: ServerProcess;
let browser: Browser;
let drafter: RunningBrowserMode;
let approver: RunningBrowserMode;
let draftPage: Page;
let approvePage: Page;
let noteId = '';

const reviewState = (page: Page) => page.locator('.review-state').textContent();

beforeAll(async () => {
  temp = makeTempDir('precis-team-fr-');
  mkdirSync(shots, { recursive: true });
  server = await startServerProcess(join(temp.dir, 'server'));
  drafter = await startBrowserMode();
  approver = await startBrowserMode();
  await api(drafter, 'team:join', { server: server.httpUrl, token: server.addUser('Léa Bouchard', 'editor') });
  await api(approver, 'team:join', { server: server.httpUrl, token: server.addUser('Hervé Nadeau', 'approver') });
  for (const app of [drafter, approver]) await api(app, 'settings:set', { language: 'fr' });
  const note = await api<{ id: string }>(drafter, 'notes:create', {
    template: 'blank',
    title: 'Sommet de la Francophonie : position du Canada',
  });
  noteId = note.id;
  const arrived = async () =>
    (await api<Array<{ id: string }>>(approver, 'notes:list', {})).some((n) => n.id === noteId);
  await until(arrived, 'the note reaches the approver', 60_000);
  browser = await launchChromium();
  draftPage = await (await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'fr-CA' })).newPage();
  approvePage = await (await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'fr-CA' })).newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const app of [drafter, approver]) await app?.stop();
  await server?.stop();
  temp.cleanup();
}, 120_000);

describe('review and approval in French, two people, live', { timeout: 240_000 }, () => {
  it('goes from Ébauche to En révision to Approuvé, prints the approval, and returns to Ébauche on an edit', async () => {
    for (const [page, app] of [
      [draftPage, drafter],
      [approvePage, approver],
    ] as const) {
      await page.goto(`${app.url}#/notes/${noteId}`);
      await page.locator('.review-bar').waitFor({ timeout: 30_000 });
    }
    await expect.poll(() => reviewState(draftPage), { timeout: 30_000 }).toBe('Ébauche');
    // The drafter is an editor: no approve button for her.
    expect(await draftPage.getByRole('button', { name: 'Approuver' }).count()).toBe(0);

    await draftPage.locator('.note-page .note-content').click();
    await draftPage.keyboard.type('Le Canada appuie la déclaration sur la langue française dans le numérique.', {
      delay: 10,
    });
    await expect
      .poll(() => draftPage.locator('.status-bar-text').textContent(), { timeout: 30_000 })
      .toBe('Enregistré sur le serveur');
    await draftPage.getByRole('button', { name: 'Demander une révision' }).click();
    await expect.poll(() => reviewState(draftPage), { timeout: 30_000 }).toBe('En révision');

    // The approver's open page shows the request as it arrives.
    await expect.poll(() => reviewState(approvePage), { timeout: 30_000 }).toBe('En révision');
    await expect
      .poll(() => approvePage.locator('.note-page .note-content').innerText(), { timeout: 30_000 })
      .toContain('langue française dans le numérique');
    await approvePage.getByRole('button', { name: 'Approuver' }).click();
    await expect
      .poll(() => approvePage.locator('.review-detail').textContent(), { timeout: 30_000 })
      .toMatch(/^Approuvé par Hervé Nadeau, /);
    await expect.poll(() => reviewState(draftPage), { timeout: 30_000 }).toBe('Approuvé');
    await approvePage.screenshot({ path: join(shots, 'team-review-fr-approved.png') });
    await draftPage.screenshot({ path: join(shots, 'team-review-fr-drafter.png') });

    const pack = await api<{ id: string }>(approver, 'packs:create', { title: 'Dossier Francophonie', language: 'fr' });
    await api(approver, 'packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId } });
    const exported = await api<{ pdfBase64: string }>(approver, 'export:pdf', { packId: pack.id });
    const pdf = join(temp.dir, 'francophonie.pdf');
    writeFileSync(pdf, Buffer.from(exported.pdfBase64, 'base64'));
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/Approuvé par Hervé Nadeau, \d{1,2} \S+ \d{4}/);
    expect(printed).toContain('langue française dans le numérique');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, join(shots, 'team-review-fr-pdf')]);

    await draftPage.locator('.note-page .note-content').click();
    await draftPage.keyboard.press('Control+End');
    await draftPage.keyboard.type(' Ajout tardif.', { delay: 10 });
    await expect.poll(() => reviewState(draftPage), { timeout: 30_000 }).toBe('Ébauche');
    await expect
      .poll(() => draftPage.locator('.review-returned').textContent(), { timeout: 30_000 })
      .toContain('remis en ébauche');
    await expect.poll(() => reviewState(approvePage), { timeout: 30_000 }).toBe('Ébauche');
    // Returned to Draft by the one who edited, on both pages (not by the approver's library).
    for (const page of [draftPage, approvePage]) {
      await expect
        .poll(() => page.locator('.review-detail').textContent(), { timeout: 30_000 })
        .toMatch(/^Ébauche — Léa Bouchard, /);
    }
    await draftPage.screenshot({ path: join(shots, 'team-review-fr-returned.png') });
  });
});
