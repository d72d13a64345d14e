/** Pages and documents of other shapes than the samples (test/fixtures/import/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { flowPdf } from './testing/pdf-writer.ts';
import type { FlowBlock } from './testing/pdf-writer.ts';
import { importDocument } from './index.ts';
import { warmReaders } from './testing/warm-readers.ts';

// The HTML, PDF and DOCX readers load their parsers on first use, within each import's
// 10-second limit: load them first, so a busy machine does not turn loading into a timeout.
beforeAll(warmReaders);

const dir = fileURLToPath(new URL('../../../test/fixtures/import/', import.meta.url));

async function load(file: string, mediaType?: string) {
  const input = { fileName: file, bytes: new Uint8Array(readFileSync(dir + file)) };
  return importDocument(mediaType ? { ...input, mediaType } : input);
}

const headings = (d: StructuredDocument): Array<string | null> => d.sections.map((s) => s.heading);
const paragraphs = (d: StructuredDocument): string[] => d.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const allText = (d: StructuredDocument): string => [d.title, ...headings(d), ...paragraphs(d)].join('\n');

describe('news site page dump (cookie banner, menus, ads, most-read list, comments)', () => {
  it('keeps only the article, with publisher and date', async () => {
    const { document: d, mediaType } = await load('news-dump.txt');
    expect(mediaType).toBe('text/plain');
    expect(d.title).toBe('Ports agree to share shipping data to cut emissions in the North Atlantic');
    expect(d.kind).toBe('news');
    expect(d.language).toBe('en');
    expect(d.date).toBe('2025-03-04');
    expect(d.issuer).toBe('The Northern Ledger');
    expect(headings(d)).toEqual([null]);
    const texts = paragraphs(d);
    expect(texts).toHaveLength(7);
    expect(texts[0]).toBe(
      'Eleven ports on both sides of the North Atlantic agreed on Tuesday to pool their shipping data in a bid to cut emissions from vessels waiting at anchor.',
    );
    expect(texts[6]).toBe('The ports will report on progress at their next meeting in Rotterdam in the autumn.');
    for (const cruft of [
      'Advertisement',
      'Most read',
      '12 Comments',
      'By Maria Chen',
      'Accept all',
      '5 min read',
      'Share on X',
    ]) {
      expect(allText(d)).not.toContain(cruft);
    }
  });
});

describe('French declaration page dump (French dateline and cruft)', () => {
  it('has title, French metadata, three sections and nine paragraphs', async () => {
    const { document: d } = await load('declaration-fr.txt');
    expect(d.title).toBe('Déclaration commune sur la protection des océans et de la biodiversité marine');
    expect(d.kind).toBe('declaration');
    expect(d.language).toBe('fr');
    expect(d.date).toBe('2025-03-12');
    expect(d.place).toBe('Brest');
    expect(d.issuer).toBe('Ministère de la Mer et de la Biodiversité');
    expect(headings(d)).toEqual([
      null,
      'Protéger les aires marines',
      'Lutter contre la pêche illégale',
      'Financer la recherche et l’innovation',
    ]);
    expect(d.sections.map((s) => s.paragraphs.length)).toEqual([3, 2, 2, 2]);
    expect(d.sections[2]?.paragraphs[1]).toMatchObject({
      n: 7,
      text: 'Nous appelons tous les États à ratifier et à appliquer pleinement l’Accord relatif aux mesures du ressort de l’État du port.',
    });
    for (const cruft of [
      'Partager',
      'Se connecter',
      'Articles similaires',
      'Panier',
      'infolettre',
      'Votre adresse e-mail',
      'Pêche : le conseil',
    ]) {
      expect(allText(d)).not.toContain(cruft);
    }
  });
});

describe('saved HTML page with nav, aside, footer, scripts, iframes, handlers and javascript: links', () => {
  it('keeps the statement, as text only', async () => {
    const { document: d, mediaType } = await load('saved-page.html');
    expect(mediaType).toBe('text/html');
    expect(d.title).toBe('Joint Statement on Coastal Resilience');
    expect(d.kind).toBe('declaration');
    expect(d.date).toBe('2025-01-15');
    expect(d.issuer).toBe('Ministry of Coastal Affairs');
    expect(headings(d)).toEqual([null, 'Protecting communities', 'Restoring natural defences', 'Next steps']);
    expect(paragraphs(d)).toHaveLength(7);
    expect(paragraphs(d)[4]).toBe(
      'Salt marshes, dunes and eelgrass meadows absorb wave energy and store carbon. We will restore at least 2,000 hectares of these habitats over the next five years.',
    );
    const text = allText(d);
    for (const bad of [
      'alert',
      'tracker',
      'Injected',
      'javascript',
      'steal',
      'cookie',
      'Related news',
      'Sign in',
      'Home',
      'newsletter',
      '©',
      'Click here',
      'enable JavaScript',
      '<',
    ]) {
      expect(text).not.toContain(bad);
    }
  });

  it('reads clipboard HTML by its media type', async () => {
    const html =
      '<p>First pasted paragraph, with <b>bold</b> text.</p><p onclick="x()">Second pasted paragraph.</p><script>alert(1)</script>';
    const { document: d, mediaType } = await importDocument({
      fileName: 'Clipboard',
      bytes: new TextEncoder().encode(html),
      mediaType: 'text/html',
    });
    expect(mediaType).toBe('text/html');
    expect(paragraphs(d)).toEqual(['First pasted paragraph, with bold text.', 'Second pasted paragraph.']);
  });
});

describe('numbered headings, hard-wrapped plain text', () => {
  it('joins wrapped lines, finds numbered headings and a place-first dateline', async () => {
    const { document: d } = await load('numbered-communique.txt');
    expect(d.title).toBe('Communiqué of the Fifth Ministerial Meeting on Water Security');
    expect(d.kind).toBe('declaration');
    expect(d.date).toBe('2024-11-18');
    expect(d.place).toBe('Geneva');
    expect(headings(d)).toEqual([null, '1. Introduction', '2. Shared commitments', '3. Financing', '4. Next steps']);
    expect(d.sections.map((s) => s.paragraphs.length)).toEqual([1, 2, 2, 1, 1]);
    expect(paragraphs(d)[0]).toBe(
      'The ministers responsible for water resources of the participating states met in Geneva to review progress since their last meeting and to agree on priorities for the coming two years.',
    );
    expect(d.sections[4]?.paragraphs[0]?.n).toBe(7);
  });
});

describe('Markdown', () => {
  it('uses the # heading as title and ## headings as sections', async () => {
    const { document: d, mediaType } = await load('briefing.md');
    expect(mediaType).toBe('text/markdown');
    expect(d.title).toBe('Briefing note: Arctic research cooperation');
    expect(d.place).toBe('Ottawa');
    expect(d.date).toBe('2025-02-03');
    expect(headings(d)).toEqual([null, 'Summary', 'Background', 'Recommendations', 'Next steps']);
    expect(paragraphs(d)).toHaveLength(10);
    expect(paragraphs(d)[0]).toBe('Prepared for the deputy minister ahead of the bilateral meeting on polar science.');
    expect(paragraphs(d)).toContain('Data from the shared stations is published under an open licence.');
    expect(allText(d)).not.toMatch(/\*\*|\]\(|^#/m);
  });
});

describe('DOCX (made with LibreOffice)', () => {
  it('uses Word headings for the title and sections', async () => {
    const { document: d, mediaType } = await load('memo.docx');
    expect(mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(d.title).toBe('Note d’information : coopération franco-québécoise en santé numérique');
    expect(d.language).toBe('fr');
    expect(headings(d)).toEqual([null, 'I. Contexte', 'II. Propositions', 'III. Calendrier']);
    expect(d.sections.map((s) => s.paragraphs.length)).toEqual([1, 2, 2, 1]);
    expect(d.sections[3]?.paragraphs[0]).toMatchObject({
      n: 6,
      text: 'Le projet pilote pourrait débuter à l’automne, après validation par les deux ministres.',
    });
  });
});

describe('PDF', () => {
  it('reads a LibreOffice PDF: wrapped title, numbered headings, dateline', async () => {
    const { document: d, mediaType } = await load('statement.pdf');
    expect(mediaType).toBe('application/pdf');
    expect(d.title).toBe('Statement of the Council on Research Infrastructure Cooperation');
    expect(d.kind).toBe('declaration');
    expect(d.date).toBe('2024-06-06');
    expect(d.place).toBe('Lisbon');
    expect(headings(d)).toEqual([null, 'I. Context', 'II. Commitments', 'III. Implementation']);
    expect(d.sections.map((s) => s.paragraphs.length)).toEqual([0, 3, 4, 3]);
    expect(paragraphs(d)[3]).toBe(
      'Members commit to opening their national research infrastructure to researchers from all member states on the basis of scientific merit, with transparent and published access rules.',
    );
  });

  it('drops running heads and page numbers, joins paragraphs across pages, reports progress per page', async () => {
    const blocks: FlowBlock[] = [{ text: 'Annual Report of the Inland Waterways Board', heading: true }];
    for (let s = 1; s <= 3; s++) {
      blocks.push({ text: `Part ${s} review`, heading: true });
      for (let p = 1; p <= 8; p++) {
        blocks.push({
          text: `Item ${s}.${p}: the board reviewed traffic on waterway ${s * 10 + p}, where lock maintenance, dredging and the condition of towpaths determined how many barges could pass in each season of the year under review.`,
        });
      }
    }
    const bytes = flowPdf(blocks, {
      header: 'Inland Waterways Board — Annual Report',
      footer: (p, t) => `Page ${p} of ${t}`,
    });
    const fractions: number[] = [];
    const { document: d } = await importDocument(
      { fileName: 'report.pdf', bytes },
      { onProgress: (f) => fractions.push(f) },
    );
    expect(d.title).toBe('Annual Report of the Inland Waterways Board');
    expect(headings(d)).toEqual([null, 'Part 1 review', 'Part 2 review', 'Part 3 review']);
    expect(paragraphs(d)).toHaveLength(24);
    expect(paragraphs(d)[23]).toMatch(/^Item 3\.8: the board .* under review\.$/);
    expect(allText(d)).not.toMatch(/Page \d+ of|Annual Report\n|Waterways Board — Annual/);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});
