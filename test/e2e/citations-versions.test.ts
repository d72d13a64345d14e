/**
 * End to end (issue 14): citations after a NEW VERSION of the cited document, in Chromium
 * against the real browser-mode server. A note's excerpt of a paragraph that version 2 merged
 * into a longer one says "paragraph merged — review" and where the words are now, though the
 * words are the same; a pack's "Use the newest" on it changes nothing and says why.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../../shared/model/index.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { callFromPage } from './support/page-api.ts';

const shots = join(import.meta.dirname, '..', '..', 'test-results');

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

const V1 = `# Harbour Safety Communiqué

Port authorities met in Saint John to review safety in busy harbours.

Pilots will be required on all tankers entering the inner harbour.

Each port shall keep a spill response team on call at all hours.

Night berthing of cargo ships will be suspended during winter storms.
`;
const V2 = `# Harbour Safety Communiqué

Port authorities met in Saint John to review safety in busy harbours.

Pilots will be required on all tankers entering the inner harbour. Each port shall keep a spill response team on call at all hours.

Night berthing of cargo ships will be suspended during winter storms.
`;

async function importText(fileName: string, text: string, versionOf?: string): Promise<Doc> {
  const dataBase64 = Buffer.from(text, 'utf8').toString('base64');
  const result = await api<{ document: { id: string } }>('documents:import', {
    fileName,
    dataBase64,
    ...(versionOf ? { versionOf } : {}),
  });
  return api<Doc>('documents:get', { id: result.document.id });
}

describe('citations after a new version, in the app', () => {
  it('says merged, with the new number, in the note; "Use the newest" in the pack says why it cannot', async () => {
    const v1 = await importText('harbour.md', V1);
    const cited = v1.sections.flatMap((s) => s.paragraphs).find((p) => p.n === 3)!;
    const note = await api<{ id: string; title: string; status: string; classification: string; fields: unknown }>(
      'notes:create',
      { template: 'blank', title: 'Harbour note' },
    );
    const excerpt = {
      type: 'excerpt',
      version: 1,
      documentId: v1.id,
      documentTitle: v1.title,
      documentDate: v1.date,
      documentVersion: v1.version,
      paragraphs: [{ id: cited.id, label: '3' }],
      text: cited.text,
      origin: 'paragraph',
    };
    const { id, title, status, classification, fields } = note;
    const content = { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [excerpt] } };
    await api('notes:save', { id, title, status, classification, fields, content });
    const pack = await api<{ id: string }>('packs:create', { title: 'Harbour pack' });
    await api('packs:addItem', {
      packId: pack.id,
      spec: { kind: 'excerpt', documentId: v1.id, paragraphIds: [cited.id] },
    });
    await importText('harbour-v2.md', V2, v1.id);

    await page.goto(`${app.url}#/notes/${note.id}`);
    const review = page.locator('.note-content .excerpt-status--warning');
    await expect.poll(() => review.count()).toBe(1);
    await expect
      .poll(() => review.textContent())
      .toMatch(/^paragraph merged — review In version 2 the cited paragraph is part of a longer one \(¶ 2\)\./);
    await review.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'citation-version-merged.png') });

    await page.goto(`${app.url}#/packs/${pack.id}`);
    const item = page.getByRole('list', { name: 'Items, in print order' }).getByRole('listitem').first();
    await item.getByRole('button', { name: 'Use the newest' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.first().textContent())
      .toMatch(/has ¶ 3 of version 1 inside a longer paragraph \(¶ 2\)/);
    expect(await item.textContent()).toMatch(/\(v1\), ¶ 3/);
    await page.screenshot({ path: join(shots, 'pack-use-newest-refused.png') });
    expect(errors).toEqual([]);
  });
});
