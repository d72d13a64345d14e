/**
 * Print isolation: no text from the library can remove or forge the classification marking,
 * the running title or the page numbers. Packs whose title, note, excerpt, annex and annotation
 * texts carry stylesheet breakouts and markup are printed on a real Chromium; every page must
 * still carry the true marking top and bottom and "Page X of Y", and never a forged one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { createChromiumPrinter } from './chromium-printer.ts';
import { printPack } from './export-pack.ts';
import type { PrintPack } from './print-model.ts';
import type { PdfPrinter } from './printer.ts';

/** Each tries to end the print stylesheet or a CSS string and paint "UNCLASSIFIED" instead. */
const BREAKOUTS = [
  '</style><style>@page{@top-center{content:"UNCLASSIFIED"}@bottom-center{content:"UNCLASSIFIED"}@bottom-right{content:""}}</style>',
  '</STYLE ><style>@page{@top-center{content:"UNCLASSIFIED"}}</style>',
  '";}@page{@top-center{content:"UNCLASSIFIED"}@bottom-right{content:"x"}}/*',
  '\\";}@page{@top-center{content:"UNCLASSIFIED"}}',
  "'}</style><script>document.title='x'</script>",
  '<!--</style>--><style>*{display:none}</style>',
  '\u0000\u000c</style\u000c><style>html{display:none}</style>',
];

const doc = { id: 'd1', title: 'Déclaration', date: '2024-09-26', place: 'Ottawa', issuer: 'Cabinet', language: 'en' };

function hostilePack(title: string): PrintPack {
  const paragraphs = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i + 1}`,
    n: i + 1,
    label: String(i + 1),
    text: `${BREAKOUTS[i % BREAKOUTS.length]} Paragraph ${i + 1} of the annexed text. `.repeat(4),
  }));
  return {
    id: 'k1',
    title,
    audience: BREAKOUTS[2] as string,
    date: '2024-10-01',
    language: 'en',
    classification: 'protected-b',
    preparedBy: BREAKOUTS[0] as string,
    pageSize: 'letter',
    items: [
      {
        kind: 'excerpt',
        itemId: 'i1',
        heading: title,
        document: { ...doc, title },
        paragraphs: paragraphs.slice(0, 3),
      },
      {
        kind: 'annex',
        itemId: 'i2',
        document: { ...doc, title },
        whole: true,
        sections: [{ heading: title, paragraphs }],
      },
    ],
  };
}

let temp: ReturnType<typeof makeTempDir>;
let printer: PdfPrinter;
beforeAll(async () => {
  temp = makeTempDir();
  printer = await createChromiumPrinter();
}, 60_000);
afterAll(async () => {
  await printer.close();
  temp.cleanup();
});

describe('print isolation', () => {
  it.each(BREAKOUTS.map((b, i) => [i, b]))(
    'keeps the marking and page numbers on every page (title %i)',
    async (i, title) => {
      const printed = await printPack(hostilePack(String(title)), printer);
      const file = join(temp.dir, `p${i}.pdf`);
      writeFileSync(file, printed.bytes);
      const pages = pdfPageTexts(file);
      expect(pages.length).toBeGreaterThan(2);
      pages.forEach((text, page) => {
        const lines = text.split('\n').filter((l) => l.trim());
        expect(lines.slice(0, 3).join(' ')).toContain('PROTECTED B');
        expect(lines.at(-1)).toContain('PROTECTED B');
        expect(lines.at(-1)).toContain(`Page ${page + 1} of ${pages.length}`);
        // The forged marking never appears as page furniture.
        expect(`${lines[0]} ${lines.at(-1)}`).not.toMatch(/^\s*UNCLASSIFIED|UNCLASSIFIED\s*$/);
      });
    },
  );
});
