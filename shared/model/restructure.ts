/**
 * Corrections a reader makes to what structure detection got wrong: turn a paragraph into a
 * heading or back, merge two paragraphs, split one. Pure functions from a document's sections
 * to new section drafts; the store renumbers them (`numberSections`), so paragraphs whose text
 * is unchanged keep their ids.
 */
import type { Section } from './document.ts';
import type { SectionDraft } from './paragraph-id.ts';

/** Thrown when a correction does not apply (no such paragraph, nothing to merge with, …). */
export class RestructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestructureError';
  }
}

/** Sections as drafts: headings and paragraph texts, the form the store renumbers. */
export function toDrafts(sections: readonly Section[]): SectionDraft[] {
  return sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) }));
}

function locate(sections: readonly SectionDraft[], n: number): { section: number; index: number } {
  let count = 0;
  for (const [section, draft] of sections.entries()) {
    if (n <= count + draft.paragraphs.length) return { section, index: n - count - 1 };
    count += draft.paragraphs.length;
  }
  throw new RestructureError(`There is no paragraph ${n} in this document.`);
}

/** ¶ n becomes the heading of a new section holding the paragraphs that followed it. */
export function paragraphToHeading(sections: readonly Section[], n: number): SectionDraft[] {
  const result = toDrafts(sections);
  const { section, index } = locate(result, n);
  const draft = result[section] as SectionDraft;
  const heading = (draft.paragraphs[index] as string).replace(/\s+/g, ' ').trim();
  const after = draft.paragraphs.slice(index + 1);
  draft.paragraphs = draft.paragraphs.slice(0, index);
  result.splice(section + 1, 0, { heading, paragraphs: after });
  return result;
}

/** The heading of section `sectionIndex` becomes the first paragraph, joining the section before. */
export function headingToParagraph(sections: readonly Section[], sectionIndex: number): SectionDraft[] {
  const result = toDrafts(sections);
  const draft = result[sectionIndex];
  if (!draft || draft.heading === null || sectionIndex === 0) {
    throw new RestructureError('Only a section heading can become a paragraph.');
  }
  const previous = result[sectionIndex - 1] as SectionDraft;
  previous.paragraphs.push(draft.heading, ...draft.paragraphs);
  result.splice(sectionIndex, 1);
  return result;
}

/** ¶ n and ¶ n+1 become one paragraph (they must be in the same section). */
export function mergeWithNext(sections: readonly Section[], n: number): SectionDraft[] {
  const result = toDrafts(sections);
  const { section, index } = locate(result, n);
  const draft = result[section] as SectionDraft;
  const next = draft.paragraphs[index + 1];
  if (next === undefined)
    throw new RestructureError(`Paragraph ${n} is the last of its section: nothing to merge it with.`);
  draft.paragraphs.splice(index, 2, `${(draft.paragraphs[index] as string).trimEnd()} ${next.trimStart()}`);
  return result;
}

/** ¶ n is split in two at character `offset` (whitespace at the cut is dropped). */
export function splitParagraph(sections: readonly Section[], n: number, offset: number): SectionDraft[] {
  const result = toDrafts(sections);
  const { section, index } = locate(result, n);
  const draft = result[section] as SectionDraft;
  const text = draft.paragraphs[index] as string;
  const first = text.slice(0, offset).trimEnd();
  const second = text.slice(offset).trimStart();
  if (first === '' || second === '') throw new RestructureError('Split inside the paragraph, not at its start or end.');
  draft.paragraphs.splice(index, 1, first, second);
  return result;
}

/** The document's text without any whitespace: corrections may move it, never change it. */
export function textSignature(sections: readonly SectionDraft[]): string {
  return sections
    .map((s) => (s.heading ?? '') + s.paragraphs.join(''))
    .join('')
    .replace(/\s+/g, '');
}
