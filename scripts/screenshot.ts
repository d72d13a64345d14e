/**
 * `npm run screenshot`: the README's picture, taken in browser mode with Debian's Chromium —
 * a fresh sample library, the sample declaration open with its outline and annotations docked
 * beside the text, two annotations (a tagged highlight, a paragraph marked as a risk).
 */
import { join } from 'node:path';
import { startBrowserMode } from '../test/e2e/support/browser-mode.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { api } from '../test/e2e/support/network.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshot.png');
const app = await startBrowserMode();
const browser = await launchChromium();
try {
  const documents = await api<Array<{ id: string; kind: string }>>(app, 'documents:list', {});
  const declaration = documents.find((d) => d.kind === 'declaration')?.id ?? '';
  const document = await api<{ sections: Array<{ paragraphs: Array<{ n: number; text: string }> }> }>(
    app,
    'documents:get',
    { id: declaration },
  );
  // A passage from the sample itself (its third paragraph's opening words), so nothing here names it.
  const third = document.sections.flatMap((s) => s.paragraphs).find((p) => p.n === 3)?.text ?? '';
  const passage = third.split(' ').slice(0, 8).join(' ');
  await api(app, 'annotations:create', {
    documentId: declaration,
    target: { type: 'quote', exact: passage },
    color: 'yellow',
    tags: ['commitments', 'follow-up'],
  });
  await api(app, 'annotations:create', {
    documentId: declaration,
    target: { type: 'paragraph', n: 5 },
    color: 'red',
    tags: ['risk'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(`${app.url}#/doc/${declaration}`);
  await page.locator('article h2').first().waitFor();
  await page.locator('.annotation-card').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await app.stop();
}
