/**
 * Import speed: the seed page, a generated 1,000-paragraph document, a generated 200-page PDF,
 * and our HTML import beside Mozilla Readability's own time on the same HTML.
 *
 * The 200-page PDF is written once into os.tmpdir() by the small pure-JS PDF writer in
 * main/services/import/testing/pdf-writer.ts (Helvetica text, running head and page-number footer), so
 * the benchmark needs neither LibreOffice nor network.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { importDocument } from '../main/services/import/index.ts';
import { parseHtml } from '../main/services/import/readers/dom.ts';
import { flowPdf } from '../main/services/import/testing/pdf-writer.ts';
import type { FlowBlock } from '../main/services/import/testing/pdf-writer.ts';
import { measure } from './measure.ts';
import type { BenchRow } from './measure.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const SEED = join(root, 'test/fixtures/seeds/000_d25fcedbea39ba45.txt');

const SENTENCES = [
  'The parties reaffirmed their commitment to the principles set out in the founding charter.',
  'Officials will report on progress at the next ministerial meeting.',
  'Cooperation on research, training and the exchange of information will be strengthened.',
  'Both sides underlined the importance of transparency and accountability in public institutions.',
  'Funding for the joint programme will be reviewed annually on the basis of agreed indicators.',
];

function paragraph(i: number): string {
  const a = SENTENCES[i % SENTENCES.length] ?? '';
  const b = SENTENCES[(i * 7 + 3) % SENTENCES.length] ?? '';
  return `Paragraph ${i + 1}. ${a} ${b}`;
}

/** A plain-text document: a title, then a heading every 20 paragraphs. */
function thousandParagraphs(): Uint8Array {
  const parts = ['Joint Declaration on Long-Term Cooperation'];
  for (let i = 0; i < 1000; i++) {
    if (i % 20 === 0) parts.push(`Chapter ${i / 20 + 1} commitments`);
    parts.push(paragraph(i));
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}

/** 200 A4 pages of wrapped text with headings, a running head and page numbers. */
function twoHundredPagePdf(): { path: string; bytes: Uint8Array } {
  const path = join(tmpdir(), 'precis-bench-200-pages-v1.pdf');
  if (!existsSync(path)) {
    const blocks: FlowBlock[] = [{ text: 'Compendium of Council Statements', heading: true }];
    // About 6 paragraphs of 6 lines per page.
    for (let i = 0; i < 1200; i++) {
      if (i % 12 === 0) blocks.push({ text: `Statement ${i / 12 + 1}`, heading: true });
      blocks.push({ text: `${paragraph(i)} ${paragraph(i + 1)} ${paragraph(i + 2)}` });
    }
    let bytes = flowPdf(blocks, { header: 'Council Statements — Compendium', footer: (p, t) => `Page ${p} of ${t}` });
    // Top up with more text until the writer produces at least 200 pages.
    let extra = 0;
    while (pageCount(bytes) < 200) {
      extra += 100;
      for (let i = 0; i < 100; i++) blocks.push({ text: `${paragraph(i + extra)} ${paragraph(i + extra + 1)}` });
      bytes = flowPdf(blocks, { header: 'Council Statements — Compendium', footer: (p, t) => `Page ${p} of ${t}` });
    }
    writeFileSync(path, bytes);
  }
  return { path, bytes: new Uint8Array(readFileSync(path)) };
}

function pageCount(bytes: Uint8Array): number {
  return Number(/\/Count (\d+)/.exec(Buffer.from(bytes).toString('latin1'))?.[1] ?? 0);
}

/** The seed page as a saved HTML page: bulleted lines as menus, other lines as paragraphs. */
function seedAsHtml(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = lines
    .filter((l) => l.trim() !== '')
    .map((l) => (/^\s+/.test(l) ? `<li><a href="#">${esc(l.trim())}</a></li>` : `<p>${esc(l)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title></head><body><div class="page">${body}</div></body></html>`;
}

export async function importBenchRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const seed = new Uint8Array(readFileSync(SEED));
  rows.push({
    name: 'import seed page (text dump, 284 lines)',
    ...(await measure(() => importDocument({ fileName: 'seed.txt', bytes: seed }), { runs: 30, warmup: 5 })),
    target_ms: 20,
  });

  const thousand = thousandParagraphs();
  rows.push({
    name: 'import generated 1,000-paragraph text',
    ...(await measure(() => importDocument({ fileName: 'long.txt', bytes: thousand }), { runs: 10, warmup: 2 })),
    target_ms: 200,
  });

  const pdf = twoHundredPagePdf();
  const pages = pageCount(pdf.bytes);
  rows.push({
    name: `import generated ${pages}-page PDF`,
    ...(await measure(() => importDocument({ fileName: 'compendium.pdf', bytes: pdf.bytes }), { runs: 3, warmup: 1 })),
    target_ms: 5000,
    note: `pure-JS PDF writer, cached at ${pdf.path}`,
  });

  const html = seedAsHtml();
  const htmlBytes = new TextEncoder().encode(html);
  const readability = await measure(() => new Readability(parseHtml(html)).parse(), { runs: 20, warmup: 3 });
  rows.push({
    name: 'import seed page as HTML (sanitize + Readability + structure)',
    ...(await measure(() => importDocument({ fileName: 'seed.html', bytes: htmlBytes }), { runs: 20, warmup: 3 })),
    alternative: { name: 'Readability alone (parse + Readability.parse)', median_ms: readability.median_ms },
  });
  return rows;
}
