import { describe, expect, it } from 'vitest';
import { numberSections } from './paragraph-id.ts';
import {
  headingToParagraph,
  mergeWithNext,
  paragraphToHeading,
  RestructureError,
  splitParagraph,
  textSignature,
  toDrafts,
} from './restructure.ts';

const doc = numberSections([
  { heading: null, paragraphs: ['Opening one.', 'Opening two.'] },
  { heading: 'Trade', paragraphs: ['Tariffs fall.', 'Quotas rise.', 'Talks go on.'] },
]);

describe('structure corrections', () => {
  it('turn a paragraph into a heading of a new section, and back', () => {
    const drafts = paragraphToHeading(doc, 4);
    expect(drafts).toEqual([
      { heading: null, paragraphs: ['Opening one.', 'Opening two.'] },
      { heading: 'Trade', paragraphs: ['Tariffs fall.'] },
      { heading: 'Quotas rise.', paragraphs: ['Talks go on.'] },
    ]);
    expect(headingToParagraph(numberSections(drafts), 2)).toEqual([
      { heading: null, paragraphs: ['Opening one.', 'Opening two.'] },
      { heading: 'Trade', paragraphs: ['Tariffs fall.', 'Quotas rise.', 'Talks go on.'] },
    ]);
  });

  it('merge and split paragraphs, keeping the ids of untouched paragraphs', () => {
    const merged = numberSections(mergeWithNext(doc, 3));
    expect(merged[1]?.paragraphs.map((p) => p.text)).toEqual(['Tariffs fall. Quotas rise.', 'Talks go on.']);
    expect(merged[1]?.paragraphs[1]?.id).toBe(doc[1]?.paragraphs[2]?.id);
    const split = numberSections(splitParagraph(merged, 3, 'Tariffs fall.'.length));
    expect(split[1]?.paragraphs.map((p) => p.id)).toEqual(doc[1]?.paragraphs.map((p) => p.id));
  });

  it('never changes the text, only where it stands', () => {
    for (const drafts of [paragraphToHeading(doc, 2), mergeWithNext(doc, 1), splitParagraph(doc, 5, 5)]) {
      expect(textSignature(drafts)).toBe(textSignature(toDrafts(doc)));
    }
  });

  it('refuse corrections that do not apply, with a reason', () => {
    expect(() => mergeWithNext(doc, 2)).toThrow(RestructureError);
    expect(() => mergeWithNext(doc, 99)).toThrow(/no paragraph 99/);
    expect(() => headingToParagraph(doc, 0)).toThrow(RestructureError);
    expect(() => splitParagraph(doc, 1, 0)).toThrow(/Split inside/);
  });
});
