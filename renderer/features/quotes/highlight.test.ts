import { describe, expect, it } from 'vitest';
import { splitByRanges } from './highlight.ts';

describe('splitByRanges', () => {
  it('splits text around sorted, clipped ranges', () => {
    expect(
      splitByRanges('abcdefghij', [
        { start: 6, end: 8, mark: 2 },
        { start: 1, end: 3, mark: 1 },
        { start: 7, end: 9, mark: 3 },
      ]),
    ).toEqual([
      { text: 'a', mark: null },
      { text: 'bc', mark: 1 },
      { text: 'def', mark: null },
      { text: 'gh', mark: 2 },
      { text: 'i', mark: 3 },
      { text: 'j', mark: null },
    ]);
    expect(splitByRanges('abc', [])).toEqual([{ text: 'abc', mark: null }]);
  });
});
