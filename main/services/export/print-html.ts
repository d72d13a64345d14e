/**
 * The one renderer of a pack to print HTML. Electron's printToPDF and Chromium driven by
 * playwright-core print this same HTML. It loads nothing: fonts are data URLs, the only
 * style is one inline block allowed by its hash, and there is no script at all.
 *
 * Page furniture (classification at top and bottom, running title, "Page X of Y") is drawn
 * by CSS @page margin boxes, so it uses the embedded fonts and is part of the page itself.
 * Table-of-contents page numbers come from `tocPages`, filled in by a second pass (see
 * export-pack.ts) once the first print shows where each heading landed.
 */
import { createHash } from 'node:crypto';
import { translator } from '../../../shared/i18n/index.ts';
import { typeset } from '../../../shared/i18n/typography.ts';
import { CLASSIFICATION_LABELS, formatParagraphLabels, type PrintLanguage } from '../../../shared/model/index.ts';
import { SANS_FAMILY, SERIF_FAMILY } from './fonts.ts';
import { cssString, escapeHtml, htmlText } from './html.ts';
import type {
  PrintAnnex,
  PrintApproval,
  PrintAnnotationDigest,
  PrintExcerpt,
  PrintNote,
  PrintPack,
} from './print-model.ts';
import {
  annexHeading,
  digestHeading,
  documentDateline,
  excerptHeading,
  excerptSource,
  withColon,
} from './pack-text.ts';
import { formatPrintDate, PRINT_STRINGS, type PrintStrings } from './print-strings.ts';
import { BILINGUAL_CSS, renderBilingualTable } from './bilingual-annex-html.ts';

/** A citation: a link to the first cited paragraph when an annex prints it, else plain; `label` is HTML. */
type CiteLink = (documentId: string, paragraphs: ReadonlyArray<{ id: string; n: number }>, label: string) => string;

/** A heading listed in the table of contents; `id` is its element id in the print HTML. */
export interface TocEntry {
  id: string;
  level: 2 | 3;
  text: string;
}

export interface PrintHtml {
  html: string;
  toc: TocEntry[];
}

export interface PrintHtmlOptions {
  /** `@font-face` rules (see fonts.ts). */
  fontCss: string;
  /** Page of each TOC entry by id; absent on the first pass. */
  tocPages?: ReadonlyMap<string, number>;
}

/** A library id as it may stand in an element id and a URL fragment: anything but letters, digits, `_` and `-` hex-escaped. */
function anchorSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `.${(c.codePointAt(0) as number).toString(16)}.`);
}

/**
 * Element id of a paragraph (by its stable id) of a document printed in an annex. Library ids
 * are letters, digits, `_` and `-`; anything else (a hostile archive's id) is hex-escaped.
 */
export function paragraphAnchor(documentId: string, paragraphId: string): string {
  return `d-${anchorSafe(documentId)}-${anchorSafe(paragraphId)}`;
}

/** A number as printed (a page in the contents): escaped like any other value. */
function paragraphNumber(n: number): string {
  return escapeHtml(String(n));
}

export function renderPrintHtml(pack: PrintPack, options: PrintHtmlOptions): PrintHtml {
  const t = PRINT_STRINGS[pack.language];
  const marking = CLASSIFICATION_LABELS[pack.language][pack.classification];
  const toc: TocEntry[] = [];
  let headingCount = 0;
  const headingId = () => `h${++headingCount}`;

  /** Paragraphs printed in annexes: citations to them become links. */
  const printed = new Set<string>();
  for (const item of pack.items) {
    if (item.kind !== 'annex') continue;
    for (const section of item.sections)
      for (const p of section.paragraphs) printed.add(paragraphAnchor(item.document.id, p.id));
    for (const row of item.partner?.rows ?? [])
      for (const p of row.b) printed.add(paragraphAnchor(item.partner?.document.id ?? '', p.id));
  }
  const citeLink = (
    documentId: string,
    paragraphs: ReadonlyArray<{ id: string; n: number }>,
    label: string,
  ): string => {
    const first = [...paragraphs].sort((a, b) => a.n - b.n)[0];
    const anchor = paragraphAnchor(documentId, first?.id ?? '');
    return printed.has(anchor)
      ? `<a class="cite" href="#${anchor}">${escapeHtml(label)}</a>`
      : `<span class="cite">${escapeHtml(label)}</span>`;
  };

  const body: string[] = [];
  body.push(renderCover(pack, t, marking));
  const tocIndex = body.length;
  body.push(''); // the table of contents, filled in once every heading is known

  let annexIndex = 0;
  for (const item of pack.items) {
    if (item.kind === 'note') body.push(renderNote(item, headingId, toc, printed, pack.language));
    else if (item.kind === 'excerpt') body.push(renderExcerpt(item, headingId(), toc, t, pack.language, citeLink));
    else if (item.kind === 'annex') body.push(renderAnnex(item, annexIndex++, headingId, toc, t, pack.language));
    else body.push(renderDigest(item, headingId(), toc, t, pack.language, citeLink));
  }
  body[tocIndex] = renderToc(toc, t, options.tocPages);

  const css = printCss(pack, t, marking, options.fontCss);
  const styleHash = createHash('sha256').update(css).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; font-src data:; img-src data:`;
  const description = [pack.audience, marking].filter(Boolean).join(' — ');
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(pack.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(pack.title)}</title>
<meta name="author" content="${escapeHtml(pack.preparedBy)}">
<meta name="description" content="${escapeHtml(description)}">
<style>${css}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
  return { html, toc };
}

/**
 * The cover states the marking once, in the box at its top: the page's own top and bottom
 * markings are left off the first page (see `printCss`), and the facts do not repeat it.
 */
function renderCover(pack: PrintPack, t: PrintStrings, marking: string): string {
  const facts: Array<[string, string]> = [[t.date, formatPrintDate(pack.date, pack.language)]];
  if (pack.preparedBy) facts.push([t.preparedBy, pack.preparedBy]);
  return `<section class="cover">
<p class="cover-marking">${escapeHtml(marking)}</p>
${pack.audience ? `<p class="cover-audience">${escapeHtml(pack.audience)}</p>` : ''}
<h1 class="cover-title">${escapeHtml(pack.title)}</h1>
<dl class="cover-facts">
${facts.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('\n')}
</dl>
${approvalStamp(pack.approval, pack.language, 'cover-approval')}
</section>`;
}

function renderToc(toc: readonly TocEntry[], t: PrintStrings, pages: ReadonlyMap<string, number> | undefined): string {
  const rows = toc.map((entry) => {
    const page = pages?.get(entry.id);
    return `<li class="toc-l${entry.level}"><a href="#${entry.id}"><span class="toc-text">${escapeHtml(entry.text)}</span><span class="toc-fill" aria-hidden="true"></span><span class="toc-page">${page === undefined ? '' : paragraphNumber(page)}</span></a></li>`;
  });
  return `<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${escapeHtml(t.contents)}</h2>
<ol>
${rows.join('\n')}
</ol>
</nav>`;
}

/**
 * Note headings sit below the note's own title (h2): the note's top heading level becomes h3,
 * with an id and an entry in the table of contents (and so a bookmark); deeper levels follow
 * (h6 at most). Empty headings print nothing and are dropped.
 */
function placeNoteHeadings(html: string, headingId: () => string, toc: TocEntry[]): string {
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  const top = levels.length > 0 ? Math.min(...levels) : 1;
  return html.replace(
    /<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1\s*>/gi,
    (_match, level: string, attributes: string, inner: string) => {
      const text = htmlText(inner);
      if (!text) return '';
      const printed = Math.min(6, Number(level) - top + 3);
      const cleanAttributes = attributes.replace(/\s+id="[^"]*"/g, '');
      if (printed !== 3) return `<h${printed}${cleanAttributes}>${inner}</h${printed}>`;
      const id = headingId();
      toc.push({ id, level: 3, text });
      return `<h3 id="${id}"${cleanAttributes}>${inner}</h3>`;
    },
  );
}

/** Citations in a note's HTML link to the cited paragraph when an annex prints it. */
function linkCitations(html: string, printed: ReadonlySet<string>): string {
  return html.replace(
    /<a\s+data-cite-document="([A-Za-z0-9_-]+)"\s+data-cite-paragraph-id="([A-Za-z0-9_-]+)"/g,
    (match, documentId: string, paragraphId: string) => {
      const anchor = paragraphAnchor(documentId, paragraphId);
      return printed.has(anchor) ? `${match} href="#${anchor}"` : match;
    },
  );
}

/**
 * Check-list boxes (the decision block's too) drawn by CSS: the embedded fonts have no ☐ ☑
 * glyphs, and a system fallback font must never be embedded in the PDF.
 */
function drawCheckBoxes(html: string): string {
  return html.replace(
    /<span class="check" aria-hidden="true">[☐☑]<\/span>/g,
    '<span class="check" aria-hidden="true"></span>',
  );
}

/** "Approved by NAME, DATE" in the pack's language (a team approval, from its record). */
function approvalStamp(approval: PrintApproval | undefined, language: PrintLanguage, className: string): string {
  if (!approval) return '';
  const date = formatPrintDate(approval.at.slice(0, 10), language);
  const text = translator(language)('review.approvedBy', { name: approval.by, date });
  return `<p class="${className}">${escapeHtml(text)}</p>`;
}

function renderNote(
  note: PrintNote,
  headingId: () => string,
  toc: TocEntry[],
  printed: ReadonlySet<string>,
  language: PrintLanguage,
): string {
  const id = headingId();
  const title = typeset(note.title, note.language);
  toc.push({ id, level: 2, text: title });
  const body = drawCheckBoxes(linkCitations(placeNoteHeadings(note.html, headingId, toc), printed));
  return `<section class="item note" lang="${escapeHtml(note.language)}">
<h2 id="${id}">${escapeHtml(title)}</h2>
<div class="note-print">${body}</div>
${approvalStamp(note.approval, language, 'approval-stamp')}
</section>`;
}

function renderExcerpt(
  excerpt: PrintExcerpt,
  id: string,
  toc: TocEntry[],
  t: PrintStrings,
  language: PrintPack['language'],
  cite: CiteLink,
): string {
  const heading = excerptHeading(excerpt, language);
  toc.push({ id, level: 2, text: heading });
  const cited = excerptSource(excerpt, language);
  const source = `${escapeHtml(cited.title)}${cited.date ? ` (${escapeHtml(cited.date)})` : ''}, ${cite(excerpt.document.id, excerpt.paragraphs, escapeHtml(cited.range))}`;
  return `<section class="item excerpt">
<h2 id="${id}">${escapeHtml(heading)}</h2>
<blockquote lang="${escapeHtml(excerpt.document.language)}">
${excerpt.paragraphs.map((p) => `<p class="para"><span class="pn">${escapeHtml(p.label)}</span>${escapeHtml(p.text)}</p>`).join('\n')}
</blockquote>
<p class="source">${escapeHtml(withColon(t.source, language))} ${source}</p>
</section>`;
}

function renderAnnex(
  annex: PrintAnnex,
  index: number,
  headingId: () => string,
  toc: TocEntry[],
  t: PrintStrings,
  language: PrintPack['language'],
): string {
  const id = headingId();
  const heading = annexHeading(annex, index, language);
  toc.push({ id, level: 2, text: heading });
  const line = documentDateline(annex.document, language);
  const parts = [
    `<section class="item annex" lang="${escapeHtml(annex.document.language)}">`,
    `<h2 id="${id}" lang="${escapeHtml(language)}">${escapeHtml(heading)}</h2>`,
  ];
  if (line) parts.push(`<p class="dateline">${escapeHtml(line)}</p>`);
  if (!annex.whole)
    parts.push(`<p class="selected" lang="${escapeHtml(language)}">${escapeHtml(t.selectedSections)}</p>`);
  if (annex.partner) {
    // Both language versions, paired paragraph by paragraph (issue 16).
    parts.push(renderBilingualTable({ ...annex, partner: annex.partner }, paragraphAnchor, language), '</section>');
    return parts.join('\n');
  }
  for (const section of annex.sections) {
    if (section.heading) {
      const sid = headingId();
      toc.push({ id: sid, level: 3, text: section.heading });
      parts.push(`<h3 id="${sid}">${escapeHtml(section.heading)}</h3>`);
    }
    for (const p of section.paragraphs) {
      parts.push(
        `<p class="para" id="${escapeHtml(paragraphAnchor(annex.document.id, p.id))}"><span class="pn">${escapeHtml(p.label)}</span>${escapeHtml(p.text)}</p>`,
      );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

function renderDigest(
  digest: PrintAnnotationDigest,
  id: string,
  toc: TocEntry[],
  t: PrintStrings,
  language: PrintPack['language'],
  cite: CiteLink,
): string {
  const heading = digestHeading(digest, language);
  toc.push({ id, level: 2, text: heading });
  const rows = digest.annotations.map((a) => {
    const where =
      a.paragraph === null
        ? `<span class="digest-orphan" title="${escapeHtml(t.orphaned)}">${escapeHtml(t.notFoundShort)}</span>`
        : cite(digest.document.id, [a.paragraph], escapeHtml(formatParagraphLabels([a.paragraph], { noBreak: true })));
    return `<tr>
<td class="digest-where">${where}</td>
<td class="digest-quote" lang="${escapeHtml(digest.document.language)}">${escapeHtml(a.quote)}</td>
<td>${escapeHtml(a.category)}${a.tags.length ? `<div class="digest-tags">${a.tags.map(escapeHtml).join(', ')}</div>` : ''}</td>
<td>${escapeHtml(a.comment)}</td>
</tr>`;
  });
  const table = `<table class="digest-table">
<thead><tr><th scope="col">¶</th><th scope="col">${escapeHtml(t.passage)}</th><th scope="col">${escapeHtml(t.meaning)} · ${escapeHtml(t.tags)}</th><th scope="col">${escapeHtml(t.comment)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  const orphans = digest.annotations.some((a) => a.paragraph === null)
    ? `<p class="source">${escapeHtml(t.notFoundShort)}: ${escapeHtml(t.orphaned)}.</p>`
    : '';
  return `<section class="item digest">
<h2 id="${id}">${escapeHtml(heading)}</h2>
${rows.length ? `${table}\n${orphans}` : `<p>${escapeHtml(t.noAnnotations)}</p>`}
</section>`;
}

/** About what fits on one line of the running-title box (38 % of the page at 8.5 pt). */
const RUNNING_TITLE_CHARS = 42;

/** The pack's title on one line: cut at a word boundary with an ellipsis when it is too long. */
export function runningTitle(title: string): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (text.length <= RUNNING_TITLE_CHARS) return text;
  const cut = text.slice(0, RUNNING_TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > RUNNING_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

function printCss(pack: PrintPack, t: PrintStrings, marking: string, fontCss: string): string {
  const size = pack.pageSize === 'letter' ? 'letter' : 'A4';
  const serif = `'${SERIF_FAMILY}', serif`;
  const sans = `'${SANS_FAMILY}', sans-serif`;
  const box = `font-family:${sans};font-size:8.5pt;color:#222`;
  return `${fontCss}
@page{size:${size};margin:22mm 20mm 22mm 20mm;
@top-left{content:${cssString(runningTitle(pack.title))};width:38%;${box};white-space:nowrap;overflow:hidden;vertical-align:bottom;padding-bottom:4mm}
@top-center{content:${cssString(marking)};width:24%;${box};font-weight:700;font-size:10pt;letter-spacing:.06em;text-align:center;vertical-align:bottom;padding-bottom:4mm}
@top-right{content:"";width:38%}
@bottom-left{content:"";width:38%}
@bottom-center{content:${cssString(marking)};width:24%;${box};font-weight:700;font-size:10pt;letter-spacing:.06em;text-align:center;vertical-align:top;padding-top:4mm}
@bottom-right{content:${cssString(`${t.page} `)} counter(page) ${cssString(` ${t.of} `)} counter(pages);width:38%;${box};text-align:right;vertical-align:top;padding-top:4mm}}
@page:first{@top-left{content:none}@top-center{content:none}@bottom-center{content:none}}
html{font-family:${serif};font-size:11pt;line-height:1.45;color:#111;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
h1,h2,h3,h4,h5,h6{font-family:${sans};font-weight:600;line-height:1.2;break-after:avoid;break-inside:avoid;color:#000}
:is(h2,h3,h4,h5,h6)+*{break-before:avoid}
h2{font-size:16pt;margin:0 0 10pt}
h3{font-size:12.5pt;margin:14pt 0 6pt}
h4,h5,h6{font-size:11pt;margin:10pt 0 4pt}
p,li,dd,td,blockquote{orphans:3;widows:3}
p{margin:0 0 7pt}
li,tr,dl,.dateline,.source{break-inside:avoid}
a{color:inherit}
a.cite,.toc a{text-decoration:none}
a.cite[href]{border-bottom:0.5pt solid #777}
.cover{break-after:page;display:flex;flex-direction:column;min-height:225mm}
.cover-marking{font-family:${sans};font-weight:700;font-size:13pt;letter-spacing:.08em;text-align:center;border:1.2pt solid #000;padding:5pt;margin:0 auto 0;width:60%}
.cover-audience{font-family:${sans};font-size:13pt;margin:70mm 0 6pt;color:#333}
.cover-title{font-size:26pt;font-weight:700;margin:0 0 18mm;line-height:1.15}
.cover-facts{margin:0;font-family:${sans};font-size:11pt;border-top:0.75pt solid #000;padding-top:6pt}
.cover-facts div{display:flex;gap:8mm;margin:3pt 0}
.cover-facts dt{width:52mm;color:#444;margin:0}
.cover-facts dd{margin:0;font-weight:600}
.toc{break-after:page}
.toc ol{list-style:none;margin:0;padding:0;font-family:${sans}}
.toc li{margin:0 0 5pt}
.toc li.toc-l3{margin-left:8mm;font-size:10pt}
.toc a{display:flex;align-items:baseline;gap:2mm}
.toc-text{flex:0 1 auto}
.toc-fill{flex:1 1 auto;border-bottom:0.75pt dotted #666;min-width:8mm;transform:translateY(-2pt)}
.toc-page{flex:0 0 9mm;text-align:right;font-variant-numeric:tabular-nums}
.item{break-before:page}
.para{position:relative;padding-left:11mm}
.pn{position:absolute;left:0;width:8mm;text-align:right;font-family:${sans};font-size:9pt;color:#555;top:1pt}
blockquote{margin:0 0 8pt;padding:0 0 0 4mm;border-left:1.5pt solid #999}
.source,.dateline,.selected{font-family:${sans};font-size:9.5pt;color:#333}
.dateline{margin-bottom:12pt}
.digest-table{width:100%;font-size:9.5pt;line-height:1.35}
.digest-table th{font-family:${sans};font-weight:600;text-align:left;background:#eee}
.digest-table td,.digest-table th{vertical-align:top;padding:3pt 4pt}
.digest-table tr{break-inside:avoid}
${BILINGUAL_CSS}
.digest-table thead{display:table-header-group}
.digest-where{white-space:nowrap;font-family:${sans};width:12mm}
.digest-table td:nth-child(3){width:32mm;font-family:${sans}}
.digest-table td:nth-child(4){width:48mm}
.digest-tags{color:#444;font-size:8.5pt;margin-top:2pt}
.approval-stamp,.cover-approval{font-family:${sans};font-size:10pt;font-weight:600;margin:10pt 0 0;padding:4pt 6pt;border:0.75pt solid #000;display:inline-block}
.note-header,.note-signoff{margin:0 0 12pt;font-family:${sans};font-size:10pt;border-top:0.75pt solid #000;border-bottom:0.75pt solid #000;padding:4pt 0}
.note-signoff{margin-top:16pt;break-inside:avoid}
.note-header div,.note-signoff div{display:flex;gap:4mm;margin:1.5pt 0}
.note-header dt,.note-signoff dt{flex:0 0 48mm;color:#444;margin:0}
.note-header dd,.note-signoff dd{margin:0;font-weight:600}
/* A long excerpt may run onto the next page (three lines at least on each side) rather than leave a third of a page blank; its citation stays with its last lines. */
.note-body blockquote.excerpt footer{break-before:avoid}
.note-body p:has(+ blockquote){break-after:avoid}
.note-body blockquote p{margin-bottom:4pt}
.note-body blockquote.excerpt footer{font-family:${sans};font-size:9.5pt;color:#333;margin:2pt 0 0}
.note-body blockquote.excerpt cite{font-style:normal}
.note-body p:empty{display:none}
.note-body .page-break{break-after:page}
.note-body li .check{display:inline-block;width:7.5pt;height:7.5pt;border:0.8pt solid #111;vertical-align:-0.5pt;margin-right:3pt}
.note-body li.checked .check{background:#111}
.note-body ul.checklist{list-style:none;padding-left:4mm;break-inside:avoid;break-after:avoid}
.note-body ul.checklist+p{break-after:avoid}
.note-body .decision-block{break-inside:avoid;margin:8pt 0 10pt}
/* The recommendation stays with the block it is decided in: never a block alone on a page. */
.note-body :has(+ .decision-block){break-after:avoid}
.note-body .decision-block ul.checklist{margin:0 0 6pt}
.note-body .decision-line{display:flex;align-items:flex-end;gap:4pt;margin:10pt 0 0;max-width:95mm}
.note-body .decision-line .write-line{flex:1;border-bottom:0.6pt solid #111;height:11pt}
table{border-collapse:collapse}
td,th{border:0.5pt solid #666;padding:2pt 4pt}
`;
}
