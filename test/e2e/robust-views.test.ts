/**
 * One bad item never blanks the app (issue 19, finding 4). A 75 KB comment that is nothing but
 * nesting is refused by the API; one already in the store (an older Précis, another tool) shows
 * as its text. A view that fails anyway (here a note holding a node type this version does not
 * know) says which view failed, in the interface's language, and navigation and every other view
 * keep working.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAnnotationStyle } from '../../main/services/store/annotations.store.ts';
import { openStore } from '../../main/services/store/database.ts';
import { saveNote } from '../../main/services/store/notes.store.ts';
import { deeplyNestedComment, paragraph, root, textNode } from '../support/lexical-json.ts';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';
import { api, callApi } from './support/network.ts';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startBrowserMode();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Writes straight into the store, as another program (or an older Précis) could have. */
function inStore<T>(write: (db: ReturnType<typeof openStore>['db']) => T): T {
  const store = openStore(app.storeDir);
  try {
    return write(store.db);
  } finally {
    store.db.close();
  }
}

describe('robust views', () => {
  it('refuses a deep comment, shows a stored one as text, and keeps the app alive when a view fails', async () => {
    const text = 'Joint statement on rivers\n\nThe members agree to protect rivers.\n\nThey will meet again.\n';
    const imported = await api<{ document: { id: string } }>(app, 'documents:import', {
      fileName: 'rivers.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    const documentId = imported.document.id;
    const deep = deeplyNestedComment(75_000);
    const comment = { lexical: deep, text: 'the bottom of a deep comment' };

    const refused = await callApi(app, 'annotations:create', {
      documentId,
      target: { type: 'paragraph', n: 1 },
      comment,
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(/nested too deeply/);

    const annotation = await api<{ id: string }>(app, 'annotations:create', {
      documentId,
      target: { type: 'paragraph', n: 1 },
      comment: { lexical: JSON.stringify(root([paragraph([textNode('a short comment')])])), text: 'a short comment' },
    });
    inStore((db) => updateAnnotationStyle(db, annotation.id, { comment }, new Date().toISOString()));

    await page.goto(`${app.url}#/doc/${documentId}`);
    await page.locator('main h1', { hasText: 'Joint statement on rivers' }).waitFor();
    await page.getByText('the bottom of a deep comment').first().waitFor();
    expect(await page.locator('.view-failed').count()).toBe(0);

    // A note this version cannot open in its editor (a node type it does not know).
    const note = await api<{ id: string; fields: unknown }>(app, 'notes:create', {
      template: 'blank',
      title: 'Odd note',
    });
    inStore((db) =>
      saveNote(db, note.id, {
        title: 'Odd note',
        status: 'draft',
        classification: 'unclassified',
        fields: note.fields as never,
        content: root([paragraph([textNode('before')]), { type: 'poll', version: 1, children: [] }]) as never,
      }),
    );
    await page.goto(`${app.url}#/notes/${note.id}`);
    const failed = page.locator('.view-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('The briefing notes view could not be shown.');
    // The sidebar and navigation still work, and so do the other views.
    await page.locator('nav a', { hasText: 'Briefing packs' }).first().click();
    await page.locator('main h1, main h2').first().waitFor();
    expect(await page.locator('.view-failed').count()).toBe(0);
    await page.locator('.app-side').getByText('Joint statement on rivers').first().click();
    await page.locator('main h1', { hasText: 'Joint statement on rivers' }).waitFor();

    // In French too.
    await api(app, 'settings:set', { language: 'fr' });
    await page.goto(`${app.url}#/notes/${note.id}`);
    await page.locator('.view-failed').waitFor();
    expect(await page.locator('.view-failed').textContent()).toContain(
      'Impossible d’afficher la vue des notes de breffage.',
    );
  }, 120_000);
});
