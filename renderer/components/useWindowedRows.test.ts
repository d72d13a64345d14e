import { describe, expect, it } from 'vitest';
import { mergeRuns } from './useWindowedRows.ts';

describe('mergeRuns', () => {
  it('draws the window and the kept rows in order, merging those that touch or overlap', () => {
    expect(
      mergeRuns(
        { start: 40, end: 60 },
        [
          { start: 3, end: 4 },
          { start: 58, end: 62 },
          { start: 62, end: 63 },
          { start: 90, end: 91 },
        ],
        100,
      ),
    ).toEqual([
      { start: 3, end: 4 },
      { start: 40, end: 63 },
      { start: 90, end: 91 },
    ]);
  });

  it('clips runs to the list and drops the empty ones', () => {
    expect(
      mergeRuns(
        { start: 0, end: 20 },
        [
          { start: 18, end: 30 },
          { start: 40, end: 41 },
        ],
        25,
      ),
    ).toEqual([{ start: 0, end: 25 }]);
    expect(mergeRuns({ start: 0, end: 0 }, [], 0)).toEqual([]);
  });
});
