import { describe, expect, it } from 'vitest';
import { numberSections, type Section } from '../model/index.ts';
import { canonicalText, paragraphAt, paragraphsInRange, PARAGRAPH_SEPARATOR } from './canonical.ts';
import { DECLARATION_DRAFTS } from './fixtures/declaration.ts';
import { anchorSelectors, contextAgreement } from './match.ts';
import { describeRange, trimRange } from './selectors.ts';
import { mapOffset } from './structure.ts';

const drafts = () => DECLARATION_DRAFTS.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] }));
const declaration: Section[] = numberSections(drafts());
const base = canonicalText(declaration);

/** The passage of ¶ 8 the end-to-end test annotates too. */
const PHRASE = 'trained tens of thousands of Ukrainian soldiers';

function selectorsFor(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThan(-1);
  return describeRange(text, start, start + phrase.length);
}

function edited(edit: (paragraphs: string[][]) => void): ReturnType<typeof canonicalText> {
  const d = drafts();
  const lists = d.map((s) => s.paragraphs);
  edit(lists);
  return canonicalText(numberSections(d));
}

describe('canonical text', () => {
  it('joins paragraphs with a blank line and knows where each one is', () => {
    const sections = numberSections([
      { heading: null, paragraphs: ['One.', 'Two.'] },
      { heading: 'H', paragraphs: ['Three.'] },
    ]);
    const { text, paragraphs } = canonicalText(sections);
    expect(text).toBe(['One.', 'Two.', 'Three.'].join(PARAGRAPH_SEPARATOR));
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
    expect(paragraphs.map((p) => p.sectionIndex)).toEqual([0, 0, 1]);
    expect(paragraphAt(paragraphs, 0)?.n).toBe(1);
    expect(paragraphAt(paragraphs, 4)?.n).toBe(1);
    expect(paragraphAt(paragraphs, 5)?.n).toBe(2);
    expect(paragraphAt(paragraphs, 6)?.n).toBe(2);
    expect(paragraphAt(paragraphs, 999)?.n).toBe(3);
    expect(paragraphsInRange(paragraphs, 2, 8).map((p) => p.n)).toEqual([1, 2]);
    expect(canonicalText([]).text).toBe('');
    expect(paragraphAt([], 0)).toBeUndefined();
  });

  it('covers the 24 paragraphs of the sample declaration', () => {
    expect(base.paragraphs).toHaveLength(24);
    const p8 = base.paragraphs[7];
    expect(base.text.slice(p8?.start, p8?.end)).toContain(PHRASE);
  });
});

describe('selectors', () => {
  it('describes a range with 32 characters of context and refuses a bad range', () => {
    const s = selectorsFor(base.text, PHRASE);
    expect(s.quote.exact).toBe(PHRASE);
    expect(s.quote.prefix).toHaveLength(32);
    expect(base.text.slice(s.position.start - 32, s.position.start)).toBe(s.quote.prefix);
    expect(() => describeRange('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(RangeError);
    expect(describeRange('abc', 0, 3).quote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('trims whitespace off a selection', () => {
    expect(trimRange('  a b  ', 0, 7)).toEqual({ start: 2, end: 5 });
    expect(trimRange('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe('anchoring', () => {
  it('is exact on the same text', () => {
    const s = selectorsFor(base.text, PHRASE);
    expect(anchorSelectors(base.text, s)).toEqual({
      status: 'exact',
      start: s.position.start,
      end: s.position.end,
      score: 1,
    });
  });

  it('finds the same text moved by an inserted paragraph', () => {
    const s = selectorsFor(base.text, PHRASE);
    const next = edited((lists) => lists[1]?.unshift('A new paragraph inserted at the start of the first section.'));
    const anchor = anchorSelectors(next.text, s);
    expect(anchor.status).toBe('moved');
    expect(next.text.slice(anchor.start ?? 0, anchor.end ?? 0)).toBe(PHRASE);
    expect(paragraphAt(next.paragraphs, anchor.start ?? 0)?.n).toBe(9);
  });

  it('places a quote whose words changed by fuzzy matching, flagged as changed', () => {
    const s = selectorsFor(base.text, PHRASE);
    const next = edited((lists) => {
      lists[1]?.unshift('An inserted paragraph.');
      const i = lists[1]?.findIndex((t) => t.includes(PHRASE)) ?? -1;
      if (lists[1] && i >= 0) lists[1][i] = (lists[1][i] as string).replace('soldiers', 'troops');
    });
    const anchor = anchorSelectors(next.text, s);
    expect(anchor.status).toBe('changed');
    expect(next.text.slice(anchor.start ?? 0, anchor.end ?? 0)).toMatch(
      /^trained tens of thousands of Ukrainian troops/,
    );
    expect(paragraphAt(next.paragraphs, anchor.start ?? 0)?.n).toBe(9);
    expect(anchor.score).toBeGreaterThan(0.8);
  });

  it('orphans a quote whose passage was deleted', () => {
    const s = selectorsFor(base.text, PHRASE);
    const next = edited((lists) => {
      for (const list of lists) {
        const i = list.findIndex((t) => t.includes(PHRASE));
        if (i >= 0) list.splice(i, 1);
      }
    });
    expect(next.paragraphs).toHaveLength(23);
    expect(anchorSelectors(next.text, s)).toMatchObject({ status: 'orphaned', start: null, end: null });
  });

  it('uses context to choose among repeated text, and flags a tie as changed', () => {
    const text = 'alpha Ukraine beta. gamma Ukraine delta. epsilon Ukraine zeta.';
    const at = text.indexOf('Ukraine', 20);
    const s = describeRange(text, at, at + 'Ukraine'.length);
    // the same text with a sentence added before: the second occurrence is still chosen
    const moved = `New sentence. ${text}`;
    const anchor = anchorSelectors(moved, s);
    expect(anchor).toMatchObject({ status: 'moved', start: at + 14 });
    // context gone on every side: three equal candidates, none singled out
    const bare = { ...s, quote: { ...s.quote, prefix: 'zzz', suffix: 'zzz' }, position: { ...s.position, start: 0 } };
    expect(anchorSelectors('x Ukraine y Ukraine', bare).status).toBe('changed');
    // a hint from the document structure breaks the tie
    expect(anchorSelectors('x Ukraine y Ukraine', bare, { hints: [12] })).toMatchObject({ status: 'moved', start: 12 });
  });

  it('does not fuzzily place a short quote without its context', () => {
    const s = describeRange('the cat sat on the mat', 4, 7);
    expect(anchorSelectors('a dog ran', s).status).toBe('orphaned');
    const longer = describeRange('one two three four', 4, 13);
    expect(anchorSelectors('completely different words here', longer).status).toBe('orphaned');
  });

  it('measures context agreement from the quote outwards', () => {
    const s = describeRange('abcXYZdef', 3, 6);
    expect(contextAgreement('abcXYZdef', 3, 6, s.quote)).toBe(1);
    expect(contextAgreement('qqcXYZdqq', 3, 6, s.quote)).toBeCloseTo(2 / 6);
    expect(anchorSelectors('abcdef', { ...s, quote: { ...s.quote, exact: '' } }).status).toBe('orphaned');
  });
});

describe('mapping offsets through shared paragraphs', () => {
  it('follows an unchanged paragraph and the nearest unchanged neighbour of a changed one', () => {
    const s = selectorsFor(base.text, PHRASE);
    const inserted = edited((lists) => lists[1]?.unshift('An inserted paragraph.'));
    const mapped = mapOffset(base.paragraphs, inserted.paragraphs, s.position.start);
    expect(mapped).toBe(inserted.text.indexOf(PHRASE));

    const changed = edited((lists) => {
      lists[1]?.unshift('An inserted paragraph.');
      const i = lists[1]?.findIndex((t) => t.includes(PHRASE)) ?? -1;
      if (lists[1] && i >= 0) lists[1][i] = (lists[1][i] as string).replace('Canada and France', 'Both');
    });
    const guess = mapOffset(base.paragraphs, changed.paragraphs, s.position.start) ?? -1;
    expect(Math.abs(guess - changed.text.indexOf(PHRASE))).toBeLessThan(40);
    expect(mapOffset([], changed.paragraphs, 3)).toBeUndefined();
  });
});
