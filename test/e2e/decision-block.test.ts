/**
 * The note's decision block in the editor (issue 18), in Chromium on the real browser-mode
 * server: one block in the note's language, its choice ticked from the keyboard and saved,
 * insertable into a note that has none (a blank note), and no serious accessibility finding.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api } from './support/network.ts';

let app: RunningBrowserMode;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Node {
  type: string;
  decision?: string | null;
  children?: Node[];
}

async function decisionBlocks(noteId: string): Promise<Node[]> {
  const note = await api<{ content: { root: Node } }>(app, 'notes:get', { id: noteId });
  return (note.content.root.children ?? []).filter((node) => node.type === 'decision-block');
}

describe('the decision block in the editor', () => {
  it('shows the French template’s block in French and saves the choice ticked from the keyboard', async () => {
    const note = await api<{ id: string }>(app, 'notes:create', { template: 'fr' });
    await page.goto(`${app.url}#/notes/${note.id}`);
    const block = page.locator('.decision-block-editor');
    await block.waitFor();
    const choices = block.getByRole('checkbox');
    expect(await block.locator('label').allTextContents()).toEqual([' Approuvé', ' Non approuvé', ' À discuter']);
    await expect
      .poll(() => block.locator('.decision-line').allTextContents())
      .toEqual(['Signature\u00a0:', 'Date\u00a0:']);
    // From the keyboard: focus the choice, Space ticks it.
    await choices.nth(1).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await decisionBlocks(note.id)).map((b) => b.decision)).toEqual(['not-approved']);
    // One choice at a time: ticking another unticks the first.
    await choices.nth(2).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await decisionBlocks(note.id)).map((b) => b.decision)).toEqual(['discuss']);
    expect(await choices.nth(1).isChecked()).toBe(false);
    const results = await new AxeBuilder({ page }).include('.note-content').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('inserts a block into a blank note from the toolbar, in the note’s language', async () => {
    const note = await api<{ id: string }>(app, 'notes:create', { template: 'blank', title: 'Ice roads' });
    await page.goto(`${app.url}#/notes/${note.id}`);
    await page.locator('.note-content').click();
    await page.keyboard.type('That you approve the winter road plan.');
    await page.getByRole('button', { name: 'Insert a decision block' }).click();
    const block = page.locator('.decision-block-editor');
    await block.waitFor();
    expect(await block.locator('label').allTextContents()).toEqual([' Approved', ' Not approved', ' Discuss']);
    await expect.poll(async () => (await decisionBlocks(note.id)).map((b) => b.decision ?? null)).toEqual([null]);
    expect(errors).toEqual([]);
  });
});
