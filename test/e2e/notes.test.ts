/**
 * End to end: briefing notes in Chromium against the real browser-mode server.
 * Create a note from the English template, fill two sections, quote ¶ 8 of the sample
 * declaration by dragging it from the source pane and with the picker, reload, follow an
 * excerpt to its source (¶ 8, passage marked), come back and restore an earlier version.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

interface ExpectedParagraph {
  n: number;
  text: string;
}
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', 'expected.json'), 'utf8'),
) as { declaration: { title: string; sections: Array<{ paragraphs: ExpectedParagraph[] }> } };
const paragraph8 = expected.declaration.sections
  .flatMap((s) => s.paragraphs)
  .find((p) => p.n === 8) as ExpectedParagraph;

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let noteId = '';
const consoleErrors: string[] = [];

function cli(...args: string[]): unknown {
  const result = spawnSync(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      join(root, 'main', 'shells', 'cli', 'precis.ts'),
      ...args,
      '--store',
      app.storeDir,
      '--json',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

async function waitSaved(): Promise<void> {
  await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
}

/** The empty paragraph right after a section heading of the template. */
function sectionBody(heading: string) {
  return page.locator('.note-page .note-content h2', { hasText: heading }).locator('xpath=following-sibling::*[1]');
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('briefing notes in Chromium', () => {
  it('creates a note from the English template', async () => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Briefing notes' }).click();
    await page.getByRole('button', { name: 'New briefing note' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/notes\/n\w+$/);
    noteId = (await page.evaluate(() => window.location.hash)).split('/')[2] ?? '';
    // The editor renders after the note loads: wait for its headings before reading them.
    await page.locator('.note-page .note-content h2').first().waitFor();
    const headings = await page.locator('.note-page .note-content h2').allTextContents();
    expect(headings).toEqual([
      'Purpose',
      'Summary (key messages)',
      'Background',
      'Current status',
      'Considerations',
      'Next steps',
      'Recommendation',
    ]);
    await expect.poll(() => page.getByLabel('Security classification').inputValue()).toBe('unclassified');
  });

  it('fills the title, a header field and two sections, and autosaves', async () => {
    await page.getByLabel('Note title').fill('Canada–France defence partnership');
    await page.getByLabel('To', { exact: true }).fill('Minister of Foreign Affairs');
    await page.getByLabel('Security classification').selectOption('protected-a');
    await sectionBody('Purpose').click();
    await page.keyboard.type('To brief the Minister on the new defence partnership.');
    await sectionBody('Background').click();
    await page.keyboard.type('Leaders met in Ottawa in September 2024.');
    await waitSaved();
    const listed = cli('notes') as Array<{ id: string; title: string; classification: string; status: string }>;
    expect(listed).toEqual([
      expect.objectContaining({
        id: noteId,
        title: 'Canada–France defence partnership',
        classification: 'protected-a',
        status: 'draft',
      }),
    ]);
  });

  it('inserts ¶ 8 by dragging it from the source pane', async () => {
    const sources = page.getByRole('region', { name: 'Source document' });
    const declaration = await sources.locator('option', { hasText: expected.declaration.title }).getAttribute('value');
    await sources.getByRole('combobox').selectOption(declaration ?? '');
    const handle = sources.locator('[data-paragraph-n="8"] .paragraph-number');
    await expect.poll(() => handle.getAttribute('draggable')).toBe('true');
    await handle.dragTo(sectionBody('Current status'));
    const excerpts = page.locator('.note-page .note-content .excerpt');
    await expect.poll(() => excerpts.count()).toBe(1);
    expect(await excerpts.first().locator('.excerpt-citation').textContent()).toBe(
      `${expected.declaration.title} (September 26, 2024), ¶ 8`,
    );
    expect(await excerpts.first().locator('.excerpt-quote').textContent()).toBe(paragraph8.text);
  });

  it('inserts ¶ 8 with the picker', async () => {
    await sectionBody('Considerations').click();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Insert an excerpt' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const declaration = await dialog.locator('option', { hasText: expected.declaration.title }).getAttribute('value');
    await dialog.getByLabel('Document').selectOption(declaration ?? '');
    await dialog.getByRole('checkbox', { name: '¶ 8', exact: true }).check();
    await dialog.getByRole('button', { name: 'Insert excerpt' }).click();
    await expect.poll(() => page.locator('.note-page .note-content .excerpt').count()).toBe(2);
    // The picker's excerpt went where the caret was: after the Considerations heading.
    const order = await page
      .locator('.note-page .note-content > *')
      .evaluateAll((nodes) => nodes.map((n) => (n.querySelector('.excerpt') ? 'excerpt' : n.textContent)));
    expect(order.indexOf('excerpt')).toBeGreaterThan(order.indexOf('Current status'));
    expect(order.lastIndexOf('excerpt')).toBeGreaterThan(order.indexOf('Considerations'));
    await waitSaved();
    await page.screenshot({ path: join(shots, 'note-with-excerpts.png') });
  });

  it('keeps everything after a reload, and the CLI lists the excerpts', async () => {
    await page.reload();
    await expect.poll(() => page.locator('.note-page .note-content .excerpt').count()).toBe(2);
    expect(await page.getByLabel('Note title').inputValue()).toBe('Canada–France defence partnership');
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('Minister of Foreign Affairs');
    expect(await sectionBody('Purpose').textContent()).toBe('To brief the Minister on the new defence partnership.');
    expect(await sectionBody('Background').textContent()).toBe('Leaders met in Ottawa in September 2024.');
    const note = cli('note', noteId) as { excerpts: Array<{ documentId: string; paragraphs: number[]; text: string }> };
    expect(note.excerpts).toHaveLength(2);
    for (const excerpt of note.excerpts) {
      expect(excerpt.paragraphs).toEqual([8]);
      expect(excerpt.text).toBe(paragraph8.text);
    }
  });

  it('opens the source at ¶ 8 with the passage marked when an excerpt is clicked', async () => {
    await page.locator('.note-page .note-content .excerpt .excerpt-quote').first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/doc\/\w+\/p\/8\?quote=/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(expected.declaration.title);
    await expect.poll(() => page.locator('#p-8').getAttribute('class')).toContain('paragraph--focused');
    const marked = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('precis-excerpt');
      return highlight ? [...highlight].map((r) => r.toString()) : [];
    });
    expect(marked).toEqual([paragraph8.text]);
    const top = await page.locator('#p-8').evaluate((p) => p.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(900);
    await page.screenshot({ path: join(shots, 'excerpt-source.png') });
  });

  it('restores an earlier version, and the restore can be undone', async () => {
    await page.goBack();
    await expect.poll(() => page.locator('.note-page .note-content .excerpt').count()).toBe(2);
    await sectionBody('Purpose').click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByText('Saved a version.').count()).toBe(1);
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'Version history' });
    await expect.poll(() => history.getByRole('button', { name: /^Saved/ }).count()).toBe(1);
    await history.getByRole('button', { name: /^Created/ }).click();
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => page.locator('.note-page .note-content .excerpt').count()).toBe(0);
    expect(await sectionBody('Purpose').textContent()).toBe('');
    expect(await page.getByLabel('Note title').inputValue()).toBe('Briefing note');
    await waitSaved();
    expect((cli('note', noteId) as { excerpts: unknown[] }).excerpts).toHaveLength(0);
    await page.screenshot({ path: join(shots, 'note-history.png') });

    await page.locator('.note-page .note-content').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.note-page .note-content .excerpt').count()).toBe(2);
    expect(await sectionBody('Purpose').textContent()).toBe('To brief the Minister on the new defence partnership.');
    expect(consoleErrors).toEqual([]);
  });
});
