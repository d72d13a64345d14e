import { describe, expect, it } from 'vitest';
import { numberSections, paragraphId } from './paragraph-id.ts';

describe('paragraph ids', () => {
  it('are the same for the same text, whatever its whitespace and quote style', () => {
    expect(paragraphId('Russia’s  war\nof aggression')).toBe(paragraphId("Russia's war of aggression"));
    expect(paragraphId('one text')).not.toBe(paragraphId('another text'));
  });

  it('number paragraphs through the whole document and start with the untitled opening', () => {
    const sections = numberSections([
      { heading: 'First', paragraphs: ['a', 'b'] },
      { heading: 'Second', paragraphs: ['c', 'a'] },
    ]);
    expect(sections.map((s) => s.heading)).toEqual([null, 'First', 'Second']);
    expect(sections.flatMap((s) => s.paragraphs.map((p) => p.n))).toEqual([1, 2, 3, 4]);
    const ids = sections.flatMap((s) => s.paragraphs.map((p) => p.id));
    expect(new Set(ids).size).toBe(4); // the repeated "a" gets its own id
    expect(ids[3]).toBe(`${ids[0]}-1`);
  });
});
