/**
 * End to end in French: the language selector switches the whole interface at once (no
 * reload), every main view reads in French, dates are written the French way, and the choice
 * is remembered across a reload. Screenshots of each view go to test-results/fr-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { startBrowserMode, type RunningBrowserMode } from './support/browser-mode.ts';

const root = join(import.meta.dirname, '..', '..');
const expected = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'seeds', 'expected.json'), 'utf8')) as {
  declaration: { title: string };
  news: { title: string };
};
const shots = join(root, 'test-results');

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  app = await startBrowserMode();
  browser = await launchChromium();
  // An English browser: French must come from the selector, not from the system.
  page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-CA' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const shot = (name: string) => page.screenshot({ path: join(shots, `fr-${name}.png`) });
const main = () => page.locator('#main');

describe('Précis in French', () => {
  it('switches from English to French with the language selector, without reloading', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('navigation', { name: 'Library' }).count()).toBe(1);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.getByLabel('Interface language').selectOption('fr');
    await expect.poll(() => page.getByRole('navigation', { name: 'Bibliothèque' }).count()).toBe(1);
    // Same page, same JavaScript: the switch took effect without a reload.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const nav = page.getByRole('navigation', { name: 'Principale' });
    for (const name of ['Bibliothèque', 'Notes de breffage', 'Dossiers d’information', 'Recherche']) {
      expect(await nav.getByRole('link', { name }).count(), name).toBe(1);
    }
    expect(await nav.getByRole('link', { name: 'Bibliothèque' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows the library table in French', async () => {
    await expect.poll(() => main().getByRole('heading', { name: 'Bibliothèque', level: 1 }).count()).toBe(1);
    const table = main().getByRole('table');
    for (const column of ['Titre', 'Type', 'Date', 'Langue', 'Annotations', 'Importé le']) {
      expect(await table.getByRole('button', { name: column, exact: true }).count(), column).toBe(1);
    }
    expect(await table.getByRole('cell', { name: 'Déclaration', exact: true }).count()).toBeGreaterThan(0);
    expect(await table.getByText('26 septembre 2024').count()).toBeGreaterThan(0);
    await shot('library');
  });

  it('reads a document in French: dateline, outline and annotations panel', async () => {
    await page
      .getByRole('navigation', { name: 'Bibliothèque' })
      .getByRole('link', { name: new RegExp(expected.declaration.title) })
      .click();
    await expect.poll(() => page.locator('.dateline').textContent()).toContain('26 septembre 2024');
    // At this width the outline waits behind its button (the annotations keep their place).
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    const panel = page.getByRole('complementary', { name: /Annotations/ });
    expect(await panel.getByRole('group', { name: 'Filtrer les annotations' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Exporter en Markdown' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Paragraphe 1 : annoter' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Corriger la structure…' }).count()).toBe(1);
    await shot('reader');
  });

  it('annotates in French: the selection toolbar and colour names', async () => {
    await page.getByRole('button', { name: 'Paragraphe 2 : annoter' }).click();
    const toolbar = page.getByRole('toolbar', { name: 'Annoter ¶ 2' });
    await expect.poll(() => toolbar.count()).toBe(1);
    await toolbar.getByRole('button', { name: 'Surligner ¶ 2\u00a0: Engagement clé' }).click();
    const panel = page.getByRole('complementary', { name: /Annotations/ });
    await expect.poll(() => panel.locator('.annotation-card').count()).toBe(1);
    expect(await panel.locator('.annotation-color-label').first().textContent()).toBe('Engagement clé');
    expect(await panel.getByRole('button', { name: 'Modifier' }).count()).toBe(1);
    await shot('annotations');
  });

  it('copies a passage with its citation dated in French, and says how to drag a paragraph in French', async () => {
    const number = page.locator('article [data-paragraph-id] .paragraph-number').nth(2);
    await expect.poll(() => number.getAttribute('title')).toBe('Glisser dans une note pour citer ce paragraphe');
    const copied = await page.evaluate(() => {
      const paragraph = document.querySelectorAll('article [data-paragraph-id]')[2];
      const text = [...(paragraph?.childNodes ?? [])].find(
        (node) => !(node as Element).classList?.contains('paragraph-number'),
      );
      const range = document.createRange();
      range.selectNodeContents(text ?? paragraph!);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const data = new DataTransfer();
      paragraph!.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      selection.removeAllRanges();
      return { text: data.getData('text/plain'), html: data.getData('text/html') };
    });
    expect(copied.text).toContain('26 septembre 2024');
    expect(copied.text).not.toContain('September');
    expect(copied.html).toContain('26 septembre 2024');
  });

  it('lists notes and starts one from the French template', async () => {
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Notes de breffage' }).click();
    await expect.poll(() => main().getByRole('heading', { name: 'Notes de breffage' }).count()).toBe(1);
    await shot('notes-list');
    await page.getByRole('button', { name: 'Nouvelle note de breffage' }).click();
    await expect.poll(() => page.getByLabel('Titre de la note').count()).toBe(1);
    expect(await page.getByLabel('Titre de la note').inputValue()).toBe('Note de breffage');
    expect(await page.getByLabel('Numéro de dossier').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Enregistrer une version' }).count()).toBe(1);
    expect(await page.getByRole('toolbar', { name: 'Mise en forme' }).count()).toBe(1);
    await shot('note');
  });

  it('shows briefing packs in French', async () => {
    await page
      .getByRole('navigation', { name: 'Principale' })
      .getByRole('link', { name: 'Dossiers d’information' })
      .click();
    await page.getByRole('button', { name: 'Dossier exemple' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Éléments, dans l’ordre d’impression' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Ajouter un élément' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Exporter en PDF' }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Classification' }).textContent()).toContain('NON CLASSIFIÉ');
    await shot('packs');
  });

  it('searches in French', async () => {
    await page.getByRole('searchbox', { name: 'Tout rechercher' }).fill('défense');
    await expect
      .poll(() =>
        main()
          .getByText(/\d+ résultats?/)
          .count(),
      )
      .toBeGreaterThan(0);
    await shot('search');
  });

  it('checks quotes in French', async () => {
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Bibliothèque' }).click();
    await page
      .getByRole('navigation', { name: 'Bibliothèque' })
      .getByRole('link', { name: new RegExp(expected.news.title) })
      .click();
    await page.getByRole('link', { name: 'Vérifier les citations' }).click();
    await expect.poll(() => main().getByText('Vérification des citations').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        main()
          .getByText(/\d+ citations?/)
          .count(),
      )
      .toBeGreaterThan(0);
    await shot('quotes');
  });

  it('remembers French after a reload', async () => {
    await page.reload();
    await expect.poll(() => page.getByRole('navigation', { name: 'Bibliothèque' }).count()).toBe(1);
    expect(await page.getByLabel('Langue de l’interface').inputValue()).toBe('fr');
    expect(pageErrors).toEqual([]);
  });
});
