/**
 * What every page of a Word export carries: the classification at the top and at the bottom,
 * and at the bottom the running title and "Page X of Y" as Word fields (PAGE, NUMPAGES), so the
 * numbers stay right however the document is edited. Also the page geometry.
 */
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type INumberingOptions,
  type IRunOptions,
} from 'docx';
import type { Classification, PageSize, PrintLanguage } from '../../../../shared/model/index.ts';
import { marking } from '../pack-text.ts';
import { PRINT_STRINGS } from '../print-strings.ts';
import { NUMBERED_LIST, wordLanguage, type ListStart } from './word-context.ts';

/** Page sizes and margins in twentieths of a point (1 inch = 1440). */
const PAGES: Record<PageSize, { width: number; height: number }> = {
  letter: { width: 12240, height: 15840 },
  a4: { width: 11906, height: 16838 },
};
const MARGIN = 1440;

export interface PageGeometry {
  size: { width: number; height: number };
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** The width between the margins: what tables span. */
  textWidth: number;
}

export function pageGeometry(pageSize: PageSize): PageGeometry {
  const size = PAGES[pageSize];
  return {
    size,
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 708, footer: 708 },
    textWidth: size.width - 2 * MARGIN,
  };
}

/** "Page 3 of 12" / "Page 3 de 12" with the numbers as fields Word keeps up to date. */
export function pageOfRuns(language: PrintLanguage, style: { size?: number } = {}): TextRun[] {
  const t = PRINT_STRINGS[language];
  return [
    new TextRun({
      ...style,
      language: wordLanguage(language),
      children: [`${t.page} `, PageNumber.CURRENT, ` ${t.of} `, PageNumber.TOTAL_PAGES],
    }),
  ];
}

/**
 * The bilingual marking ("PROTECTED B / PROTÉGÉ B", the export's language first) as runs each
 * marked with its own language, so Word's spelling check and screen readers read the French
 * half as French. `style` applies to every run.
 */
export function markingRuns(
  classification: Classification,
  language: PrintLanguage,
  style: Omit<IRunOptions, 'text' | 'language' | 'children'> = {},
): TextRun[] {
  const other: PrintLanguage = language === 'fr' ? 'en' : 'fr';
  const first = marking(classification, language);
  const second = marking(classification, other);
  const run = (text: string, lang: PrintLanguage) => new TextRun({ ...style, text, language: wordLanguage(lang) });
  // The same words in both languages ("SECRET") are written once, as bilingualMarking does.
  if (first === second) return [run(first, language)];
  return [run(first, language), run(' / ', language), run(second, other)];
}

export interface Furniture {
  /** The classification marked at the top and bottom of every page, in both languages. */
  classification: Classification;
  /** The running title at the bottom left. */
  runningTitle: string;
  language: PrintLanguage;
  textWidth: number;
}

/** The header and footer of every page. */
export function pageFurniture(furniture: Furniture): { header: Header; footer: Footer } {
  const lang = wordLanguage(furniture.language);
  const markingParagraph = (spacing: { before?: number; after?: number }) =>
    new Paragraph({
      style: 'Header',
      alignment: AlignmentType.CENTER,
      spacing,
      children: markingRuns(furniture.classification, furniture.language, {
        bold: true,
        size: 20,
        characterSpacing: 10,
      }),
    });
  const header = new Header({ children: [markingParagraph({ after: 120 })] });
  const footer = new Footer({
    children: [
      markingParagraph({ before: 60, after: 60 }),
      new Paragraph({
        style: 'Footer',
        tabStops: [{ type: TabStopType.RIGHT, position: furniture.textWidth }],
        children: [
          new TextRun({ text: furniture.runningTitle, language: lang }),
          new TextRun({ text: '\t' }),
          ...pageOfRuns(furniture.language),
        ],
      }),
    ],
  });
  return { header, footer };
}

/**
 * Numbered lists: 1. a. i. repeating down nine levels, half an inch per level; and the same for
 * each list that starts at another number (`starts`, from the context that wrote the lists).
 */
export function listNumbering(starts: readonly ListStart[] = []): INumberingOptions {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const definition = (reference: string, from?: ListStart) => ({
    reference,
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: formats[level % 3] as (typeof formats)[number],
      text: `%${level + 1}.`,
      start: from && from.level === level ? from.start : 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  });
  return { config: [definition(NUMBERED_LIST), ...starts.map((start) => definition(start.reference, start))] };
}
