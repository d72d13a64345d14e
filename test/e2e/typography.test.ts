/**
 * Typography as one types, in a real Chromium: in a French note, quotes become « » with narrow
 * no-break spaces, the apostrophe ’, and ; ? get their space; in an English note, “ ” and ’.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const NNBSP = '\u202F';
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;

async function api<T>(channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ channel, input, token }) => {
      const response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Precis-Token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    { channel, input, token: app.token },
  );
  return result.value as T;
}

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  await page.goto(app.url);
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Types into the paragraph under the note's first heading and returns that paragraph's text. */
async function typeInFirstSection(noteId: string, text: string): Promise<string> {
  await page.goto(`${app.url}#/notes/${noteId}`);
  const body = page.locator('.note-page .note-content h2').first().locator('xpath=following-sibling::*[1]');
  await body.click();
  await page.keyboard.type(text);
  await expect.poll(() => body.textContent()).not.toBe('');
  return (await body.textContent()) ?? '';
}

describe('typography in the note editor', () => {
  it('writes French guillemets, apostrophes and spacing as one types', async () => {
    const note = await api<{ id: string }>('notes:create', { template: 'fr', title: 'Note' });
    const typed = await typeInFirstSection(note.id, `L'État dit "oui"; vraiment?`);
    expect(typed).toBe(`L’État dit «${NNBSP}oui${NNBSP}»${NNBSP}; vraiment${NNBSP}?`);
  });

  it('writes English curly quotes as one types', async () => {
    const note = await api<{ id: string }>('notes:create', { template: 'en', title: 'Note' });
    const typed = await typeInFirstSection(note.id, `We said "don't".`);
    expect(typed).toBe('We said “don’t”.');
  });
});
