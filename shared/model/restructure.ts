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

/**
 * Sections as drafts: headings, paragraph texts and (when the document prints its numbers)
 * their labels, the form the store renumbers.
 */
export function toDrafts(sections: readonly Section[]): SectionDraft[] {
  const labelled = sections.some((s) => s.paragraphs.some((p) => p.label !== undefined));
  return sections.map((s) => ({
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => p.text),
    ...(labelled ? { labels: s.paragraphs.map((p) => p.label ?? null) } : {}),
  }));
}

/** A draft's labels, one per paragraph (null: cited by position), or undefined when none are kept. */
function labelsOf(draft: SectionDraft): Array<string | null> | undefined {
  return draft.labels ? draft.paragraphs.map((_, i) => draft.labels?.[i] ?? null) : undefined;
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
  const labels = labelsOf(draft);
  draft.paragraphs = draft.paragraphs.slice(0, index);
  if (labels) draft.labels = labels.slice(0, index);
  result.splice(section + 1, 0, { heading, paragraphs: after, ...(labels ? { labels: labels.slice(index + 1) } : {}) });
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
  const labels = labelsOf(previous);
  const moved = labelsOf(draft);
  previous.paragraphs.push(draft.heading, ...draft.paragraphs);
  // The former heading has no printed number: it is cited by its position.
  if (labels || moved) previous.labels = [...(labels ?? []), null, ...(moved ?? draft.paragraphs.map(() => null))];
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
  // The merged paragraph keeps the first one's printed number.
  draft.labels?.splice(index + 1, 1);
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
  // The second half continues the paragraph: it is cited by the same printed number.
  if (draft.labels) draft.labels.splice(index, 1, draft.labels[index] ?? null, draft.labels[index] ?? null);
  return result;
}

/** The document's text without any whitespace: corrections may move it, never change it. */
export function textSignature(sections: readonly SectionDraft[]): string {
  return sections
    .map((s) => (s.heading ?? '') + s.paragraphs.join(''))
    .join('')
    .replace(/\s+/g, '');
}

/**
 * A block taken out of the numbering as "not part of the document" (or because it is the
 * title, or before where the document starts), kept aside so it can be put back where it was:
 * before the paragraph `beforeId`, else after `afterId`.
 */
export interface DroppedBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  label: string | null;
  /** The id of the paragraph that followed it (for a heading: the first paragraph of its section). */
  beforeId: string | null;
  /** The id of the paragraph that preceded it. */
  afterId: string | null;
}

/** Where a heading or paragraph is: `{ section, paragraph }`, paragraph -1 for a section's heading. */
export type BlockRef = { section: number; paragraph: number };

/**
 * Takes blocks out of the document: paragraphs (by id) and section headings (by section index;
 * the section's paragraphs join the section before). Returns the remaining drafts and the
 * blocks, in document order, with where they stood.
 */
export function dropBlocks(
  sections: readonly Section[],
  paragraphIds: readonly string[],
  headingSections: readonly number[] = [],
): { drafts: SectionDraft[]; dropped: DroppedBlock[] } {
  const ids = new Set(paragraphIds);
  const headings = new Set(headingSections);
  const order = sections.flatMap((s) => s.paragraphs.map((p) => p.id));
  const kept = order.filter((id) => !ids.has(id));
  const neighbours = (id: string | null, before: boolean): string | null => {
    // The nearest kept paragraph after (or before) a position in document order.
    const at = id === null ? (before ? order.length : -1) : order.indexOf(id);
    if (before) {
      for (let i = at; i < order.length; i++)
        if (i >= 0 && kept.includes(order[i] as string)) return order[i] as string;
    } else {
      for (let i = at; i >= 0; i--)
        if (i < order.length && kept.includes(order[i] as string)) return order[i] as string;
    }
    return null;
  };
  const dropped: DroppedBlock[] = [];
  const drafts: SectionDraft[] = [];
  const labelled = sections.some((s) => s.paragraphs.some((p) => p.label !== undefined));
  sections.forEach((section, index) => {
    if (section.heading !== null && headings.has(index) && index > 0) {
      const first = section.paragraphs[0]?.id ?? null;
      const previousId = index > 0 ? (sections[index - 1]?.paragraphs.at(-1)?.id ?? null) : null;
      dropped.push({
        kind: 'heading',
        text: section.heading,
        label: null,
        beforeId: first && !ids.has(first) ? first : neighbours(first, true),
        afterId: previousId && !ids.has(previousId) ? previousId : neighbours(previousId, false),
      });
    } else {
      drafts.push({ heading: section.heading, paragraphs: [], ...(labelled ? { labels: [] } : {}) });
    }
    const draft = drafts.at(-1) as SectionDraft;
    section.paragraphs.forEach((p, i) => {
      if (ids.has(p.id)) {
        const next = section.paragraphs[i + 1]?.id ?? order[order.indexOf(p.id) + 1] ?? null;
        const prev = order[order.indexOf(p.id) - 1] ?? null;
        dropped.push({
          kind: 'paragraph',
          text: p.text,
          label: p.label ?? null,
          beforeId: next && !ids.has(next) ? next : neighbours(next, true),
          afterId: prev && !ids.has(prev) ? prev : neighbours(prev, false),
        });
        return;
      }
      draft.paragraphs.push(p.text);
      draft.labels?.push(p.label ?? null);
    });
  });
  if (dropped.length === 0) throw new RestructureError('Choose a paragraph or a heading to take out.');
  return { drafts, dropped };
}

/** Puts dropped blocks back where they stood (before their next paragraph, else after their previous one). */
export function restoreBlocks(sections: readonly Section[], blocks: readonly DroppedBlock[]): SectionDraft[] {
  let result = toDrafts(sections);
  const labelled = result.some((d) => d.labels) || blocks.some((b) => b.label !== null);
  if (labelled) result = result.map((d) => ({ ...d, labels: labelsOf(d) ?? d.paragraphs.map(() => null) }));
  // The ids of the paragraphs in the drafts, to find where a block goes.
  const idsOf = sections.map((s) => s.paragraphs.map((p) => p.id));
  const find = (id: string | null): { section: number; index: number } | null => {
    if (id === null) return null;
    for (const [section, ids] of idsOf.entries()) {
      const index = ids.indexOf(id);
      if (index >= 0) return { section, index };
    }
    return null;
  };
  // In document order: blocks that shared a neighbour go back before it one after the other.
  for (const block of blocks) {
    const before = find(block.beforeId);
    const after = before ? null : find(block.afterId);
    const at = before ?? (after ? { section: after.section, index: after.index + 1 } : { section: 0, index: 0 });
    const draft = result[at.section] as SectionDraft;
    const ids = idsOf[at.section] as string[];
    if (block.kind === 'heading') {
      const moved = draft.paragraphs.splice(at.index);
      const movedLabels = draft.labels?.splice(at.index);
      const movedIds = ids.splice(at.index);
      result.splice(at.section + 1, 0, {
        heading: block.text,
        paragraphs: moved,
        ...(movedLabels ? { labels: movedLabels } : {}),
      });
      idsOf.splice(at.section + 1, 0, movedIds);
    } else {
      draft.paragraphs.splice(at.index, 0, block.text);
      draft.labels?.splice(at.index, 0, block.label);
      ids.splice(at.index, 0, `restored:${block.text}`);
    }
  }
  return result;
}
