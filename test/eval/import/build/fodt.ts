/**
 * Word-processor documents as flat ODT, converted by LibreOffice to PDF or DOCX: a UN
 * resolution (symbol block, "The General Assembly,", italic preamble, numbered operative
 * paragraphs with lettered items, real footnotes, running head with the symbol), EU Council
 * "outcome of proceedings" (cover note, ANNEX, footer with file number and unit), a ministry
 * news release on letterhead (FOR IMMEDIATE RELEASE, dateline, "- 30 -", media contacts) and a
 * typed declaration (centred title, place and date, auto-numbered or typed paragraphs, page
 * "x of y"). Hyphenation is on, so long lines break inside words.
 */
import type { Block, Doc } from './model.ts';
import { headingText, markerText } from './model.ts';

export interface WordFile {
  xml: string;
  cruft: string[];
}

type Paragraph = Extract<Block, { type: 'paragraph' }>;

const x = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline marks and footnotes to ODF. */
function inline(doc: Doc, text: string): string {
  return x(text)
    .replace(/\[\^(\w+)\]/g, (_m, n: string) => {
      const body = x(doc.footnotes.get(n) ?? '');
      return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${body}</text:p></text:note-body></text:note>`;
    })
    .replace(/\*\*(.+?)\*\*/g, '<text:span text:style-name="B">$1</text:span>')
    .replace(/\*(.+?)\*/g, '<text:span text:style-name="I">$1</text:span>');
}

const p = (style: string, content: string): string => `<text:p text:style-name="${style}">${content}</text:p>`;

export function wordDocument(doc: Doc): WordFile {
  const o = doc.opts;
  const fr = doc.language === 'fr';
  const cruft: string[] = [];
  const front: string[] = [];
  let header = '';
  let footer: string;
  let firstHeader = '';
  let headerLeft = '';
  let firstFooter: string;
  const autonum = o.autonum === 'yes';
  if (o.dateline) cruft.push(o.dateline);
  const body: string[] = [];
  const layout = doc.layout;

  if (layout === 'un-res') {
    const symbol = o.symbol;
    cruft.push(symbol, o.job, fr ? 'Distr. générale' : 'Distr.: General');
    front.push(
      `<table:table table:name="Masthead" table:style-name="Mast"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p text:style-name="Org">${fr ? 'Nations Unies' : 'United Nations'}</text:p></table:table-cell><table:table-cell><text:p text:style-name="Symbol">${x(symbol)}</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p text:style-name="Organ">${fr ? 'Assemblée générale' : 'General Assembly'}</text:p></table:table-cell><table:table-cell><text:p text:style-name="Small">${fr ? 'Distr. générale' : 'Distr.: General'}</text:p><text:p text:style-name="Small">${x(o.distr)}</text:p></table:table-cell></table:table-row></table:table>`,
      p('Small', x(o.session)),
      p('Small', x(o.agenda)),
      p('Resolution', x(o.adopted)),
      p('Small', x(o.report)),
      p('ResTitle', x(o.h1 ?? doc.title)),
      p(
        'Organ2',
        `<text:span text:style-name="I">${fr ? 'L’Assemblée générale,' : 'The General Assembly,'}</text:span>`,
      ),
    );
    cruft.push(o.adopted);
    header = p('Header', `${x(symbol)}<text:tab/>${x(o.runningTitle ?? '')}`);
    // `opt.running: mirror`: even pages carry the heads the other way round, as printed UN texts do.
    if (o.running === 'mirror') headerLeft = p('Header', `${x(o.runningTitle ?? '')}<text:tab/>${x(symbol)}`);
    footer = p('FooterRight', '<text:page-number text:select-page="current"/>');
    firstHeader = '';
    firstFooter = p('Footer', `${x(o.job)}<text:tab/><text:tab/>*${x(o.job.replace(/\D/g, ''))}*`);
    if (o.runningTitle) cruft.push(o.runningTitle);
  } else if (layout === 'eu-outcome') {
    cruft.push(o.file, o.unit, fr ? 'RÉSULTATS DES TRAVAUX' : 'OUTCOME OF PROCEEDINGS');
    front.push(
      p('Org', fr ? 'Conseil de l’Union européenne' : 'Council of the European Union'),
      p('Small', x(o.place)),
      p('Symbol', x(o.file)),
      p('Spacer', ''),
      p(
        'Centre',
        `<text:span text:style-name="B">${fr ? 'RÉSULTATS DES TRAVAUX' : 'OUTCOME OF PROCEEDINGS'}</text:span>`,
      ),
      p(
        'Label',
        `${fr ? 'Origine:' : 'From:'}<text:tab/>${fr ? 'Secrétariat général du Conseil' : 'General Secretariat of the Council'}`,
      ),
      p('Label', `${fr ? 'Destinataire:' : 'To:'}<text:tab/>${fr ? 'Délégations' : 'Delegations'}`),
      p('Label', `${fr ? 'Objet:' : 'Subject:'}<text:tab/>${x(doc.title)}`),
      p('Body', x(o.cover)),
      `<text:p text:style-name="Annex">ANNEX${fr ? 'E' : ''}</text:p>`,
      p('ResTitle', x(o.h1 ?? doc.title)),
    );
    cruft.push(o.cover);
    footer =
      p(
        'Footer',
        `${x(o.file)}<text:tab/>${x(o.initials ?? 'KM/ab')}<text:tab/><text:page-number text:select-page="current"/>`,
      ) + p('Footer', `${x(o.unit)}<text:tab/><text:tab/>${fr ? 'FR' : 'EN'}`);
    firstFooter = footer;
    cruft.push(fr ? 'Page 1 sur' : 'Page 1 of', fr ? 'Page 1 de' : 'Page 2 of');
  } else if (layout === 'letterhead') {
    cruft.push(o.org, o.release, ...(o.contacts ?? '').split(' / '));
    header = p('Header', `${x(o.org)}`);
    firstHeader = p('Org', x(o.org)) + p('Small', x(o.orgSecond ?? ''));
    front.push(p('Release', x(o.release)));
    if (o.embargo) {
      front.push(p('Small', x(o.embargo)));
      cruft.push(o.embargo);
    }
    front.push(p('ResTitle', x(o.h1 ?? doc.title)));
    if (o.subtitle) {
      front.push(p('Subtitle', x(o.subtitle)));
      cruft.push(o.subtitle);
    }
    footer = p(
      'FooterRight',
      `${fr ? 'Page' : 'Page'} <text:page-number text:select-page="current"/> ${fr ? 'de' : 'of'} <text:page-count/>`,
    );
    firstFooter = footer;
    cruft.push(fr ? 'Page 1 sur' : 'Page 1 of', fr ? 'Page 1 de' : 'Page 2 of');
  } else {
    // A typed declaration: centred title, place and date line, page x of y.
    if (o.header) {
      header = p('Header', x(o.header));
      cruft.push(o.header);
    }
    front.push(p('ResTitle', x(o.h1 ?? doc.title)));
    if (o.subtitle) {
      front.push(p('Subtitle', x(o.subtitle)));
      cruft.push(o.subtitle);
    }
    if (o.placeLine) {
      front.push(p('Centre', x(o.placeLine)));
      cruft.push(o.placeLine);
    }
    footer = p(
      'FooterRight',
      `${fr ? 'Page' : 'Page'} <text:page-number text:select-page="current"/> ${fr ? 'sur' : 'of'} <text:page-count/>`,
    );
    firstFooter = footer;
    cruft.push(fr ? 'Page 1 sur' : 'Page 1 of', fr ? 'Page 1 de' : 'Page 2 of');
    firstHeader = header;
  }
  for (const line of (o.pre ?? '').split(' / ').filter(Boolean)) {
    front.push(p('Small', x(line)));
    cruft.push(line);
  }
  if (o.intro) {
    body.push(p('Body', x(o.intro)));
    cruft.push(o.intro);
  }

  let runIn: string | null = null;
  let first = true;
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      if (block.runIn) runIn = block.text.endsWith('.') ? block.text : `${block.text}.`;
      else
        body.push(
          p(
            /^[IVX]+\.\s/.test(block.text) || layout === 'eu-outcome' ? 'HeadingRoman' : 'Heading',
            x(headingText(block)),
          ),
        );
      continue;
    }
    if (block.type === 'formula') {
      body.push(p('Organ2', `<text:span text:style-name="I">${x(block.text)}</text:span>`));
      continue;
    }
    let content = inline(doc, block.text);
    if (first && o.dateline) content = `<text:span text:style-name="B">${x(o.dateline)}</text:span> ${content}`;
    first = false;
    if (runIn !== null) {
      content = `<text:span text:style-name="B">${x(runIn)}</text:span> ${content}`;
      runIn = null;
    }
    body.push(
      block.quote
        ? p('Quote', content)
        : paragraph(
            block,
            content,
            autonum,
            layout === 'un-res' && block.label.startsWith('PP') ? 'Preamble' : 'Body',
            o.letters,
          ),
    );
  }
  if (o.endmark) body.push(p('Centre', x(o.endmark)));
  if (o.contacts) {
    const [headLine, ...rest] = o.contacts.split(' / ');
    body.push(p('Label', `<text:span text:style-name="B">${x(headLine ?? '')}</text:span>`));
    for (const line of rest) body.push(p('Small', x(line)));
  }
  for (const line of (o.post ?? '').split(' / ').filter(Boolean)) {
    body.push(p('Centre', x(line)));
    cruft.push(line);
  }
  if (layout === 'un-res' && o.plenary) {
    body.push(p('Plenary', x(o.plenary)));
    cruft.push(o.plenary);
  }
  return {
    xml: document(doc, front, body, { header, headerLeft, footer, firstHeader, firstFooter }),
    cruft: cruft.filter(Boolean),
  };
}

function paragraph(
  block: Paragraph,
  content: string,
  autonum: boolean,
  plainStyle: string,
  letters: string | undefined,
): string {
  if (block.marker === null) {
    if (block.bullet)
      return `<text:list text:style-name="LBullet"><text:list-item>${p('Body', content)}</text:list-item></text:list>`;
    return p(plainStyle, content);
  }
  if (autonum) {
    const start =
      block.depth === 0
        ? Number(block.marker)
        : block.depth === 1
          ? block.marker.charCodeAt(0) - 96
          : romanValue(block.marker);
    const item = `<text:list-item text:start-value="${start}">${p('Body', content)}</text:list-item>`;
    let nested = `<text:list text:style-name="LNum">${item}</text:list>`;
    for (let level = 0; level < block.depth; level++) {
      nested = `<text:list text:style-name="LNum"><text:list-header>${nested}</text:list-header></text:list>`;
    }
    return nested;
  }
  const marker = markerText(block, letters);
  return p(block.depth === 0 ? 'Numbered' : block.depth === 1 ? 'Lettered' : 'Roman', `${marker}<text:tab/>${content}`);
}

function romanValue(r: string): number {
  const order = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
  return order.indexOf(r) + 1;
}

interface Furniture {
  header: string;
  /** Even pages' header, when it differs (mirrored running heads). */
  headerLeft: string;
  footer: string;
  firstHeader: string;
  firstFooter: string;
}

function document(doc: Doc, front: string[], body: string[], f: Furniture): string {
  const lang = doc.language === 'fr' ? 'fo:language="fr" fo:country="FR"' : 'fo:language="en" fo:country="US"';
  const font = doc.layout === 'letterhead' ? 'DejaVu Sans' : 'DejaVu Serif';
  const size = doc.layout === 'un-res' ? '10pt' : '11pt';
  const first = [front[0] ? front[0] : p('Standard', '')];
  // The first paragraph opens the "First" master page; later pages use "Standard".
  const firstBlock = first[0]!.replace(/^<text:p text:style-name="(\w+)">/, '<text:p text:style-name="First_$1">');
  const usesFirstStyle = firstBlock !== first[0];
  const firstStyleName = usesFirstStyle ? /^<text:p text:style-name="First_(\w+)">/.exec(firstBlock)?.[1] : null;
  const contentFront = usesFirstStyle ? [firstBlock, ...front.slice(1)] : [p('First_Standard', ''), ...front];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${x(doc.opts.metaTitle ?? doc.opts.file ?? doc.title)}</dc:title><meta:initial-creator>${x(doc.opts.author ?? 'Document services')}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="${font}" fo:font-size="${size}" ${lang} fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.09in" fo:text-align="justify" fo:line-height="120%"/></style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6in" fo:margin-right="0.6in"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Preamble" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="0.5in"/></style:style>
<style:style style:name="Numbered" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.5in" fo:text-indent="-0.5in"><style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Lettered" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1in" fo:text-indent="-0.5in"><style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Roman" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1.5in" fo:text-indent="-0.5in"><style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.16in" fo:margin-bottom="0.08in" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="HeadingRoman" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="ResTitle" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2in" fo:margin-bottom="0.16in" fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14in" fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Org" style:family="paragraph"><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Organ" style:family="paragraph"><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Organ2" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="0.5in"/></style:style>
<style:style style:name="Symbol" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Spacer" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3in"/></style:style>
<style:style style:name="Resolution" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25in"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1in" fo:margin-bottom="0.1in" fo:text-align="center"/></style:style>
<style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06in"><style:tab-stops><style:tab-stop style:position="1.2in"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Annex" style:family="paragraph"><style:paragraph-properties fo:break-before="page" fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Release" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2in"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:text-transform="uppercase"/></style:style>
<style:style style:name="Plenary" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2in" fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6.5in" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="3.25in" style:type="center"/><style:tab-stop style:position="6.5in" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="FooterRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.2in" fo:text-indent="-0.2in"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="LNum">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.5in" fo:margin-left="0.5in"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1in" fo:text-indent="-0.5in" fo:margin-left="1in"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="3" style:num-prefix="(" style:num-suffix=")" style:num-format="i"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.5in" fo:text-indent="-0.5in" fo:margin-left="1.5in"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.25in" fo:margin-left="0.5in"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="First_${firstStyleName ?? 'Standard'}" style:family="paragraph" style:parent-style-name="${firstStyleName ?? 'Standard'}" style:master-page-name="First"/>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="1in" fo:margin-right="1in"><style:footnote-sep style:width="0.007in" style:distance-before-sep="0.04in" style:distance-after-sep="0.04in" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties><style:header-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-bottom="0.2in"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.2in"/></style:footer-style></style:page-layout>
<style:style style:name="Mast" style:family="table"><style:table-properties style:width="6.5in" table:align="left"/></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">${f.header ? `<style:header>${f.header}</style:header>` : ''}${f.headerLeft ? `<style:header-left>${f.headerLeft}</style:header-left>` : ''}${f.footer ? `<style:footer>${f.footer}</style:footer>` : ''}</style:master-page>
<style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="Standard">${f.firstHeader ? `<style:header>${f.firstHeader}</style:header>` : ''}${f.firstFooter ? `<style:footer>${f.firstFooter}</style:footer>` : ''}</style:master-page>
</office:master-styles>
<office:body><office:text>
${[...contentFront, ...body].join('\n')}
</office:text></office:body>
</office:document>
`;
}
