/**
 * Snippets with their matches as data: the store marks matches with two private-use
 * characters, and this turns them into segments the UI renders as text and <mark>, so no
 * HTML is ever built from document text.
 */
import { z } from 'zod';

/** Start and end of a match in marked text (Unicode private-use area: never in real text). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export const SnippetSegmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof SnippetSegmentSchema>;

/** Splits marked text into plain and matching segments; adjacent segments of a kind merge. */
export function markedToSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current === '') return;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += current;
    else segments.push({ text: current, match });
    current = '';
  };
  for (const char of marked) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}

/** The plain text of segments, and where the matches are in it (UTF-16 offsets, end exclusive). */
export function segmentsToPlain(segments: readonly SnippetSegment[]): {
  text: string;
  matches: Array<[number, number]>;
} {
  let text = '';
  const matches: Array<[number, number]> = [];
  for (const segment of segments) {
    if (segment.match) matches.push([text.length, text.length + segment.text.length]);
    text += segment.text;
  }
  return { text, matches };
}
