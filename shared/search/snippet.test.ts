import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, markedToSegments, segmentsToPlain } from './snippet.ts';

describe('snippet segments', () => {
  it('splits marked text into plain and matching segments', () => {
    const marked = `La ${MATCH_START}défense${MATCH_END} et la ${MATCH_START}sécurité${MATCH_END}.`;
    expect(markedToSegments(marked)).toEqual([
      { text: 'La ', match: false },
      { text: 'défense', match: true },
      { text: ' et la ', match: false },
      { text: 'sécurité', match: true },
      { text: '.', match: false },
    ]);
  });

  it('merges adjacent matches and keeps text without markers whole', () => {
    expect(markedToSegments(`${MATCH_START}a${MATCH_END}${MATCH_START}b${MATCH_END}`)).toEqual([
      { text: 'ab', match: true },
    ]);
    expect(markedToSegments('plain <b>text</b>')).toEqual([{ text: 'plain <b>text</b>', match: false }]);
    expect(markedToSegments('')).toEqual([]);
  });

  it('gives plain text with match offsets', () => {
    const segments = markedToSegments(`x ${MATCH_START}yy${MATCH_END} z ${MATCH_START}w${MATCH_END}`);
    expect(segmentsToPlain(segments)).toEqual({
      text: 'x yy z w',
      matches: [
        [2, 4],
        [7, 8],
      ],
    });
  });
});
