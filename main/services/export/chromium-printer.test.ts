/**
 * One warm Chromium for every export of the process: eight exports at once share one browser
 * process (each in its own context) and each gets its own, whole PDF; the cheaper second pass
 * (page numbers filled into the loaded page) prints the same table of contents as printing the
 * numbered document from scratch.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { chromiumLaunchCount, closeSharedChromium, createChromiumPrinter } from './chromium-printer.ts';
import { printPack } from './export-pack.ts';
import type { PrintPack } from './print-model.ts';
import type { PdfPrinter } from './printer.ts';

function packWith(title: string, sections: number): PrintPack {
  const document = {
    id: 'd1',
    title: 'Joint statement on ports',
    date: '2025-02-01',
    place: 'Halifax',
    issuer: null,
    language: 'en',
  };
  return {
    id: `k-${title}`,
    title,
    audience: 'For the Minister',
    date: '2025-02-03',
    language: 'en',
    classification: 'unclassified',
    preparedBy: 'Policy branch',
    pageSize: 'letter',
    items: [
      {
        kind: 'annex',
        itemId: 'a1',
        document,
        sections: Array.from({ length: sections }, (_, s) => ({
          heading: `Harbour chapter ${s + 1}`,
          paragraphs: Array.from({ length: 12 }, (_, p) => ({
            id: `p${s * 12 + p + 1}`,
            n: s * 12 + p + 1,
            label: String(s * 12 + p + 1),
            text: `Paragraph ${s * 12 + p + 1} of the ${title}: crews, cranes and customs officers will work in shifts. `.repeat(
              4,
            ),
          })),
        })),
      },
    ],
  } as unknown as PrintPack;
}

/** Chromium processes that are children of this process (the browsers launched here). */
function chromiumChildren(): number {
  const out = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], { encoding: 'utf8' });
  return out.split('\n').filter((name) => /chrom/i.test(name)).length;
}

let temp: ReturnType<typeof makeTempDir>;
beforeAll(async () => {
  temp = makeTempDir();
  await closeSharedChromium();
});
afterAll(async () => {
  await closeSharedChromium();
  temp.cleanup();
});

describe('the shared Chromium', () => {
  it('prints eight packs at once in one browser process, each its own PDF', async () => {
    const before = chromiumLaunchCount();
    const titles = Array.from({ length: 8 }, (_, i) => `Port brief ${i + 1}`);
    let seenChildren = 0;
    const printed = await Promise.all(
      titles.map(async (title) => {
        const printer = await createChromiumPrinter();
        try {
          seenChildren = Math.max(seenChildren, chromiumChildren());
          return await printPack(packWith(title, 3), printer);
        } finally {
          await printer.close();
        }
      }),
    );
    expect(chromiumLaunchCount() - before).toBe(1);
    expect(seenChildren).toBe(1);
    printed.forEach((pack, i) => {
      const file = join(temp.dir, `pack-${i}.pdf`);
      writeFileSync(file, pack.bytes);
      const pages = pdfPageTexts(file);
      expect(pages).toHaveLength(pack.pageCount);
      expect(pages.join('\n')).toContain(`Paragraph 36 of the Port brief ${i + 1}`);
    });
    // Still warm: the next export starts no browser.
    const printer = await createChromiumPrinter();
    await printer.close();
    expect(chromiumLaunchCount() - before).toBe(1);
  });

  it('fills the table of contents in the loaded page as a full second print would', async () => {
    const pack = packWith('Harbour brief', 6);
    const warm = await createChromiumPrinter();
    const cold = await createChromiumPrinter();
    // The same printer without the cheap second pass: it prints the numbered HTML from scratch.
    const fromScratch: PdfPrinter = { print: (html) => cold.print(html), close: () => cold.close() };
    try {
      const cheap = await printPack(pack, warm);
      const full = await printPack(pack, fromScratch);
      expect(cheap.html).toBe(full.html);
      expect([...cheap.tocPages]).toEqual([...full.tocPages]);
      const texts = (bytes: Uint8Array, name: string) => {
        const file = join(temp.dir, name);
        writeFileSync(file, bytes);
        return pdfPageTexts(file);
      };
      expect(texts(cheap.bytes, 'cheap.pdf')).toEqual(texts(full.bytes, 'full.pdf'));
      expect(cheap.tocPages.size).toBe(7);
    } finally {
      await warm.close();
      await cold.close();
    }
  });
});
