/**
 * What the block writers share while one Word file is built: the language, the style of each
 * block, the footnotes collected so far (one per citation), which cited paragraphs are printed
 * in an annex (citations link to their bookmarks), and a new list number for each list.
 */
import { Paragraph, TextRun, type IRunOptions } from 'docx';
import type { PrintLanguage } from '../../../../shared/model/index.ts';
import type { StyleIds } from './word-styles.ts';

/** Numbered lists: one definition, levels 1., a., i. …; each list of a note is an instance of it. */
export const NUMBERED_LIST = 'precis-numbered';

/** A numbered list as Word counts it: a numbering definition and an instance of it (its own count). */
export interface NumberedList {
  reference: string;
  instance: number;
}

/** A numbering definition for lists that start at another number than 1 ("3. 4." after a paragraph). */
export interface ListStart {
  reference: string;
  /** The level whose count starts at `start`; the other levels start at 1. */
  level: number;
  start: number;
}

export interface WordContext {
  /** The language of the export: labels, typography, and the language runs are marked with. */
  language: PrintLanguage;
  styles: StyleIds;
  /** Text width of the page in twentieths of a point, to size tables. */
  textWidth: number;
  /** Adds a footnote (its text) and returns its id, for a `FootnoteReferenceRun`. */
  addFootnote: (text: string) => number;
  footnotes: () => Record<string, { children: Paragraph[] }>;
  /** The bookmark of paragraph `n` of a document when the export prints it in an annex. */
  paragraphBookmark: (documentId: string, n: number) => string | undefined;
  /**
   * A new numbered list whose items at `level` count from `start` (Lexical's `start`, as the
   * PDF's `<ol start>`); its nested numbered lists continue the same instance.
   */
  numberedList: (start: number, level: number) => NumberedList;
  /** The definitions lists starting at another number need, for the document's numbering part. */
  listStarts: () => ListStart[];
}

/** A run's language, as docx takes it. */
export type WordLanguage = NonNullable<IRunOptions['language']>;

/** Word's language tag for a BCP 47 language: Canadian English and French, others as they are. */
export function wordLanguage(language: string): WordLanguage {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'en') return { value: 'en-CA' };
  if (primary === 'fr') return { value: 'fr-CA' };
  return { value: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(language) ? language : 'en-CA' };
}

export interface ContextOptions {
  language: PrintLanguage;
  styles: StyleIds;
  textWidth: number;
  paragraphBookmark?: WordContext['paragraphBookmark'];
}

export function createWordContext(options: ContextOptions): WordContext {
  const notes: Record<string, { children: Paragraph[] }> = {};
  let footnoteCount = 0;
  let listCount = 0;
  const starts = new Map<string, ListStart>();
  const lang = wordLanguage(options.language);
  return {
    language: options.language,
    styles: options.styles,
    textWidth: options.textWidth,
    addFootnote: (text) => {
      footnoteCount += 1;
      notes[String(footnoteCount)] = {
        children: [
          // A space after the footnote's number, as Word's own footnotes have.
          new Paragraph({
            style: options.styles.footnote,
            children: [new TextRun({ text: ` ${text}`, language: lang })],
          }),
        ],
      };
      return footnoteCount;
    },
    footnotes: () => notes,
    paragraphBookmark: options.paragraphBookmark ?? (() => undefined),
    numberedList: (start, level) => {
      listCount += 1;
      const from = Number.isSafeInteger(start) && start > 1 && start < 32768 ? start : 1;
      if (from === 1) return { reference: NUMBERED_LIST, instance: listCount };
      const reference = `${NUMBERED_LIST}-${level}-${from}`;
      starts.set(reference, { reference, level, start: from });
      return { reference, instance: listCount };
    },
    listStarts: () => [...starts.values()],
  };
}
