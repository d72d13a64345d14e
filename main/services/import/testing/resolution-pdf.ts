/**
 * Test support only: a two-page PDF shaped like a UN resolution, written line by line with the
 * tiny PDF writer so each layout trap is exact: a symbol and a job number in the page furniture,
 * a running head on page 2, a preamble with first-line indents, a superscript footnote call and
 * its note under a "____" rule, operative paragraphs with hanging numbers, one number alone on
 * its line, lettered and roman sub-items, a roman numeral alone above its heading, a paragraph
 * split by the page break, and line-end hyphens of both kinds. Invented text.
 */
import type { PdfLine } from './pdf-writer.ts';
import { writePdf } from './pdf-writer.ts';

const BODY = 10;
const STEP = 13.5;

export function resolutionPdf(): Uint8Array {
  const p1: PdfLine[] = [];
  const p2: PdfLine[] = [];
  let y = 780;
  const put = (page: PdfLine[], text: string, x: number, size = BODY, bold = false): void => {
    page.push({ text, x, y, size, bold });
  };
  // Page 1 header block.
  put(p1, 'United Nations', 72, 14);
  put(p1, 'A/RES/80/12', 440, 14);
  y -= 22;
  put(p1, 'General Assembly', 72, 17, true);
  put(p1, 'Distr.: General', 330, 8);
  y -= 11;
  put(p1, '4 December 2025', 330, 8);
  y -= 30;
  put(p1, 'Resolution adopted by the General Assembly on 1 December 2025', 72, 12, true);
  y -= 30;
  put(p1, '80/12. Cooperation on early warning systems for coastal', 80, 13, true);
  y -= 16;
  put(p1, 'floods', 250, 13, true);
  y -= 26;
  put(p1, 'The General Assembly,', 108);
  y -= 20;
  // Preamble: first lines indented, continuation lines at the margin.
  const preamble: string[][] = [
    [
      'Recalling its previous resolutions on disaster risk reduction, in which it stressed that',
      'coastal communities face growing exposure to storm surges and sea-level rise,',
    ],
    ['Reaffirming the Sendai Framework for Disaster Risk Reduction 2015-2030,'],
    [
      'Noting with concern that many coastal States lack early-warning services that reach',
      'every household before a flood, and that long-term funding for such services remains',
      'scarce,',
    ],
  ];
  preamble.forEach((lines, k) => {
    lines.forEach((text, i) => {
      p1.push({ text, x: i === 0 ? 108 : 72, y, size: BODY, ...(k === 1 && i === 0 ? { call: '1' } : {}) });
      y -= STEP;
    });
    y -= 7;
  });
  // Operative paragraphs: the number hangs in the margin, the text at 108.
  const operative = (page: PdfLine[], number: string | null, lines: string[], x = 108): void => {
    if (number) put(page, number, x === 108 ? 72 : x - 36);
    lines.forEach((text) => {
      put(page, text, x);
      y -= STEP;
    });
    y -= 7;
  };
  operative(p1, '1.', [
    'Encourages States to build early-warning systems that pro-',
    'tect every coastal household, and to test them at least once a year;',
  ]);
  operative(p1, '2.', ['Invites Member States and partners, in a position to do so:']);
  operative(p1, '(a)', ['To share flood forecasts across borders in real time;'], 144);
  operative(p1, '(b)', ['To support the maintenance of tide gauges, including:'], 144);
  operative(p1, '(i)', ['Spare parts and solar power for remote stations;'], 180);
  operative(p1, '(ii)', ['Training for local technicians;'], 180);
  operative(p1, '(c)', ['To protect communities that rely on fishing and coastal farming;'], 144);
  // A paragraph number alone on its line, the text under it.
  put(p1, '3.', 72);
  y -= STEP;
  operative(p1, null, ['Stresses the value of warnings that reach people in their own language;'], 72);
  put(p1, 'II.', 72, BODY, true);
  y -= STEP;
  put(p1, 'Financing and partnerships', 72, BODY, true);
  y -= STEP + 7;
  // Paragraph 4 runs onto page 2.
  put(p1, '4.', 72);
  put(p1, 'Calls upon international financial institutions to provide long-', 108);
  y -= STEP;
  put(p1, 'term and predictable funding for the early-warning services of small island developing', 108);
  // Footnote under a rule, and the job number.
  p1.push({ text: '__________________', x: 72, y: 120, size: 8 });
  p1.push({ text: '1 See resolution 69/283, annex II.', x: 72, y: 108, size: 8 });
  p1.push({ text: '25-20931 (E)', x: 72, y: 60, size: 8 });

  y = 780;
  put(p2, 'A/RES/80/12      Cooperation on early warning systems for coastal floods', 72, 9);
  y -= 36;
  operative(p2, null, ['States and least developed countries;']);
  operative(p2, '5.', ['Decides to continue its consideration of the question at its eighty-second session.']);
  y -= 10;
  put(p2, '52nd plenary meeting', 260);
  p2.push({ text: '2', x: 300, y: 40, size: 9 });
  return writePdf([{ lines: p1 }, { lines: p2 }]);
}
