/**
 * The canonical text of a document: its paragraphs, in order, joined with a blank line.
 * Every anchor (quote and position selectors) is expressed over this string, so the reader,
 * the store, the CLI and exports agree on what offset 1234 means.
 */
import { paragraphLabel, type Section } from '../model/document.ts';

/** What separates two paragraphs in the canonical text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Where one paragraph sits in the canonical text: `[start, end)`. */
export interface ParagraphSpan {
  /** The paragraph's position, 1..n through the document. */
  n: number;
  id: string;
  /** What it is cited as (after ¶): its printed number, else its position. */
  label: string;
  /** Index of the section it belongs to in `sections`. */
  sectionIndex: number;
  start: number;
  end: number;
}

/** The canonical text with the span of every paragraph in it. */
export interface CanonicalText {
  text: string;
  paragraphs: ParagraphSpan[];
}

/** Builds the canonical text of a document's sections (headings are not part of it). */
export function canonicalText(sections: readonly Section[]): CanonicalText {
  const parts: string[] = [];
  const paragraphs: ParagraphSpan[] = [];
  let offset = 0;
  sections.forEach((section, sectionIndex) => {
    for (const paragraph of section.paragraphs) {
      if (parts.length > 0) offset += PARAGRAPH_SEPARATOR.length;
      paragraphs.push({
        n: paragraph.n,
        id: paragraph.id,
        label: paragraphLabel(paragraph),
        sectionIndex,
        start: offset,
        end: offset + paragraph.text.length,
      });
      parts.push(paragraph.text);
      offset += paragraph.text.length;
    }
  });
  return { text: parts.join(PARAGRAPH_SEPARATOR), paragraphs };
}

/**
 * The paragraph that contains `offset` (binary search). An offset in a separator belongs to
 * the next paragraph; past the end, to the last one. `undefined` only for an empty document.
 */
export function paragraphAt(paragraphs: readonly ParagraphSpan[], offset: number): ParagraphSpan | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  if (high < 0) return undefined;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((paragraphs[mid] as ParagraphSpan).end < offset) low = mid + 1;
    else high = mid;
  }
  return paragraphs[low];
}

/** The paragraphs a range `[start, end)` touches, in order. */
export function paragraphsInRange(paragraphs: readonly ParagraphSpan[], start: number, end: number): ParagraphSpan[] {
  return paragraphs.filter((p) => p.end > start && p.start < Math.max(end, start + 1));
}
