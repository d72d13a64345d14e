/**
 * A bilingual annex in the print HTML: a two-column table, one row per paragraph pair, each
 * paragraph with its printed label and its own id (so citations of either version link to it), the
 * section headings of each version in the row they open. The table's header (each version's
 * title and language) repeats on every page.
 */
import { CATALOGUES } from '../../../shared/i18n/index.ts';
import type { PrintLanguage } from '../../../shared/model/index.ts';
import { escapeHtml } from './html.ts';
import type { PrintAnnex, PrintDocumentRef, PrintParagraph } from './print-model.ts';

/** The annex's words about unchecked pairs, in the pack's language. */
export function uncheckedStrings(language: PrintLanguage) {
  return CATALOGUES[language].pairs.print;
}

/** The element id of a printed paragraph, by document and paragraph id. */
type Anchor = (documentId: string, paragraphId: string) => string;

function cell(
  document: PrintDocumentRef,
  heading: string | null,
  paragraphs: PrintParagraph[],
  anchor: Anchor,
  mark: string | null,
) {
  const parts = [`<td lang="${escapeHtml(document.language)}">`];
  if (heading) parts.push(`<p class="bi-heading">${escapeHtml(heading)}</p>`);
  for (const p of paragraphs) {
    parts.push(
      `<p class="para" id="${escapeHtml(anchor(document.id, p.id))}"><span class="pn">${escapeHtml(p.label)}</span>${escapeHtml(p.text)}</p>`,
    );
  }
  if (mark) parts.push(mark);
  parts.push('</td>');
  return parts.join('');
}

/**
 * The table of a bilingual annex (the annex's heading and dateline are the caller's). A pair
 * the aligner was unsure of and no one confirmed is marked in print, with a line saying what
 * the mark means before the table: a reader of the pack cannot open the side-by-side view.
 */
export function renderBilingualTable(
  annex: PrintAnnex & { partner: NonNullable<PrintAnnex['partner']> },
  anchor: Anchor,
  language: PrintLanguage,
) {
  const words = uncheckedStrings(language);
  const mark = `<p class="bi-unchecked" lang="${escapeHtml(language)}">${escapeHtml(words.unchecked)}</p>`;
  const head = (d: PrintDocumentRef) => `<th lang="${escapeHtml(d.language)}" scope="col">${escapeHtml(d.title)}</th>`;
  const rows = annex.partner.rows.map(
    (row) =>
      `<tr${row.unchecked ? ' class="bi-row-unchecked"' : ''}>${cell(annex.document, row.headings.a, row.a, anchor, null)}${cell(annex.partner.document, row.headings.b, row.b, anchor, row.unchecked ? mark : null)}</tr>`,
  );
  const legend = annex.partner.rows.some((row) => row.unchecked)
    ? [`<p class="bi-legend" lang="${escapeHtml(language)}">${escapeHtml(words.uncheckedLegend)}</p>`]
    : [];
  return [
    ...legend,
    '<table class="bilingual">',
    `<thead><tr>${head(annex.document)}${head(annex.partner.document)}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

/** Print CSS of bilingual annexes (added to the pack's one style block). */
export const BILINGUAL_CSS = `
table.bilingual{width:100%;border-collapse:collapse;table-layout:fixed;font-size:9.5pt;line-height:1.38}
table.bilingual thead{display:table-header-group}
table.bilingual th{text-align:left;font-weight:600;font-size:9pt;padding:0 3mm 3pt 0;border-bottom:0.75pt solid #000;vertical-align:bottom}
table.bilingual td{vertical-align:top;padding:4pt 3mm 2pt 0;border-bottom:0.4pt solid #ccc;width:50%}
table.bilingual td + td,table.bilingual th + th{padding-left:3mm;border-left:0.4pt solid #ccc}
table.bilingual tr{break-inside:avoid}
table.bilingual .para{padding-left:8mm;margin:0 0 4pt}
table.bilingual .pn{width:6mm}
.bi-heading{font-weight:700;margin:2pt 0 4pt}
table.bilingual tr.bi-row-unchecked td{background:#f3f3f3}
.bi-unchecked{font-size:8pt;font-style:italic;margin:0 0 3pt 8mm}
.bi-legend{font-size:8.5pt;font-style:italic;margin:0 0 6pt}
`;
