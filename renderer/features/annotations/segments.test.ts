import { describe, expect, it } from 'vitest';
import { segmentParagraph } from './segments.ts';

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
