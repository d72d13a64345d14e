/**
 * Issue 13's failure shapes, each pinned with an invented document (test/fixtures/import-shapes/,
 * and PDFs and DOCX generated here): site intros, wire datelines, demoted or stamped titles,
 * issuers, dates, headings with menu words, run-in headings, PDF furniture and footnotes,
 * Markdown end marks, Word's own numbers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { paragraphLabel } from '../../../shared/model/index.ts';
import { importDocument } from './index.ts';
import { warmReaders } from './testing/warm-readers.ts';
import { writeDocx } from './testing/docx-writer.ts';
import { resolutionPdf } from './testing/resolution-pdf.ts';

// The HTML, PDF and DOCX readers load their parsers on first use, within each import's
// 10-second limit: load them first, so a busy machine does not turn loading into a timeout.
beforeAll(warmReaders);

const dir = fileURLToPath(new URL('../../../test/fixtures/import-shapes/', import.meta.url));

async function load(file: string): Promise<StructuredDocument> {
  return (await importDocument({ fileName: file, bytes: new Uint8Array(readFileSync(dir + file)) })).document;
}

const paragraphs = (d: StructuredDocument) => d.sections.flatMap((s) => s.paragraphs);
const texts = (d: StructuredDocument) => paragraphs(d).map((p) => p.text);
const headings = (d: StructuredDocument) => d.sections.map((s) => s.heading).filter((h) => h !== null);
const labels = (d: StructuredDocument) => paragraphs(d).map((p) => paragraphLabel(p));
const everything = (d: StructuredDocument) => [d.title, ...headings(d), ...texts(d)].join('\n');

describe('the site’s sentence introducing the text is not ¶ 1', () => {
  it('"The following is the full text of …" (HTML), and it dates, places and names the issuer', async () => {
    const d = await load('intro-stamp-en.html');
    expect(texts(d)[0]).toMatch(/^Iceland and Canada depend on the North Atlantic/);
    expect(everything(d)).not.toContain('The following is the full text');
    // The intro's date beats the page's "Published 4 November 2025 | Updated 6 November 2025".
    expect(d.date).toBe('2025-11-03');
    expect(d.place).toBe('Reykjavik');
    expect(d.issuer).toBe('Governments of Iceland and Canada');
    expect(d.kind).toBe('declaration');
  });

  it('« Voici le texte … » (page text)', async () => {
    const d = await load('intro-fullstop-fr.txt');
    expect(texts(d)[0]).toMatch(/^La Belgique et le Québec entretiennent/);
    expect(d.date).toBe('2025-05-12');
    expect(d.place).toBe('Bruxelles');
  });

  it('a summary line under the title, and "… issued the following joint statement:"', async () => {
    const d = await load('summary-gov-en.txt');
    expect(texts(d)[0]).toMatch(/^We are alarmed by the number of journalists/);
    expect(d.title).toBe('Joint statement on the protection of journalists: 12 November 2025');
    expect(d.issuer).toBe('Department for Overseas Partnerships');
    expect(everything(d)).not.toMatch(/Media enquiries|newsdesk@|Crown copyright/);
  });

  it('a standfirst above a dateline', async () => {
    const d = await load('presidency-fr.html');
    expect(texts(d)[0]).toMatch(/^La France et le Sénégal sont liés/);
    expect(everything(d)).not.toMatch(/a reçu le Président|Seul le prononcé|Télécharger/);
    expect(d.date).toBe('2025-03-06');
  });
});

describe('a wire dateline is read and cut from ¶ 1', () => {
  it('on an aggregator page: date, place and agency, not the page’s "Published" date', async () => {
    const d = await load('wire-aggregator.txt');
    expect(texts(d)[0]).toMatch(/^European Union health ministers agreed on Tuesday/);
    expect(d.date).toBe('2025-11-18');
    expect(d.place).toBe('Brussels');
    expect(d.issuer).toBe('Northwind News');
    expect(d.kind).toBe('news');
    expect(everything(d)).not.toMatch(/Northwind News photo|Reporting by|Most popular/);
  });

  it('in a clipped French Markdown page, the year from the page', async () => {
    const d = await load('wire-clip-fr.md');
    expect(d.title).toBe('Les pays du bassin du fleuve Sénégal adoptent un plan pour l’eau potable');
    expect(d.date).toBe('2025-03-03');
    expect(d.place).toBe('Dakar');
    expect(d.issuer).toBe('Agence Continentale');
    expect(texts(d)[0]).toMatch(/^Les ministres de l’Eau des pays riverains/);
  });
});

describe('the title', () => {
  it('loses a prefix stamp, and a site label above it is no heading', async () => {
    const d = await load('intro-stamp-en.html');
    expect(d.title).toBe('Iceland and Canada on North Atlantic fisheries science');
    expect(headings(d)).not.toContain('Official statements');
  });

  it('may end with a full stop', async () => {
    const d = await load('intro-fullstop-fr.txt');
    expect(d.title).toBe('Déclaration conjointe de la Belgique et du Québec sur la coopération en éducation.');
  });

  it('is the document’s own, not the section in <h1>, a caption or a glued contents line', async () => {
    const d = await load('title-demoted.html');
    expect(d.title).toBe('Pacific leaders sign declaration on ocean plastics');
    expect(headings(d)).toEqual(['What the declaration says', 'What happens next']);
    expect(everything(d)).not.toMatch(/Leaders pose for a photo|ContentsWhat|Read more/);
    expect(d.issuer).toBe('The Harbour Gazette');
  });

  it('dates itself: "(Place, date)" and "(30.09.25)" suffixes', async () => {
    const page = [
      'Communiqué – Sahel – Aide d’urgence aux populations déplacées (12.03.25)',
      '',
      'Publié le 14/03/2025',
      '',
      'La France annonce une aide d’urgence de dix millions d’euros aux populations déplacées du Sahel central.',
      '',
      'Cette aide sera versée aux agences des Nations unies présentes sur le terrain.',
    ].join('\n');
    const { document: d } = await importDocument({ fileName: 'c.txt', bytes: new TextEncoder().encode(page) });
    expect(d.title).toBe('Sahel – Aide d’urgence aux populations déplacées');
    expect(d.date).toBe('2025-03-12');
    expect(d.kind).toBe('declaration');
  });
});

describe('headings', () => {
  it('are kept when they hold a word that menus use (HTML, page text, Markdown ##)', async () => {
    expect(headings(await load('intro-stamp-en.html'))).toEqual([
      'Sharing data and research vessels',
      'Newsletter for fishing communities',
      'Next steps',
    ]);
    expect(headings(await load('intro-fullstop-fr.txt'))).toEqual([
      'Partager les bonnes pratiques',
      'Mobilité des étudiants',
    ]);
    expect(headings(await load('runin-communique.md'))).toContain('Cookies, privacy and children online');
  });

  it('a contents list is no text, and its entries are headings only where they head text', async () => {
    const d = await load('contents-en.html');
    expect(headings(d)).toEqual(['Safety at sea', 'Environment']);
    expect(texts(d)).toHaveLength(3);
    expect(everything(d)).not.toContain('Contents');
  });

  it('numbered run-in headings become heading and paragraph, without asterisks', async () => {
    const d = await load('runin-communique.md');
    expect(headings(d)).toEqual([
      '1. Foundational learning',
      '2. Digital classrooms',
      'Cookies, privacy and children online',
      'Follow-up',
    ]);
    expect(texts(d)[1]).toMatch(/^We remain concerned that too many children/);
    expect(everything(d)).not.toMatch(/\*\*|###/);
    expect(d.date).toBe('2025-10-22');
    expect(d.place).toBe('Kigali');
  });
});

describe('PDF structure (a two-page resolution)', () => {
  it('drops furniture, keeps footnotes as notes, rejoins what layout split, labels printed numbers', async () => {
    const { document: d } = await importDocument({ fileName: 'resolution.pdf', bytes: resolutionPdf() });
    expect(d.title).toBe('Cooperation on early warning systems for coastal floods');
    expect(d.date).toBe('2025-12-01');
    expect(d.issuer).toBe('General Assembly');
    expect(d.kind).toBe('declaration');
    expect(labels(d)).toEqual([
      'PP1',
      'PP2',
      'PP3',
      '1',
      '2',
      '2(a)',
      '2(b)',
      '2(b)(i)',
      '2(b)(ii)',
      '2(c)',
      '3',
      '4',
      '5',
    ]);
    const all = everything(d);
    // Running head, symbol, job number, folio, footnote text and rule: none in the text.
    expect(all).not.toMatch(/A\/RES\/80\/12|25-20931|52nd plenary|See resolution 69\/283|____|Distr\./);
    expect(headings(d)).toEqual(['II. Financing and partnerships']);
    const text = texts(d);
    // The footnote call leaves the text; the note goes with its paragraph.
    expect(text[1]).toBe('Reaffirming the Sendai Framework for Disaster Risk Reduction 2015-2030,');
    expect(d.notes).toEqual([{ paragraphId: paragraphs(d)[1]?.id, text: 'See resolution 69/283, annex II.' }]);
    // "pro- tect" is joined; "long- term" keeps its hyphen (the text writes "long-term").
    expect(text[3]).toBe(
      'Encourages States to build early-warning systems that protect every coastal household, and to test them at least once a year;',
    );
    // Paragraph 4 runs across the page break; a number alone on its line numbers the text under it.
    expect(text[11]).toBe(
      'Calls upon international financial institutions to provide long-term and predictable funding for the early-warning services of small island developing States and least developed countries;',
    );
    expect(text[10]).toBe('Stresses the value of warnings that reach people in their own language;');
  });

  it('reads a page printed by Chromium: running head, folio, numbered and lettered items, a footnote', async () => {
    const d = await load('communique-chromium.pdf');
    expect(d.title).toBe('Communiqué conjoint de la France et du Chili sur la protection de l’Antarctique');
    expect(d.date).toBe('2025-11-18');
    expect(d.place).toBe('Paris');
    expect(labels(d)).toEqual(['PP1', '1', '2', '3', '3(a)', '3(b)', '3(c)', '4', '5']);
    expect(everything(d)).not.toMatch(/France–Chili|— 1 —|Protocole signé à Madrid|Salle de presse/);
    expect(d.notes?.[0]?.text).toBe('Protocole signé à Madrid le 4 octobre 1991.');
    expect(texts(d)[1]).toMatch(/protection de l’environnement, qui interdit/);
  });
});

describe('Markdown', () => {
  it('reads lines of no-break spaces as breaks and drops closing marks', async () => {
    const d = await load('wire-clip-fr.md');
    expect(texts(d)).toHaveLength(4);
    expect(everything(d)).not.toMatch(/-30-|Lire aussi|clippings/);
  });

  it('keeps a resolution’s preamble and operative paragraphs, with [^n] footnotes as notes', async () => {
    const d = await load('resolution-notes-fr.md');
    expect(labels(d)).toEqual(['PP1', 'PP2', 'PP3', '1', '2', '2(a)', '2(b)', '3']);
    expect(d.issuer).toBe('Assemblée générale');
    expect(d.date).toBe('2025-12-09');
    expect(d.notes?.map((n) => n.text)).toEqual([
      'Voir aussi la résolution 69/283, annexe II.',
      'Notamment par l’intermédiaire des centres régionaux existants.',
    ]);
    expect(everything(d)).not.toContain('[^');
  });
});

describe('Word’s own numbers', () => {
  it('count on across headings, letter and roman sub-levels', async () => {
    const bytes = writeDocx(
      [
        { text: 'Conclusions on coastal heritage', heading: 1 },
        { text: 'Context', heading: 2 },
        { text: 'The Council recalls that coastal heritage is exposed to storms.', numbered: { numId: 1, level: 0 } },
        { text: 'Action', heading: 2 },
        { text: 'The Council invites the Member States to:', numbered: { numId: 1, level: 0 } },
        { text: 'map the sites at risk;', numbered: { numId: 1, level: 1 } },
        { text: 'train local teams, in particular:', numbered: { numId: 1, level: 1 } },
        { text: 'volunteers;', numbered: { numId: 1, level: 2 } },
        { text: 'The Council will review progress in 2027.', numbered: { numId: 1, level: 0 } },
      ],
      [{ numId: 1, abstractId: 1, formats: ['decimal', 'lowerLetter', 'lowerRoman'] }],
    );
    const { document: d } = await importDocument({ fileName: 'conclusions.docx', bytes });
    expect(d.title).toBe('Conclusions on coastal heritage');
    expect(headings(d)).toEqual(['Context', 'Action']);
    expect(labels(d)).toEqual(['1', '2', '2(a)', '2(b)', '2(b)(i)', '3']);
  });

  it('restart where a list instance says so', async () => {
    const bytes = writeDocx(
      [
        { text: 'Joint declaration', heading: 1 },
        { text: 'The parties agree to cooperate on research.', numbered: { numId: 1, level: 0 } },
        { text: 'The parties will meet every year.', numbered: { numId: 1, level: 0 } },
        { text: 'Annex', heading: 2 },
        { text: 'The first annex item restarts at one.', numbered: { numId: 2, level: 0 } },
        { text: 'The second annex item follows it.', numbered: { numId: 2, level: 0 } },
      ],
      [
        { numId: 1, abstractId: 1, formats: ['decimal'] },
        { numId: 2, abstractId: 1, formats: ['decimal'], startOverride: { level: 0, start: 1 } },
      ],
    );
    const { document: d } = await importDocument({ fileName: 'declaration.docx', bytes });
    expect(labels(d)).toEqual(['1', '2', '1', '2']);
  });
});
