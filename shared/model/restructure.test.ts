import { describe, expect, it } from 'vitest';
import { numberSections } from './paragraph-id.ts';
import {
  dropBlocks,
  headingToParagraph,
  restoreBlocks,
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

describe('printed labels through corrections', () => {
  const labelled = numberSections([
    { heading: null, paragraphs: ['Preamble one,'], labels: ['PP1'] },
    { heading: 'Operative', paragraphs: ['Decides one;', 'Item a;', 'Decides two.'], labels: ['1', '1(a)', '2'] },
  ]);
  const labels = (drafts: ReturnType<typeof toDrafts>) =>
    numberSections(drafts).flatMap((s) => s.paragraphs.map((p) => p.label));

  it('numberSections keeps the labels and toDrafts gives them back', () => {
    expect(labelled.flatMap((s) => s.paragraphs.map((p) => p.label))).toEqual(['PP1', '1', '1(a)', '2']);
    expect(toDrafts(labelled)[1]?.labels).toEqual(['1', '1(a)', '2']);
    expect(toDrafts(doc)[0]).not.toHaveProperty('labels');
  });

  it('a merged paragraph keeps the first label; both halves of a split keep it', () => {
    expect(labels(mergeWithNext(labelled, 2))).toEqual(['PP1', '1', '2']);
    expect(labels(splitParagraph(labelled, 4, 'Decides'.length))).toEqual(['PP1', '1', '1(a)', '2', '2']);
  });

  it('a heading made a paragraph is cited by position; a paragraph made a heading loses its label', () => {
    expect(labels(headingToParagraph(labelled, 1))).toEqual(['PP1', undefined, '1', '1(a)', '2']);
    expect(labels(paragraphToHeading(labelled, 3))).toEqual(['PP1', '1', '2']);
  });
});

describe('blocks that are not part of the document', () => {
  it('drops paragraphs and a heading, and puts them back where they stood', () => {
    const ids = doc.flatMap((s) => s.paragraphs.map((p) => p.id));
    const { drafts, dropped } = dropBlocks(doc, [ids[0] as string, ids[3] as string], [1]);
    expect(drafts).toEqual([{ heading: null, paragraphs: ['Opening two.', 'Tariffs fall.', 'Talks go on.'] }]);
    expect(dropped.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Opening one.'],
      ['heading', 'Trade'],
      ['paragraph', 'Quotas rise.'],
    ]);
    const restored = restoreBlocks(numberSections(drafts), dropped);
    expect(restored).toEqual(toDrafts(doc));
    // Untouched paragraphs keep their ids through the round trip.
    expect(numberSections(restored).flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(ids);
  });

  it('drops everything before where the document starts, and restores it in order', () => {
    const ids = doc.flatMap((s) => s.paragraphs.map((p) => p.id));
    const { drafts, dropped } = dropBlocks(doc, ids.slice(0, 3), [1]);
    expect(drafts).toEqual([{ heading: null, paragraphs: ['Quotas rise.', 'Talks go on.'] }]);
    expect(restoreBlocks(numberSections(drafts), dropped)).toEqual(toDrafts(doc));
  });

  it('keeps labels aside with the block', () => {
    const labelled = numberSections([
      { heading: null, paragraphs: ['Site intro.', 'Text one.', 'Text two.'], labels: [null, '1', '2'] },
    ]);
    const first = labelled[0]?.paragraphs[1]?.id as string;
    const { drafts, dropped } = dropBlocks(labelled, [first]);
    expect(dropped[0]?.label).toBe('1');
    expect(restoreBlocks(numberSections(drafts), dropped)).toEqual(toDrafts(labelled));
  });

  it('refuses to drop nothing', () => {
    expect(() => dropBlocks(doc, ['no-such-id'])).toThrow(RestructureError);
  });
});
