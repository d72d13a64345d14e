/**
 * The paragraph styles a Word export uses, one per kind of block Précis writes. Without a
 * template Précis defines them all (built-in ids where Word has one, so Word's navigation pane,
 * table of contents and style gallery know them). With a template, each block takes the style
 * the template's mapping file names, else the template's own built-in style, else Précis's
 * (added to the template): see template-styles.ts.
 */
import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';

/** The kinds of paragraph Précis writes; a template's mapping file maps these names to its styles. */
export const WORD_BLOCKS = [
  'title',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'body',
  'quote',
  'citation',
  'list',
  'numberedParagraph',
  'small',
  'fields',
  'marking',
  'tocHeading',
  'footnote',
] as const;
export type WordBlock = (typeof WORD_BLOCKS)[number];

/** The style id each block is written with. */
export type StyleIds = Record<WordBlock, string>;

/**
 * Each block's style as Précis defines it: its id, and its name in styles.xml (Word's own
 * lower-case names for built-in styles, which Word shows translated: "heading 1" is "Titre 1"
 * in a French Word).
 */
export const PRECIS_STYLES: Record<WordBlock, { id: string; name: string; builtIn: boolean }> = {
  title: { id: 'Title', name: 'Title', builtIn: true },
  heading1: { id: 'Heading1', name: 'heading 1', builtIn: true },
  heading2: { id: 'Heading2', name: 'heading 2', builtIn: true },
  heading3: { id: 'Heading3', name: 'heading 3', builtIn: true },
  heading4: { id: 'Heading4', name: 'heading 4', builtIn: true },
  body: { id: 'Normal', name: 'Normal', builtIn: true },
  quote: { id: 'Quote', name: 'Quote', builtIn: true },
  citation: { id: 'PrecisCitation', name: 'Précis Citation', builtIn: false },
  list: { id: 'ListParagraph', name: 'List Paragraph', builtIn: true },
  numberedParagraph: { id: 'PrecisNumberedParagraph', name: 'Précis Numbered Paragraph', builtIn: false },
  small: { id: 'PrecisSmall', name: 'Précis Small', builtIn: false },
  fields: { id: 'PrecisFields', name: 'Précis Fields', builtIn: false },
  marking: { id: 'PrecisMarking', name: 'Précis Marking', builtIn: false },
  tocHeading: { id: 'TOCHeading', name: 'TOC Heading', builtIn: true },
  footnote: { id: 'FootnoteText', name: 'footnote text', builtIn: true },
};

export const PRECIS_STYLE_IDS: StyleIds = Object.fromEntries(
  WORD_BLOCKS.map((block) => [block, PRECIS_STYLES[block].id]),
) as StyleIds;

/** The heading block for a level, 1–4 (deeper levels print as level 4). */
export function headingBlock(level: number): WordBlock {
  return (['heading1', 'heading2', 'heading3', 'heading4'] as const)[Math.min(4, Math.max(1, level)) - 1] as WordBlock;
}

/** Arial: what federal briefing notes are written in, on every Word installation. */
export const WORD_FONT = 'Arial';
const INK = '1A1A1A';
const MUTED = '4D4D4D';

/** Half-points, as Word sizes text. */
const pt = (points: number) => points * 2;
/** Twentieths of a point, as Word spaces paragraphs. */
const spacing = (points: number) => points * 20;

/**
 * Précis's own look: Arial 11 pt body, bold sans headings, quotations indented with a rule,
 * citations and datelines in small grey text. Used whole without a template, and style by style
 * for the blocks a template does not style itself.
 */
export function precisStyles(): IStylesOptions {
  const heading = (size: number, before: number, outline: number) => ({
    run: { font: WORD_FONT, size: pt(size), bold: true, color: '000000' },
    paragraph: {
      spacing: { before: spacing(before), after: spacing(6), line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      outlineLevel: outline,
    },
  });
  return {
    default: {
      document: {
        run: { font: WORD_FONT, size: pt(11), color: INK },
        paragraph: { spacing: { after: spacing(6), line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: WORD_FONT, size: pt(20), bold: true, color: '000000' },
        paragraph: {
          spacing: { before: 0, after: spacing(12), line: 240, lineRule: LineRuleType.AUTO },
          keepNext: true,
        },
      },
      heading1: heading(15, 18, 0),
      heading2: heading(12.5, 14, 1),
      heading3: heading(11, 12, 2),
      heading4: { ...heading(11, 10, 3), run: { font: WORD_FONT, size: pt(11), bold: true, italics: true } },
      listParagraph: { paragraph: { spacing: { after: spacing(3) } } },
      hyperlink: { run: { color: '1F4E79', underline: {} } },
      footnoteText: {
        run: { font: WORD_FONT, size: pt(9) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(10.5), color: INK },
        paragraph: {
          indent: { left: 567, right: 284 },
          spacing: { after: spacing(4) },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: '9A9A9A', space: 8 } },
        },
      },
      {
        id: PRECIS_STYLES.citation.id,
        name: PRECIS_STYLES.citation.name,
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(9), color: MUTED },
        paragraph: { indent: { left: 567 }, spacing: { before: 0, after: spacing(10) }, keepLines: true },
      },
      {
        id: PRECIS_STYLES.numberedParagraph.id,
        name: PRECIS_STYLES.numberedParagraph.name,
        basedOn: 'Normal',
        paragraph: { indent: { left: 680, hanging: 680 }, spacing: { after: spacing(6) } },
      },
      {
        id: PRECIS_STYLES.small.id,
        name: PRECIS_STYLES.small.name,
        basedOn: 'Normal',
        run: { size: pt(9.5), color: MUTED },
        paragraph: { spacing: { after: spacing(8) } },
      },
      {
        id: PRECIS_STYLES.fields.id,
        name: PRECIS_STYLES.fields.name,
        basedOn: 'Normal',
        run: { size: pt(10) },
        paragraph: { spacing: { before: spacing(1), after: spacing(1), line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: PRECIS_STYLES.marking.id,
        name: PRECIS_STYLES.marking.name,
        basedOn: 'Normal',
        run: { size: pt(12), bold: true, characterSpacing: 20 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { left: 1700, right: 1700 },
          spacing: { before: spacing(4), after: spacing(4) },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
            left: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
            right: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 },
          },
        },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: WORD_FONT, size: pt(15), bold: true },
        paragraph: { spacing: { before: 0, after: spacing(12) } },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: '222222' },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: '222222' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
