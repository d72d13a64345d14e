/**
 * End to end (issue 14): citations by identity and versions by evidence in Chromium against
 * the real browser-mode server.
 *
 * - After ¶ 2 and ¶ 3 of the sample declaration are merged, a note's excerpt of ¶ 8 shows
 *   ¶ 7; one of ¶ 3 says "paragraph merged — review" with its fixes, and "Keep the old wording"
 *   cites the paragraph that holds it now.
 * - A pack's excerpt of ¶ 3 says the same and "Cite the current paragraphs" fixes it.
 * - Importing a redrafted declaration asks "This looks like a new version of …"; "New version"
 *   makes it version 2.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeWithNext, type Section } from '../../shared/model/index.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { callFromPage } from './support/page-api.ts';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'test-results');
const versions = join(root, 'test', 'fixtures', 'versions');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Calls the API as the page does; throws its error. */
async function api<T>(channel: string, input: unknown): Promise<T> {
  const result = await callFromPage(page, app.token, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value as T;
}

interface Doc {
  id: string;
  title: string;
  date: string | null;
  version: number;
  sections: Section[];
}

describe('citations after a structure correction, in the app', () => {
  it('shows the new number, flags the merged paragraph and applies the chosen fix', async () => {
    const list = await api<Array<{ id: string; kind: string }>>('documents:list', {});
    const doc = await api<Doc>('documents:get', { id: list.find((d) => d.kind === 'declaration')!.id });
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
    const excerpt = (n: number) => ({
      type: 'excerpt',
      version: 1,
      documentId: doc.id,
      documentTitle: doc.title,
      documentDate: doc.date,
      documentVersion: doc.version,
      paragraphs: [{ id: paragraphs[n - 1]!.id, label: String(n) }],
      text: paragraphs[n - 1]!.text,
      origin: 'paragraph',
    });
    const note = await api<{
      id: string;
      title: string;
      status: string;
      classification: string;
      fields: unknown;
    }>('notes:create', { template: 'blank', title: 'Citations after a correction' });
    const content = {
      root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [excerpt(8), excerpt(3)] },
    };
    const { id, title, status, classification, fields } = note;
    await api('notes:save', { id, title, status, classification, fields, content });
    const pack = await api<{ id: string }>('packs:create', { title: 'Pack after a correction' });
    await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: doc.id, paragraphIds: [paragraphs[2]!.id] },
    });

    // Correct structure…: ¶ 2 and ¶ 3 become one paragraph.
    await api('documents:restructure', { id: doc.id, sections: mergeWithNext(doc.sections, 2) });

    await page.goto(`${app.url}#/notes/${note.id}`);
    const citations = page.locator('.note-content .excerpt-citation');
    await expect
      .poll(() => citations.allTextContents())
      .toEqual([`${doc.title} (September 26, 2024), ¶ 7`, `${doc.title} (September 26, 2024), ¶ 2`]);
    const review = page.locator('.excerpt-status--warning');
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.textContent()).toMatch(/^paragraph merged — review/);
    for (const name of ['Update to the current text', 'Keep the old wording', 'Pick again'])
      expect(await review.getByRole('button', { name }).count(), name).toBe(1);
    await review.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'citation-merged-review.png') });

    await review.getByRole('button', { name: 'Keep the old wording' }).click();
    await expect.poll(() => review.count()).toBe(0);
    await expect
      .poll(() => citations.allTextContents())
      .toEqual([`${doc.title} (September 26, 2024), ¶ 7`, `${doc.title} (September 26, 2024), ¶ 2`]);
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved/);
    const saved = await api<{ excerpts: Array<{ status: string; labels: string[] }> }>('notes:get', { id: note.id });
    expect(saved.excerpts.map((e) => [e.status, e.labels])).toEqual([
      ['current', ['7']],
      ['current', ['2']],
    ]);

    await page.goto(`${app.url}#/packs/${pack.id}`);
    const item = page.getByRole('list', { name: 'Items, in print order' }).getByRole('listitem');
    await expect.poll(() => item.first().textContent()).toMatch(/paragraph merged — review/);
    await page.screenshot({ path: join(shots, 'pack-item-merged-review.png') });
    await item.first().getByRole('button', { name: 'Cite the current paragraphs' }).click();
    await expect.poll(() => item.first().textContent()).not.toMatch(/review/);
    expect(await item.first().textContent()).toMatch(/¶ 2/);
    expect(errors).toEqual([]);
  });
});

describe('versions by evidence, in the app', () => {
  it('asks whether a redrafted text is a new version, and makes it one when told', async () => {
    await page.goto(app.url);
    await page.setInputFiles('input[type=file]', join(versions, 'declaration-v1.txt'));
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/doc\//);
    const first = await page.evaluate(() => window.location.hash.split('/')[2]);
    await page.setInputFiles('input[type=file]', join(versions, 'declaration-redraft.txt'));
    const question = page.getByRole('alertdialog');
    await expect.poll(() => question.count()).toBe(1);
    expect(await question.textContent()).toMatch(
      /This looks like a new version of “.*” \(version 1\): \d+% of the paragraphs are the same\./,
    );
    await page.screenshot({ path: join(shots, 'import-version-question.png') });
    await question.getByRole('button', { name: 'New version' }).click();
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/is now version 2 of its document/);
    const redraft = await page.evaluate(() => window.location.hash.split('/')[2]);
    const stored = await api<{ version: number; previousId: string }>('documents:get', { id: redraft });
    expect(stored).toMatchObject({ version: 2, previousId: first });
    expect(errors).toEqual([]);
  });
});
