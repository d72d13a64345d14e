/**
 * A briefing note's content (its Lexical JSON, the same data the PDF's HTML is rendered from)
 * as Word paragraphs and tables: headings in the heading styles, lists numbered by Word, check
 * lists with Word check boxes, tables, links, quotations, rules and page breaks; each excerpt as
 * a quotation followed by its citation, which is also a footnote and, when the cited paragraph
 * is printed in an annex, a link to it.
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  CheckBox,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InternalHyperlink,
  PageBreak,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { excerptLabels, formatExcerptCitation, type ExcerptPayload } from '../../../../shared/model/index.ts';
import { NOTE_DECISIONS, type NoteContent, type SerializedNoteNode } from '../../../../shared/notes/content-schema.ts';
import { DECISION_BLOCK } from '../../../../shared/notes/templates.ts';
import {
  printableHref,
  TEXT_FORMAT,
  type CiteExcerpt,
  type NoteFieldRow,
} from '../../../../shared/notes/render-html.ts';
import { wordLanguage, type NumberedList, type WordContext } from './word-context.ts';
import { headingBlock, WORD_FONT } from './word-styles.ts';

/** Whatever a section's body holds: paragraphs, tables, a table of contents. */
export type Block = FileChild;

/** Twentieths of a point for one step of Lexical's indent (half an inch, as Word indents). */
const INDENT_STEP = 720;

interface Inline {
  context: WordContext;
  /** Runs carry the note's language, so Word checks spelling and reads aloud in it. */
  language: IRunOptions['language'];
  style?: string;
  /** Table header cells: every run bold. */
  bold?: boolean;
}

function runOptions(node: SerializedNoteNode, inline: Inline): IRunOptions {
  const format = typeof node.format === 'number' ? node.format : 0;
  return {
    text: String(node.text ?? ''),
    language: inline.language,
    ...(inline.style ? { style: inline.style } : {}),
    ...(inline.bold || format & TEXT_FORMAT.bold ? { bold: true } : {}),
    ...(format & TEXT_FORMAT.italic ? { italics: true } : {}),
    ...(format & TEXT_FORMAT.underline ? { underline: {} } : {}),
    ...(format & TEXT_FORMAT.strikethrough ? { strike: true } : {}),
    ...(format & TEXT_FORMAT.code ? { font: 'Courier New' } : {}),
    ...(format & TEXT_FORMAT.subscript ? { subScript: true } : {}),
    ...(format & TEXT_FORMAT.superscript ? { superScript: true } : {}),
    ...(format & TEXT_FORMAT.highlight ? { highlight: 'yellow' } : {}),
  };
}

/** The text-level children of a block: runs, line breaks, tabs and links. */
function inlineChildren(nodes: readonly SerializedNoteNode[], inline: Inline): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(new TextRun(runOptions(node, inline)));
        break;
      case 'linebreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'tab':
        out.push(new TextRun({ children: [new Tab()] }));
        break;
      case 'link':
      case 'autolink': {
        const url = printableHref(String(node.url ?? ''));
        const children = inlineChildren(node.children ?? [], inline) as TextRun[];
        // The PDF's rule: https and mailto only; app routes (#/doc/…) and plain http keep their text, without a link.
        if (url) {
          const linked = inlineChildren(node.children ?? [], { ...inline, style: 'Hyperlink' }) as TextRun[];
          out.push(new ExternalHyperlink({ link: url, children: linked }));
        } else out.push(...children);
        break;
      }
      default:
        // A block inside text (never written by the editor): keep its words.
        out.push(...inlineChildren(node.children ?? [], inline));
    }
  }
  return out;
}

function plainText(node: SerializedNoteNode): string {
  if (node.type === 'text') return String(node.text ?? '');
  if (node.type === 'tab' || node.type === 'linebreak') return ' ';
  return (node.children ?? []).map(plainText).join('');
}

function hasText(node: SerializedNoteNode): boolean {
  if (node.type === 'text') return String(node.text ?? '').trim() !== '';
  if (node.type === 'tab' || node.type === 'linebreak') return false;
  return (node.children ?? []).some(hasText);
}

function alignment(node: SerializedNoteNode) {
  switch (node.format) {
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    default:
      return undefined;
  }
}

function indent(node: SerializedNoteNode) {
  const steps = typeof node.indent === 'number' ? node.indent : 0;
  return steps > 0 ? { left: steps * INDENT_STEP } : undefined;
}

/** Thin grey rules around and between a table's cells, as every table in our Word files has. */
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
export const GRID_BORDERS = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};

export interface NoteBlockOptions {
  /** The Word heading level the note's top heading level becomes (1 for a note alone, 2 in a pack). */
  topHeadingLevel: number;
  /** The note's language (its runs are marked with it). */
  language: string;
  /** A bookmark to put on a heading (its text, its Word level), for a table of contents to link to. */
  headingBookmark?: (text: string, level: number) => string | undefined;
  /** The cited paragraphs as the library has them now, so citations show today's labels. */
  cite?: CiteExcerpt | undefined;
}

/** A note's content as Word blocks. */
export function noteBlocks(content: NoteContent, context: WordContext, options: NoteBlockOptions): Block[] {
  const levels: number[] = [];
  const collect = (node: SerializedNoteNode) => {
    if (node.type === 'heading') levels.push(Number(String(node.tag).slice(1)) || 2);
    for (const child of node.children ?? []) collect(child);
  };
  collect(content.root);
  const top = levels.length > 0 ? Math.min(...levels) : 1;
  const writer = new NoteWriter(context, {
    language: wordLanguage(options.language),
    citeLanguage: options.language.toLowerCase().startsWith('fr') ? 'fr' : 'en',
    headingLevel: (tag) => (Number(String(tag).slice(1)) || 2) - top + options.topHeadingLevel,
    headingBookmark: options.headingBookmark ?? (() => undefined),
    cite: options.cite ?? (() => undefined),
  });
  return writer.blocks(content.root.children ?? []);
}

interface NoteWriterOptions {
  language: IRunOptions['language'];
  /** The language citations are written in (their dates in words). */
  citeLanguage: 'en' | 'fr';
  headingLevel: (tag: unknown) => number;
  headingBookmark: (text: string, level: number) => string | undefined;
  cite: CiteExcerpt;
}

class NoteWriter {
  private readonly context: WordContext;
  private readonly options: NoteWriterOptions;

  constructor(context: WordContext, options: NoteWriterOptions) {
    this.context = context;
    this.options = options;
  }

  /** Inside a table header cell, every run is bold. */
  private bold = false;

  private inline(style?: string): Inline {
    return {
      context: this.context,
      language: this.options.language,
      ...(style ? { style } : {}),
      ...(this.bold ? { bold: true } : {}),
    };
  }

  blocks(nodes: readonly SerializedNoteNode[]): Block[] {
    return nodes.flatMap((node, index) =>
      // A paragraph that introduces an excerpt stays on its page ("The declaration states:"), and
      // the recommendation with its decision block.
      this.block(node, nodes[index + 1]?.type === 'excerpt' || nodes[index + 1]?.type === 'decision-block'),
    );
  }

  private block(node: SerializedNoteNode, beforeExcerpt = false): Block[] {
    const styles = this.context.styles;
    switch (node.type) {
      case 'paragraph':
        // Empty paragraphs print nothing in the PDF either (the template's blank lines).
        if (!hasText(node)) return [];
        return [
          new Paragraph({
            style: styles.body,
            keepNext: beforeExcerpt,
            alignment: alignment(node),
            indent: indent(node),
            children: inlineChildren(node.children ?? [], this.inline()),
          }),
        ];
      case 'heading': {
        if (!hasText(node)) return [];
        const level = this.options.headingLevel(node.tag);
        const children = inlineChildren(node.children ?? [], this.inline());
        const bookmark = this.options.headingBookmark(plainText(node).replace(/\s+/g, ' ').trim(), level);
        return [
          new Paragraph({
            style: styles[headingBlock(level)],
            outlineLevel: Math.min(8, level - 1),
            alignment: alignment(node),
            children: bookmark ? [new Bookmark({ id: bookmark, children })] : children,
          }),
        ];
      }
      case 'quote':
        return [new Paragraph({ style: styles.quote, children: inlineChildren(node.children ?? [], this.inline()) })];
      case 'list':
        return this.list(node, 0, this.numbered(node, 0));
      case 'table':
        return [this.table(node)];
      case 'horizontalrule':
        return [
          new Paragraph({
            style: styles.body,
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } },
            children: [],
          }),
        ];
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'decision-block':
        return this.decisionBlock(node);
      case 'excerpt':
        return this.excerpt(node as unknown as ExcerptPayload);
      default:
        return node.children ? this.blocks(node.children) : [];
    }
  }

  /**
   * The decision block in the note's language: a Word check box per choice (the one ticked
   * checked), then Signature and Date over a line to write on; kept on one page.
   */
  private decisionBlock(node: SerializedNoteNode): Block[] {
    const language = this.options.citeLanguage;
    const words = DECISION_BLOCK[language];
    const colon = language === 'fr' ? '\u00a0:' : ':';
    const run = (text: string) => new TextRun({ text, language: this.options.language });
    const choices = NOTE_DECISIONS.map(
      (choice) =>
        new Paragraph({
          style: this.context.styles.list,
          keepNext: true,
          keepLines: true,
          indent: { left: INDENT_STEP, hanging: 360 },
          children: [new CheckBox({ checked: node.decision === choice }), run(`\u00a0${words.choices[choice]}`)],
        }),
    );
    // The line to write on is an underlined tab to a stop (a paragraph border would merge with
    // the next line's into one box in Word and LibreOffice).
    const line = (label: string, last: boolean) =>
      new Paragraph({
        style: this.context.styles.body,
        keepNext: !last,
        spacing: { before: 240 },
        tabStops: [{ type: TabStopType.LEFT, position: 5400 }],
        children: [
          run(`${label}${colon}`),
          new TextRun({ children: [new Tab()], underline: {}, language: this.options.language }),
        ],
      });
    return [...choices, line(words.signature, false), line(words.date, true)];
  }

  /** The Word count a numbered list uses, from its first number; undefined for other lists. */
  private numbered(node: SerializedNoteNode, level: number): NumberedList | undefined {
    if (node.listType !== 'number') return undefined;
    return this.context.numberedList(typeof node.start === 'number' ? node.start : 1, Math.min(8, level));
  }

  private list(node: SerializedNoteNode, level: number, numbered: NumberedList | undefined): Block[] {
    const out: Block[] = [];
    const type = node.listType;
    for (const item of node.children ?? []) {
      const children = item.children ?? [];
      const nested = children.filter((c) => c.type === 'list');
      const words = children.filter((c) => c.type !== 'list');
      if (words.length > 0) {
        const inline = inlineChildren(words, this.inline());
        if (type === 'check' || typeof item.checked === 'boolean') {
          out.push(
            new Paragraph({
              style: this.context.styles.list,
              indent: { left: INDENT_STEP * (level + 1), hanging: 360 },
              children: [new CheckBox({ checked: item.checked === true }), new TextRun({ text: '\u00a0' }), ...inline],
            }),
          );
        } else if (type === 'number' && numbered) {
          out.push(
            new Paragraph({
              style: this.context.styles.list,
              numbering: { reference: numbered.reference, level: Math.min(8, level), instance: numbered.instance },
              children: inline,
            }),
          );
        } else {
          out.push(
            new Paragraph({
              style: this.context.styles.list,
              bullet: { level: Math.min(8, level) },
              children: inline,
            }),
          );
        }
      }
      for (const list of nested) {
        // A numbered list nested in a numbered one is its next level (1. a. i.); elsewhere it counts on its own.
        const count =
          list.listType === 'number' && type === 'number' && numbered ? numbered : this.numbered(list, level + 1);
        out.push(...this.list(list, level + 1, count));
      }
    }
    return out;
  }

  private table(node: SerializedNoteNode): Table {
    const rows = (node.children ?? []).filter((r) => r.type === 'tablerow');
    const columns = Math.max(
      1,
      ...rows.map((r) =>
        (r.children ?? []).reduce((sum, c) => sum + (typeof c.colSpan === 'number' ? c.colSpan : 1), 0),
      ),
    );
    const given = Array.isArray(node.colWidths) ? (node.colWidths as number[]) : [];
    const weights =
      given.length === columns && given.every((w) => w > 0) ? given : Array.from({ length: columns }, () => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => Math.floor((w / total) * this.context.textWidth));
    return new Table({
      width: { size: this.context.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: GRID_BORDERS,
      rows: rows.map((row) => {
        const cells = (row.children ?? []).filter((c) => c.type === 'tablecell');
        const headerRow =
          cells.length > 0 && cells.every((c) => typeof c.headerState === 'number' && c.headerState & 1);
        return new TableRow({
          tableHeader: headerRow,
          cantSplit: true,
          children: cells.map((cell) => {
            const header = typeof cell.headerState === 'number' && cell.headerState > 0;
            this.bold = header;
            // Cells hold paragraphs and tables (a note's blocks never make anything else).
            const content = this.blocks(cell.children ?? []).filter(
              (b): b is Paragraph | Table => b instanceof Paragraph || b instanceof Table,
            );
            this.bold = false;
            const paragraphs = content.length > 0 ? content : [new Paragraph({ children: [] })];
            return new TableCell({
              ...(typeof cell.colSpan === 'number' && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
              ...(typeof cell.rowSpan === 'number' && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
              ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: paragraphs,
            });
          }),
        });
      }),
    });
  }

  private excerpt(excerpt: ExcerptPayload): Block[] {
    const now = this.options.cite(excerpt);
    const cited = now && now.length > 0 ? now : undefined;
    const numbers = (cited ?? excerpt.paragraphs).flatMap((p) => (p.n === undefined ? [] : [p.n]));
    const bookmark =
      numbers.length > 0 ? this.context.paragraphBookmark(excerpt.documentId, Math.min(...numbers)) : undefined;
    return excerptBlocks(
      {
        paragraphs: excerpt.text.split(/\n{2,}/).map((text) => ({ text })),
        citation: formatExcerptCitation(excerpt, cited ?? excerptLabels(excerpt), this.options.citeLanguage),
        bookmark,
        language: this.options.language,
      },
      this.context,
    );
  }
}

export interface QuotedPassage {
  /** The quoted paragraphs, with the number each is cited by when they are printed numbered. */
  paragraphs: Array<{ text: string; label?: string }>;
  /** The citation: "Title (date), ¶ 8". */
  citation: string;
  /** A label before the citation, e.g. "Source:" (none under a note's excerpt: the rule says it). */
  lead?: string;
  /** The annex bookmark the citation links to, when the cited paragraph is printed there. */
  bookmark?: string | undefined;
  /** The language the quoted text is in. */
  language: IRunOptions['language'];
}

/**
 * A quotation and its citation, as every excerpt prints: the quoted paragraphs in the quotation
 * style, then the citation (linked to its paragraph in an annex when there is one) with a
 * footnote holding the same citation.
 */
export function excerptBlocks(passage: QuotedPassage, context: WordContext): Paragraph[] {
  const uiLanguage = wordLanguage(context.language);
  const quoted = passage.paragraphs.map(
    (p, index) =>
      new Paragraph({
        style: context.styles.quote,
        keepNext: true,
        ...(index < passage.paragraphs.length - 1 ? { keepLines: true } : {}),
        children: [
          ...(p.label
            ? [
                new TextRun({ text: p.label, font: WORD_FONT, size: 17, color: '595959' }),
                new TextRun({ children: [new Tab()] }),
              ]
            : []),
          ...p.text
            .split('\n')
            .map((line, i) => new TextRun({ text: line, language: passage.language, ...(i > 0 ? { break: 1 } : {}) })),
        ],
      }),
  );
  // "¶ 8" is never split at the end of a line (a footnote's narrow measure did it often).
  const citationText = passage.citation.replace(/¶ /g, '¶\u00a0');
  const citationRuns = [new TextRun({ text: citationText, language: uiLanguage })];
  const footnote = context.addFootnote(citationText);
  const citation = new Paragraph({
    style: context.styles.citation,
    children: [
      new TextRun({ text: passage.lead ? `${passage.lead} ` : '— ', language: uiLanguage }),
      passage.bookmark ? new InternalHyperlink({ anchor: passage.bookmark, children: citationRuns }) : citationRuns[0]!,
      new FootnoteReferenceRun(footnote),
    ],
  });
  return [...quoted, citation];
}

/**
 * Labelled fields (a note's header or sign-off, a cover's facts) as a two-column table between
 * two rules, as a briefing note's header block is laid out.
 */
export function fieldTable(rows: readonly NoteFieldRow[], context: WordContext, language: string): Table {
  const lang = wordLanguage(language);
  const labelWidth = Math.round(context.textWidth * 0.34);
  const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: context.textWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, context.textWidth - labelWidth],
    borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(([label, value], index) => {
      // The block stays on one page (a sign-off's last row is not left alone on the next one):
      // every row but the last keeps with the next.
      const keepNext = index < rows.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            margins: { top: 30, bottom: 30, left: 0, right: 80 },
            children: [
              new Paragraph({
                style: context.styles.fields,
                keepNext,
                children: [new TextRun({ text: label, color: '4D4D4D', language: lang })],
              }),
            ],
          }),
          new TableCell({
            margins: { top: 30, bottom: 30, left: 80, right: 0 },
            children: [
              new Paragraph({
                style: context.styles.fields,
                keepNext,
                children: [new TextRun({ text: value, bold: true, language: lang })],
              }),
            ],
          }),
        ],
      });
    }),
  });
}
