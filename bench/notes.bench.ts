/**
 * Note editor speed, in Chromium against the real browser-mode server (needs `npm run build`):
 * typing latency (keydown to the frame after it is painted) and opening a 50-page note.
 */
import type { NoteContent, SerializedNoteNode } from '../shared/notes/content-schema.ts';
import { headingNode, paragraphNode } from '../shared/notes/templates.ts';
import { startBrowserMode } from '../test/e2e/support/browser-mode.ts';
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { percentile, type BenchRow } from './measure.ts';

/** About 500 words per printed page: 50 pages ≈ 25,000 words. */
const PAGES = 50;
const WORDS_PER_PARAGRAPH = 100;
const PARAGRAPHS = (PAGES * 500) / WORDS_PER_PARAGRAPH;

const VOCABULARY =
  'canada france defence security partnership cooperation ukraine support minister officials ' +
  'agreement framework capacity operations training exercises maritime cyber resilience allies'.split(' ');

function bigNote(): NoteContent {
  const children: SerializedNoteNode[] = [];
  let word = 0;
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i % 25 === 0) children.push(headingNode(`Section ${i / 25 + 1}`));
    const words: string[] = [];
    for (let w = 0; w < WORDS_PER_PARAGRAPH; w++) words.push(VOCABULARY[word++ % VOCABULARY.length] as string);
    children.push(paragraphNode(`${words.join(' ')}.`));
  }
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } };
}

async function api(app: { origin: string; token: string }, channel: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${app.origin}/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Precis-Token': app.token, Origin: app.origin },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

export async function notesBenchRows(): Promise<BenchRow[]> {
  const app = await startBrowserMode();
  const browser = await launchChromium();
  try {
    const note = (await api(app, 'notes:create', { template: 'blank', title: 'Fifty pages' })) as {
      id: string;
      fields: unknown;
    };
    await api(app, 'notes:save', {
      id: note.id,
      title: 'Fifty pages',
      status: 'draft',
      classification: 'unclassified',
      fields: note.fields,
      content: bigNote(),
    });
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(`${app.url}#/notes`);
    await page.waitForSelector('.notes-table');

    // Opening: from the notes list to the whole note rendered in the editor.
    const blocks = PARAGRAPHS + PARAGRAPHS / 25;
    const openTimes: number[] = [];
    for (let run = 0; run < 6; run++) {
      const ms = await page.evaluate(
        ({ id, blocks }) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            window.location.hash = `#/notes/${id}`;
            const check = () => {
              const content = document.querySelector('.note-page .note-content');
              if (content && content.childElementCount >= blocks)
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
              else requestAnimationFrame(check);
            };
            check();
          }),
        { id: note.id, blocks },
      );
      if (run > 0) openTimes.push(ms);
      await page.evaluate(() => (window.location.hash = '#/notes'));
      await page.waitForSelector('.notes-table');
    }
    openTimes.sort((a, b) => a - b);

    // Typing: keydown → the frame after the change is painted, in the middle of the note.
    await page.evaluate((id) => (window.location.hash = `#/notes/${id}`), note.id);
    await page.waitForFunction(
      (blocks) => (document.querySelector('.note-page .note-content')?.childElementCount ?? 0) >= blocks,
      blocks,
    );
    const middle = page.locator('.note-page .note-content > p').nth(Math.floor(PARAGRAPHS / 2));
    await middle.click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { latencies: number[] }).latencies = samples;
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start)));
        },
        true,
      );
    });
    // Paced like a fast typist (about 12 keys a second), so keys do not queue behind each other.
    await page.keyboard.type(' and the partners will meet again in the spring to review progress'.repeat(3), {
      delay: 80,
    });
    const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort(
      (a, b) => a - b,
    );
    await page.close();
    return [
      {
        name: `type in a ${PAGES}-page note (keydown → painted), p95`,
        median_ms: percentile(latencies, 50),
        p95_ms: percentile(latencies, 95),
        target_ms: 16,
        target_on: 'p95',
        note: `${latencies.length} keys, typed at ~12 keys/s with autosave running`,
      },
      {
        name: `open a ${PAGES}-page note (list → rendered)`,
        median_ms: percentile(openTimes, 50),
        p95_ms: percentile(openTimes, 95),
        target_ms: 300,
        note: `${PARAGRAPHS} paragraphs, ~${PAGES * 500} words; includes notes:get`,
      },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
