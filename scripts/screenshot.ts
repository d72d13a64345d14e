/**
 * `npm run screenshot`: the README's picture, taken in browser mode with Debian's Chromium —
 * a fresh sample library, the sample declaration open with its sections.
 */
import { join } from 'node:path';
import { startBrowserMode } from '../test/e2e/support/browser-mode.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';

const out = join(import.meta.dirname, '..', 'docs', 'screenshot.png');
const app = await startBrowserMode();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(app.url);
  await page.locator('.library-item', { hasText: 'Declaration' }).first().click();
  await page.locator('article h2').first().waitFor();
  await page.screenshot({ path: out });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  await app.stop();
}
