/**
 * End to end: Word export in Chromium against the real browser-mode server. A note written in
 * the notes view is exported with "Export to Word"; the download arrives under the note's title
 * and python-docx opens it with what was typed a moment before. Then Settings ▸ Word template
 * chooses the neutral template, and the next export is in it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON, readDocx } from '../support/docx.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

function sectionBody(heading: string) {
  return page.locator('.note-page .note-content h2', { hasText: heading }).locator('xpath=following-sibling::*[1]');
}

async function exportAndSave(name: string): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const download = await downloaded;
  const file = join(app.storeDir, name);
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe('Arctic patrols note.docx');
  await expect.poll(() => page.locator('.word-export').textContent()).toContain('Downloaded Arctic patrols note.docx.');
  return file;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startBrowserMode();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Word export in Chromium (browser mode)', () => {
  it('downloads the open note as a .docx that python-docx opens, with what was just typed', async () => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    await page.getByRole('button', { name: 'New briefing note' }).click();
    await page.locator('.note-page .note-content h2').first().waitFor();
    await page.getByLabel('Note title').fill('Arctic patrols note');
    await page.getByLabel('Security classification').selectOption('protected-b');
    await sectionBody('Purpose').click();
    await page.keyboard.type('To brief the Minister on joint Arctic patrols.');
    // Exported at once, before the autosave's second is up: the button saves first.
    const file = await exportAndSave('note.docx');
    await page.screenshot({ path: join(shots, 'word-export-note.png') });
    const docx = readDocx(file);
    expect(docx.paragraphs[0]).toEqual({ style: 'Title', text: 'Arctic patrols note' });
    // Template headings left empty are not written, as in the PDF; the filled ones are.
    expect(docx.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual([
      'Purpose',
      'Recommendation',
    ]);
    expect(docx.paragraphs.map((p) => p.text)).toContain('To brief the Minister on joint Arctic patrols.');
    expect(docx.headers[0]).toContain('PROTECTED B / PROTÉGÉ B');
  });

  it('uses the template chosen in Settings for the next export', async () => {
    const noteUrl = page.url();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Use the neutral template that comes with Précis' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'will be used' }).textContent())
      .toBe('precis-neutral.dotx will be used for Word exports.');
    await page.screenshot({ path: join(shots, 'word-export-settings.png') });
    await page.goto(noteUrl);
    await page.locator('.note-page .note-content h2').first().waitFor();
    const docx = readDocx(await exportAndSave('note-in-template.docx'));
    expect(docx.images).toBe(1);
    expect(docx.paragraphs[0]).toEqual({ style: 'Title', text: 'Arctic patrols note' });
    expect(docx.footers[0]).toContain('PROTECTED B / PROTÉGÉ B');
    expect(consoleErrors).toEqual([]);
  });

  it('File ▸ Export to Word… exports the open note with what was typed a moment before', async () => {
    // The desktop menu reaches the page as an app event ('export-requested', polled through
    // app:events); browser mode has no menu, so the test answers the page's poll with that event.
    let clickMenu: (() => void) | undefined;
    await page.route(/\/api\/app%3Aevents$/, async (route) => {
      const clicked = new Promise<'clicked'>((resolve) => (clickMenu = () => resolve('clicked')));
      const answer = await Promise.race([clicked, route.fetch().catch(() => 'gone' as const)]);
      if (answer === 'gone') return;
      if (answer !== 'clicked') return route.fulfill({ response: answer });
      const { after } = JSON.parse(route.request().postData() ?? '{}') as { after: number };
      await route.fulfill({
        json: { ok: true, value: { seq: after, events: [{ type: 'export-requested', format: 'docx' }] } },
      });
    });
    await page.reload();
    await page.locator('.note-page .note-content h2').first().waitFor();
    await expect.poll(() => clickMenu !== undefined).toBe(true);
    await sectionBody('Recommendation').click();
    await page.keyboard.insertText('Approve the patrol schedule.');
    const downloaded = page.waitForEvent('download');
    clickMenu?.();
    const download = await downloaded;
    const file = join(app.storeDir, 'note-from-menu.docx');
    await download.saveAs(file);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(download.suggestedFilename()).toBe('Arctic patrols note.docx');
    const texts = readDocx(file).paragraphs.map((p) => p.text);
    expect(texts).toContain('To brief the Minister on joint Arctic patrols.');
    expect(texts.some((text) => text.includes('Approve the patrol schedule.'))).toBe(true);
  });

  it('Settings takes a department’s own template from the file picker, and refuses a locked one', async () => {
    // A letterhead of our own, written by python-docx, and the same file with a password.
    const template = join(app.storeDir, 'service-des-essais.docx');
    execFileSync(PYTHON, [
      '-c',
      [
        'import sys',
        'from docx import Document',
        'd = Document()',
        "d.sections[0].header.paragraphs[0].text = 'Service des essais — {{classification}}'",
        "d.sections[0].footer.paragraphs[0].text = '{{classification}} · {{pageOf}}'",
        "d.add_paragraph('{{title}}', style='Title')",
        "d.add_paragraph('{{body}}')",
        'd.save(sys.argv[1])',
      ].join('\n'),
      template,
    ]);
    const locked = join(app.storeDir, 'verrouille.docx');
    writeFileSync(locked, officeCrypto.encrypt(readFileSync(template), { password: 'secret' }));
    const noteUrl = page.url();
    await page.getByRole('link', { name: 'Settings' }).click();
    const picker = page.getByLabel('Template (.dotx or .docx)');

    await picker.setInputFiles(locked);
    await page.getByRole('button', { name: 'Use this template' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('“verrouille.docx” is password-protected');
    // The previous choice stays.
    await expect.poll(() => page.locator('.word-template-current').textContent()).toContain('precis-neutral.dotx');

    await picker.setInputFiles(template);
    await page.getByRole('button', { name: 'Use this template' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'will be used' }).textContent())
      .toBe('service-des-essais.docx will be used for Word exports.');
    await page.screenshot({ path: join(shots, 'word-export-own-template.png') });
    await page.goto(noteUrl);
    await page.locator('.note-page .note-content h2').first().waitFor();
    const docx = readDocx(await exportAndSave('note-in-own-template.docx'));
    expect(docx.headers[0]).toBe('Service des essais — PROTECTED B / PROTÉGÉ B');
    expect(docx.footers[0]).toBe('PROTECTED B / PROTÉGÉ B · Page  of ');
    expect(docx.paragraphs[0]).toEqual({ style: 'Title', text: 'Arctic patrols note' });
  });
});
