/**
 * Pages printed to PDF by Chromium: a web page saved with the browser's "Print to PDF"
 * (date and page title at the top, address and "1/3" at the bottom), a UN resolution typeset
 * in HTML (symbol as running head, notes under a typed rule right after the paragraph that
 * cites them), a leaders' communiqué (running head, hanging numbers, "Page x of y") and an
 * alliance press release (reference number, numbers on their own line, "- 3 -" folios).
 */
import { bodyHtml } from './body.ts';
import type { Doc } from './model.ts';
import { escapeHtml as e } from './model.ts';
import { webPage } from './page.ts';
import { site } from './sites.ts';

export interface PrintJob {
  html: string;
  cruft: string[];
  header?: string;
  footer?: string;
  format: 'A4' | 'Letter';
  margin: { top: string; bottom: string; left: string; right: string };
}

const PRINT_CSS = `
body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:1.35;margin:0}
h1{font-size:15pt;text-align:center;margin:.4em 0 .8em}
h2,h3,h4{font-size:11pt;margin:1.1em 0 .4em;page-break-after:avoid}
p{margin:0 0 .55em;text-align:justify;orphans:2;widows:2}
.item.level-1{margin-left:3em;text-indent:-1.8em}
.item.level-2{margin-left:5em;text-indent:-1.8em}
.fn-block{font-size:8.5pt;margin:.3em 0 .6em}
.fn-rule{margin:0}
.fn-text{margin:0 0 .2em}
`;

const tiny =
  'font-family:DejaVu Sans,sans-serif;font-size:7.5pt;width:100%;margin:0 12mm;display:flex;justify-content:space-between';

export function printJob(doc: Doc): PrintJob {
  const o = doc.opts;
  const fr = doc.language === 'fr';
  const soft = o.hyphens === 'yes';
  const cruft: string[] = [];
  if (o.print === 'browser') {
    const page = webPage(doc, site(doc.layout));
    const title = /<title>(.*?)<\/title>/.exec(page.html)?.[1] ?? '';
    const url = `https://${site(doc.layout).domain}/${o.path ?? 'news/2025/statement.html'}`;
    cruft.push(url, ...page.cruft);
    return {
      html: page.html,
      cruft,
      header: `<div style="${tiny}"><span>${e(o.printedAt ?? '2025-06-02, 09:14')}</span><span>${title}</span><span></span></div>`,
      footer: `<div style="${tiny}"><span>${e(url)}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
      format: o.paper === 'A4' ? 'A4' : 'Letter',
      margin: { top: '14mm', bottom: '14mm', left: '10mm', right: '10mm' },
    };
  }
  if (o.print === 'un') {
    const body = bodyHtml(doc, { notes: 'after', softHyphens: soft, heading: 'h3', letters: o.letters });
    cruft.push(o.symbol, o.job, o.adopted);
    const css = `${PRINT_CSS} .mast{display:flex;justify-content:space-between;border-bottom:2px solid #000;font-family:'DejaVu Sans',sans-serif} .org{font-size:13pt} .sym{font-size:15pt} .organ{font-size:18pt;font-weight:bold} .small{font-size:8.5pt} .res{font-size:13pt;font-weight:bold;margin-top:1.2em} h1{text-align:left;font-size:12.5pt;margin-left:3em;text-indent:-3em} p.item{margin-left:4em} .ga{margin-left:3em;font-style:italic}`;
    const html = `<!DOCTYPE html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${e(o.symbol)}</title><style>${css}</style></head><body>
<div class="mast"><div><div class="org">${fr ? 'Nations Unies' : 'United Nations'}</div><div class="organ">${fr ? 'Assemblée générale' : 'General Assembly'}</div></div><div style="text-align:right"><div class="sym">${e(o.symbol)}</div><div class="small">${fr ? 'Distr. générale' : 'Distr.: General'}</div><div class="small">${e(o.distr)}</div></div></div>
<p class="small">${e(o.session)}<br>${e(o.agenda)}</p>
<p class="res">${e(o.adopted)}</p>
<p class="small">${e(o.report)}</p>
<h1>${e(o.h1 ?? doc.title)}</h1>
<p class="ga">${fr ? 'L’Assemblée générale,' : 'The General Assembly,'}</p>
${body.replace(/<p>(<em>)/g, '<p style="text-indent:3em">$1')}
${o.plenary ? `<p style="text-align:center;margin-top:1.5em"><em>${e(o.plenary)}</em></p>` : ''}
</body></html>`;
    if (o.plenary) cruft.push(o.plenary);
    return {
      html,
      cruft,
      header: `<div style="${tiny}"><span>${e(o.symbol)}</span><span>${e(o.runningTitle ?? '')}</span></div>`,
      footer: `<div style="${tiny}"><span>${e(o.job)}</span><span class="pageNumber"></span><span>${e(o.job)}</span></div>`,
      format: 'A4',
      margin: { top: '18mm', bottom: '16mm', left: '22mm', right: '22mm' },
    };
  }
  if (o.print === 'communique') {
    const body = bodyHtml(doc, { numbers: 'span', softHyphens: soft, heading: 'h2', letters: o.letters });
    const head = o.running ?? '';
    cruft.push(head, fr ? 'Page 1 sur' : 'Page 1 of');
    const css = `${PRINT_CSS} .num{display:inline-block;width:2.2em;text-indent:0} p:has(.num){padding-left:2.2em;text-indent:-2.2em} .logo{font-family:'DejaVu Sans',sans-serif;text-align:center;letter-spacing:.2em;font-size:9pt;color:#444} .place{text-align:center;font-style:italic}`;
    const html = `<!DOCTYPE html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${css}</style></head><body>
${o.logo ? `<p class="logo">${e(o.logo)}</p>` : ''}
<h1>${e(o.h1 ?? doc.title)}</h1>
${o.placeLine ? `<p class="place">${e(o.placeLine)}</p>` : ''}
${body}
</body></html>`;
    if (o.logo) cruft.push(o.logo);
    if (o.placeLine) cruft.push(o.placeLine);
    return {
      html,
      cruft,
      header: head ? `<div style="${tiny}"><span>${e(head)}</span><span></span></div>` : '<span></span>',
      footer: `<div style="${tiny};justify-content:center"><span>${fr ? 'Page' : 'Page'} <span class="pageNumber"></span> ${fr ? 'sur' : 'of'} <span class="totalPages"></span></span></div>`,
      format: o.paper === 'A4' ? 'A4' : 'Letter',
      margin: { top: '18mm', bottom: '16mm', left: '20mm', right: '20mm' },
    };
  }
  if (o.print === 'alliance') {
    const body = bodyHtml(doc, { numbers: 'span', softHyphens: soft, heading: 'h3', letters: o.letters });
    cruft.push(o.reference, o.release);
    const css = `${PRINT_CSS} .num{display:${o.numAlone === 'yes' ? 'block;margin-bottom:.2em' : 'inline-block;width:2.5em'};font-weight:bold} .top{display:flex;justify-content:space-between;font-family:'DejaVu Sans',sans-serif;font-size:9pt;border-bottom:1px solid #000;margin-bottom:1em} .issued{text-align:center;font-style:italic;margin-bottom:1.2em}`;
    const html = `<!DOCTYPE html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${css}</style></head><body>
<div class="top"><span>${e(o.release)}</span><span>${e(o.reference)}</span></div>
<h1>${e((o.h1 ?? doc.title).toUpperCase())}</h1>
${o.issued ? `<p class="issued">${e(o.issued)}</p>` : ''}
${body}
</body></html>`;
    if (o.issued) cruft.push(o.issued);
    return {
      html,
      cruft,
      header: '<span></span>',
      footer: `<div style="${tiny};justify-content:center"><span>- <span class="pageNumber"></span> -</span></div>`,
      format: 'A4',
      margin: { top: '16mm', bottom: '16mm', left: '22mm', right: '22mm' },
    };
  }
  throw new Error(`${doc.id}: unknown print layout ${o.print}`);
}
