/**
 * A briefing pack as Word blocks, from the same print model and the same words (pack-text.ts)
 * as its PDF: a cover, the table of contents, then each item on a new page — notes with their
 * header, sections and sign-off, excerpts, annexes with their paragraph numbers (bookmarked, so
 * citations link to them), and annotation digests as tables.
 */
import {
  Bookmark,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { translator } from '../../../../shared/i18n/index.ts';
import { formatParagraphLabels, type PrintLanguage } from '../../../../shared/model/index.ts';
import { noteHeaderRows, noteSignoffRows, type NoteFieldRow } from '../../../../shared/notes/render-html.ts';
import type {
  PrintAnnex,
  PrintApproval,
  PrintAnnotationDigest,
  PrintExcerpt,
  PrintNote,
  PrintPack,
  PrintParagraph,
} from '../print-model.ts';
import {
  annexHeading,
  annexLetters,
  digestHeading,
  documentDateline,
  excerptHeading,
  excerptSource,
  marking,
  withColon,
} from '../pack-text.ts';
import { uncheckedStrings } from '../bilingual-annex-html.ts';
import { formatPrintDate, PRINT_STRINGS } from '../print-strings.ts';
import { excerptBlocks, fieldTable, GRID_BORDERS, noteBlocks, type Block } from './note-blocks.ts';
import { markingRuns } from './page-furniture.ts';
import { wordLanguage, type WordContext } from './word-context.ts';

/**
 * The bookmark of each paragraph an annex prints, by document and paragraph position: a
 * citation of that paragraph anywhere in the pack links there (the first annex printing it).
 */
export function annexBookmarks(pack: Pick<PrintPack, 'items'>): Map<string, string> {
  const letters = annexLetters(pack);
  const bookmarks = new Map<string, string>();
  for (const item of pack.items) {
    if (item.kind !== 'annex') continue;
    const index = letters.get(item.itemId) ?? 0;
    for (const section of item.sections)
      for (const p of section.paragraphs) {
        const key = paragraphKey(item.document.id, p.n);
        // Word bookmark names: a letter first, then letters, digits and _ (40 at most).
        if (!bookmarks.has(key)) bookmarks.set(key, `annex${index + 1}_p${p.n}`);
      }
    // A bilingual annex prints the other language version too: its paragraphs are cited as well.
    for (const row of item.partner?.rows ?? [])
      for (const p of row.b) {
        const key = paragraphKey(item.partner?.document.id ?? '', p.n);
        if (!bookmarks.has(key)) bookmarks.set(key, `annex${index + 1}b_p${p.n}`);
      }
  }
  return bookmarks;
}

export function paragraphKey(documentId: string, n: number): string {
  return `${documentId}\u0000${n}`;
}

/** "Approved by NAME, DATE" (a team approval), as the PDF prints it. */
export function approvalLine(approval: PrintApproval, language: PrintLanguage, context: WordContext): Paragraph {
  const date = formatPrintDate(approval.at.slice(0, 10), language);
  return new Paragraph({
    style: context.styles.fields,
    children: [
      new TextRun({
        text: translator(language)('review.approvedBy', { name: approval.by, date }),
        bold: true,
        language: wordLanguage(language),
      }),
    ],
  });
}

function smallLine(text: string, context: WordContext, language: string = context.language): Paragraph {
  return new Paragraph({
    style: context.styles.small,
    children: [new TextRun({ text, language: wordLanguage(language) })],
  });
}

/**
 * The cover: the marking, the audience, the title and the pack's facts — less what a template
 * prints itself (`printed`: `{{title}}`, `{{to}}` the audience, `{{date}}`, `{{from}}` or
 * `{{author}}` who prepared it, `{{classification}}`).
 */
export function coverBlocks(
  pack: PrintPack,
  context: WordContext,
  options: { title: boolean; printed?: ReadonlySet<string> },
): Block[] {
  const t = PRINT_STRINGS[pack.language];
  const lang = wordLanguage(pack.language);
  const printed = options.printed ?? new Set<string>();
  const facts: NoteFieldRow[] = [];
  if (!printed.has('date')) facts.push([t.date, formatPrintDate(pack.date, pack.language)]);
  if (!printed.has('classification')) facts.push([t.classification, marking(pack.classification, pack.language)]);
  if (pack.preparedBy && !printed.has('from') && !printed.has('author')) facts.push([t.preparedBy, pack.preparedBy]);
  const blocks: Block[] = [
    new Paragraph({
      style: context.styles.marking,
      children: markingRuns(pack.classification, pack.language),
    }),
  ];
  if (!printed.has('to'))
    blocks.push(
      new Paragraph({
        style: context.styles.body,
        spacing: { before: 3600, after: 120 },
        children: [new TextRun({ text: pack.audience, size: 26, color: '333333', language: lang })],
      }),
    );
  if (options.title)
    blocks.push(
      new Paragraph({ style: context.styles.title, children: [new TextRun({ text: pack.title, language: lang })] }),
    );
  if (facts.length > 0) blocks.push(fieldTable(facts, context, pack.language));
  if (pack.approval) blocks.push(approvalLine(pack.approval, pack.language, context));
  return blocks;
}

export interface TocEntry {
  text: string;
  level: 1 | 2;
  bookmark: string;
}

/** The table of contents: a Word TOC field, filled in with the pack's headings (Word updates the page numbers). */
export function tocBlocks(entries: readonly TocEntry[], context: WordContext): Block[] {
  const t = PRINT_STRINGS[context.language];
  return [
    new Paragraph({
      style: context.styles.tocHeading,
      pageBreakBefore: true,
      children: [new TextRun({ text: t.contents, language: wordLanguage(context.language) })],
    }),
    new TableOfContents(t.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      useAppliedParagraphOutlineLevel: true,
      cachedEntries: entries.map((e) => ({ title: e.text, level: e.level, href: e.bookmark })),
    }),
  ];
}

/** Builds the items of a pack, collecting the table of contents as headings are written. */
export class PackItemsWriter {
  readonly toc: TocEntry[] = [];
  private headingCount = 0;

  private readonly pack: PrintPack;
  private readonly context: WordContext;

  constructor(pack: PrintPack, context: WordContext) {
    this.pack = pack;
    this.context = context;
  }

  /** Every item, each starting on a new page. */
  items(): Block[] {
    const letters = annexLetters(this.pack);
    return this.pack.items.flatMap((item) => {
      switch (item.kind) {
        case 'note':
          return this.note(item);
        case 'excerpt':
          return this.excerpt(item);
        case 'annex':
          return this.annex(item, letters.get(item.itemId) ?? 0);
        case 'annotations':
          return this.digest(item);
      }
    });
  }

  /** Lists a heading in the table of contents; returns the bookmark its entry links to. */
  private register(text: string, level: 1 | 2): string {
    const bookmark = `toc_${++this.headingCount}`;
    this.toc.push({ text, level, bookmark });
    return bookmark;
  }

  /** A heading with a bookmark the table of contents links to. */
  private heading(text: string, level: 1 | 2, language: string = this.context.language): Paragraph {
    const bookmark = this.register(text, level);
    const run = new TextRun({ text, language: wordLanguage(language) });
    if (level === 1) {
      return new Paragraph({
        style: this.context.styles.heading1,
        outlineLevel: 0,
        pageBreakBefore: true,
        children: [new Bookmark({ id: bookmark, children: [run] })],
      });
    }
    return new Paragraph({
      style: this.context.styles.heading2,
      outlineLevel: 1,
      children: [new Bookmark({ id: bookmark, children: [run] })],
    });
  }

  private note(note: PrintNote): Block[] {
    const blocks: Block[] = [this.heading(note.title, 1, note.language)];
    blocks.push(fieldTable(noteHeaderRows(note), this.context, note.language));
    if (note.approval) blocks.push(approvalLine(note.approval, this.pack.language, this.context));
    blocks.push(new Paragraph({ style: this.context.styles.body, children: [] }));
    blocks.push(
      ...noteBlocks(note.content, this.context, {
        topHeadingLevel: 2,
        language: note.language,
        cite: note.cite,
        // Note sections are level 2 of the pack's table of contents, as in the PDF.
        headingBookmark: (text, level) => (level === 2 ? this.register(text, 2) : undefined),
      }),
    );
    const signoff = noteSignoffRows(note);
    if (signoff.length > 0) {
      blocks.push(new Paragraph({ style: this.context.styles.body, children: [] }));
      blocks.push(fieldTable(signoff, this.context, note.language));
    }
    return blocks;
  }

  private excerpt(excerpt: PrintExcerpt): Block[] {
    const source = excerptSource(excerpt, this.pack.language);
    const first = Math.min(...excerpt.paragraphs.map((p) => p.n));
    return [
      this.heading(excerptHeading(excerpt, this.pack.language), 1),
      ...excerptBlocks(
        {
          paragraphs: excerpt.paragraphs.map((p) => ({ text: p.text, label: p.label })),
          citation: source.citation,
          lead: withColon(PRINT_STRINGS[this.pack.language].source, this.pack.language),
          bookmark: this.context.paragraphBookmark(excerpt.document.id, first),
          language: wordLanguage(excerpt.document.language),
        },
        this.context,
      ),
    ];
  }

  private annex(annex: PrintAnnex, index: number): Block[] {
    const t = PRINT_STRINGS[this.pack.language];
    const blocks: Block[] = [this.heading(annexHeading(annex, index, this.pack.language), 1)];
    const line = documentDateline(annex.document, this.pack.language);
    if (line) blocks.push(smallLine(line, this.context));
    if (!annex.whole) blocks.push(smallLine(t.selectedSections, this.context));
    if (annex.partner) {
      // What the mark on a pair no one confirmed means (bilingual-annex-html.ts says why).
      if (annex.partner.rows.some((row) => row.unchecked)) {
        blocks.push(smallLine(uncheckedStrings(this.pack.language).uncheckedLegend, this.context));
      }
      blocks.push(this.bilingualTable(annex, annex.partner));
      return blocks;
    }
    for (const section of annex.sections) {
      if (section.heading) blocks.push(this.heading(section.heading, 2, annex.document.language));
      for (const p of section.paragraphs) {
        blocks.push(this.numberedParagraph(annex.document.id, p, annex.document.language));
      }
    }
    return blocks;
  }

  /** A printed paragraph: its label (bookmarked, so citations link to it), a tab, its text. */
  private numberedParagraph(documentId: string, p: PrintParagraph, language: string): Paragraph {
    const bookmark = this.context.paragraphBookmark(documentId, p.n);
    const number = new TextRun({ text: p.label, size: 18, color: '595959' });
    return new Paragraph({
      style: this.context.styles.numberedParagraph,
      children: [
        bookmark ? new Bookmark({ id: bookmark, children: [number] }) : number,
        new TextRun({ text: '\t' }),
        new TextRun({ text: p.text, language: wordLanguage(language) }),
      ],
    });
  }

  /** Both language versions side by side, one row per paragraph pair, the titles repeated on each page. */
  private bilingualTable(annex: PrintAnnex, partner: NonNullable<PrintAnnex['partner']>): Table {
    const half = Math.floor(this.context.textWidth / 2);
    const side = (
      document: PrintAnnex['document'],
      heading: string | null,
      paragraphs: PrintParagraph[],
      unchecked = false,
    ) => {
      const children: Paragraph[] = [];
      if (heading)
        children.push(
          new Paragraph({
            style: this.context.styles.body,
            keepNext: true,
            children: [new TextRun({ text: heading, bold: true, language: wordLanguage(document.language) })],
          }),
        );
      for (const p of paragraphs) children.push(this.numberedParagraph(document.id, p, document.language));
      if (unchecked) {
        const mark = uncheckedStrings(this.pack.language).unchecked;
        children.push(
          new Paragraph({
            style: this.context.styles.small,
            children: [new TextRun({ text: mark, italics: true, language: wordLanguage(this.pack.language) })],
          }),
        );
      }
      return new TableCell({
        margins: { top: 40, bottom: 40, left: 70, right: 70 },
        children: children.length > 0 ? children : [new Paragraph({ children: [] })],
      });
    };
    const title = (document: PrintAnnex['document']) =>
      new TableCell({
        margins: { top: 40, bottom: 40, left: 70, right: 70 },
        shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' },
        children: [
          new Paragraph({
            style: this.context.styles.fields,
            children: [new TextRun({ text: document.title, bold: true, language: wordLanguage(document.language) })],
          }),
        ],
      });
    return new Table({
      width: { size: half * 2, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: GRID_BORDERS,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [title(annex.document), title(partner.document)],
        }),
        ...partner.rows.map(
          (row) =>
            new TableRow({
              children: [
                side(annex.document, row.headings.a, row.a),
                side(partner.document, row.headings.b, row.b, row.unchecked),
              ],
            }),
        ),
      ],
    });
  }

  private digest(digest: PrintAnnotationDigest): Block[] {
    const t = PRINT_STRINGS[this.pack.language];
    const lang = wordLanguage(this.pack.language);
    const docLang = wordLanguage(digest.document.language);
    const blocks: Block[] = [this.heading(digestHeading(digest, this.pack.language), 1)];
    if (digest.annotations.length === 0) {
      blocks.push(
        new Paragraph({
          style: this.context.styles.body,
          children: [new TextRun({ text: t.noAnnotations, language: lang })],
        }),
      );
      return blocks;
    }
    const width = this.context.textWidth;
    const widths = [0.1, 0.4, 0.2, 0.3].map((share) => Math.floor(share * width));
    const cell = (children: ParagraphChild[], header = false) =>
      new TableCell({
        margins: { top: 40, bottom: 40, left: 70, right: 70 },
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
        children: [new Paragraph({ style: this.context.styles.fields, children })],
      });
    const text = (value: string, options: { bold?: boolean; language?: typeof lang; color?: string } = {}) =>
      new TextRun({
        text: value,
        language: options.language ?? lang,
        ...(options.bold ? { bold: true } : {}),
        ...(options.color ? { color: options.color } : {}),
      });
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell([text('¶', { bold: true })], true),
        cell([text(t.passage, { bold: true })], true),
        cell([text(`${t.meaning} · ${t.tags}`, { bold: true })], true),
        cell([text(t.comment, { bold: true })], true),
      ],
    });
    const rows = digest.annotations.map((a) => {
      let where: ParagraphChild;
      if (a.paragraph === null) where = text(t.notFoundShort, { color: '8A1F11' });
      else {
        const label = text(formatParagraphLabels([a.paragraph], { noBreak: true }));
        const bookmark = this.context.paragraphBookmark(digest.document.id, a.paragraph.n);
        where = bookmark ? new InternalHyperlink({ anchor: bookmark, children: [label] }) : label;
      }
      const meaning: ParagraphChild[] = [text(a.category)];
      if (a.tags.length) meaning.push(new TextRun({ break: 1 }), text(a.tags.join(', '), { color: '4D4D4D' }));
      return new TableRow({
        cantSplit: true,
        children: [cell([where]), cell([text(a.quote, { language: docLang })]), cell(meaning), cell([text(a.comment)])],
      });
    });
    blocks.push(
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        borders: GRID_BORDERS,
        rows: [header, ...rows],
      }),
    );
    if (digest.annotations.some((a) => a.paragraph === null))
      blocks.push(smallLine(`${withColon(t.notFoundShort, this.pack.language)} ${t.orphaned}.`, this.context));
    return blocks;
  }
}

/** The cover, the table of contents and every item of a pack. */
export function packBlocks(
  pack: PrintPack,
  context: WordContext,
  options: { title: boolean; printed?: ReadonlySet<string> },
): Block[] {
  const writer = new PackItemsWriter(pack, context);
  const items = writer.items();
  return [...coverBlocks(pack, context, options), ...tocBlocks(writer.toc, context), ...items];
}
