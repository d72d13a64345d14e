import { describe, expect, it } from 'vitest';
import { highlightRangesByParagraph, segmentParagraph } from './segments.ts';

describe('segmentParagraph', () => {
  it('returns the whole text when nothing covers it', () => {
    expect(segmentParagraph('abc', 10, [{ id: 'x', color: 'red', start: 0, end: 5 }])).toEqual([
      { text: 'abc', ids: [], color: null },
    ]);
  });

  it('splits overlapping highlights into runs, clipped to the paragraph', () => {
    const segments = segmentParagraph('0123456789', 100, [
      { id: 'a', color: 'yellow', start: 98, end: 104 },
      { id: 'b', color: 'red', start: 102, end: 107 },
    ]);
    expect(segments).toEqual([
      { text: '01', ids: ['a'], color: 'yellow' },
      { text: '23', ids: ['a', 'b'], color: 'red' },
      { text: '456', ids: ['b'], color: 'red' },
      { text: '789', ids: [], color: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('0123456789');
  });
});

describe('highlightRangesByParagraph', () => {
  const paragraphs = [
    { n: 1, start: 0, end: 10 },
    { n: 2, start: 11, end: 20 },
    { n: 3, start: 21, end: 40 },
    { n: 4, start: 41, end: 50 },
  ];

  it('gives each paragraph the ranges that touch it, a range across paragraphs to each of them', () => {
    const map = highlightRangesByParagraph(
      [
        { id: 'a', color: 'yellow', anchor: { start: 2, end: 5 } },
        { id: 'b', color: 'red', anchor: { start: 15, end: 25 } },
        { id: 'c', color: 'green', anchor: { start: 45, end: 50 } },
        { id: 'gone', color: 'green', anchor: { start: null, end: null } },
      ],
      paragraphs,
    );
    expect([...map.entries()].map(([n, ranges]) => [n, ranges.map((r) => r.id)])).toEqual([
      [1, ['a']],
      [2, ['b']],
      [3, ['b']],
      [4, ['c']],
    ]);
  });

  it('finds the first paragraph of a range anywhere in a long document', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ n: i + 1, start: i * 100, end: i * 100 + 99 }));
    const map = highlightRangesByParagraph(
      [
        { id: 'first', color: 'yellow', anchor: { start: 0, end: 3 } },
        { id: 'gap', color: 'yellow', anchor: { start: 4099, end: 4120 } },
        { id: 'last', color: 'yellow', anchor: { start: 499_950, end: 499_999 } },
      ],
      long,
    );
    expect(map.get(1)?.map((r) => r.id)).toEqual(['first']);
    // Starting in the gap after ¶ 41, it belongs to ¶ 42 only.
    expect(map.get(41)).toBeUndefined();
    expect(map.get(42)?.map((r) => r.id)).toEqual(['gap']);
    expect(map.get(5000)?.map((r) => r.id)).toEqual(['last']);
    expect(map.size).toBe(3);
  });
});
