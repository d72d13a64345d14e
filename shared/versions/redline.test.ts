import { describe, expect, it } from 'vitest';
import type { Section } from '../model/document.ts';
import { redline, resemblance, summarize, wordDiff, type RedlineRow, type WordChange } from './redline.ts';

/** Sections from headings and paragraph texts, numbered 1..n through the document. */
function doc(...parts: Array<string | string[]>): Section[] {
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  let n = 0;
  for (const part of parts) {
    if (typeof part === 'string') sections.push({ heading: part, paragraphs: [] });
    else for (const text of part) sections.at(-1)?.paragraphs.push({ id: `p${++n}`, n, text });
  }
  return sections;
}

function joined(changes: WordChange[], keep: 'removed' | 'added'): string {
  return changes
    .filter((c) => c.op === 'same' || c.op === keep)
    .map((c) => c.text)
    .join('');
}

const kinds = (rows: RedlineRow[]) =>
  rows.map((r) =>
    r.kind === 'removed'
      ? `removed ${r.before.n}`
      : r.kind === 'added'
        ? `added ${r.after.n}`
        : `${r.kind} ${r.before.n}→${r.after.n}`,
  );

describe('word diff', () => {
  it('marks the changed words and rebuilds both texts exactly', () => {
    const before = 'The ministers will consider joint patrols in the northern waters by 2026.';
    const after = 'The ministers decided to launch joint patrols in the northern and western waters by 2025.';
    const changes = wordDiff(before, after);
    expect(joined(changes, 'removed')).toBe(before);
    expect(joined(changes, 'added')).toBe(after);
    expect(changes.filter((c) => c.op === 'removed').map((c) => c.text)).toEqual(['will consider', '2026']);
    expect(changes.filter((c) => c.op === 'added').map((c) => c.text)).toEqual([
      'decided to launch',
      'and western ',
      '2025',
    ]);
  });

  it('keeps French elisions and accents inside words', () => {
    const changes = wordDiff('l’accord sera signé à Québec', 'l’entente sera signée à Québec');
    expect(changes.filter((c) => c.op !== 'same').map((c) => `${c.op}:${c.text}`)).toEqual([
      'removed:l’accord',
      'added:l’entente',
      'removed:signé',
      'added:signée',
    ]);
  });
});

describe('paragraph redline', () => {
  const v1 = doc(
    ['The two governments met in Halifax on 3 March.', 'They reviewed the fisheries agreement signed in 2019.'],
    'Commitments',
    [
      'Both sides will exchange catch data every quarter.',
      'Inspectors will be trained jointly from next year.',
      'A review will take place in five years.',
    ],
  );
  const v2 = doc(
    ['The two governments met in Halifax on 3 March.', 'They reviewed the fisheries agreement signed in 2019.'],
    'Commitments',
    [
      'A review will take place in five years.',
      'Both sides will exchange catch data every month.',
      'A joint hotline will open for coast guard vessels.',
    ],
  );

  it('finds what stayed, changed, came and went, in the newer version’s order', () => {
    const rows = redline(v1, v2);
    expect(kinds(rows)).toEqual([
      'same 1→1',
      'same 2→2',
      'same 3→3', // the heading
      'removed 4',
      'same 5→3',
      'changed 3→4', // moved below the review and reworded
      'added 5',
    ]);
    expect(summarize(rows)).toEqual({ same: 4, changed: 1, added: 1, removed: 1, moved: 0 });
    const changed = rows.find((r) => r.kind === 'changed');
    expect(changed?.kind === 'changed' && changed.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: 'quarter' },
      { op: 'added', text: 'month' },
    ]);
  });

  it('shows a paragraph that moved unchanged as moved', () => {
    const rows = redline(
      doc(['First point stands alone.', 'Second point follows here.', 'Third point closes the list.']),
      doc(['Second point follows here.', 'Third point closes the list.', 'First point stands alone.']),
    );
    expect(kinds(rows)).toEqual(['same 2→1', 'same 3→2', 'moved 1→3']);
  });

  it('pairs a rewritten paragraph only when it keeps half its words', () => {
    expect(resemblance('Inspectors will be trained jointly.', 'Inspectors will be trained together.')).toBeGreaterThan(
      0.5,
    );
    const rows = redline(
      doc(['Inspectors will be trained jointly from next year.']),
      doc(['A joint hotline will open for coast guard vessels.']),
    );
    expect(kinds(rows)).toEqual(['removed 1', 'added 1']);
  });

  it('shows a renamed heading as a changed heading, and two identical versions as unchanged', () => {
    const renamed = doc(['Opening words here.'], 'Our commitments', ['Both sides will act.']);
    const rows = redline(doc(['Opening words here.'], 'Commitments', ['Both sides will act.']), renamed);
    const heading = rows.find((r) => r.kind === 'changed');
    expect(heading?.kind === 'changed' && heading.after.heading).toBe(true);
    expect(summarize(redline(renamed, renamed))).toEqual({ same: 3, changed: 0, added: 0, removed: 0, moved: 0 });
  });

  it('handles a French communiqué with a paragraph split in two', () => {
    const before = doc([
      'Les ministres ont convenu de renforcer la surveillance des côtes et de partager leurs données en temps réel.',
    ]);
    const after = doc([
      'Les ministres ont convenu de renforcer la surveillance des côtes.',
      'Ils partageront leurs données en temps réel.',
    ]);
    const rows = redline(before, after);
    expect(kinds(rows)).toEqual(['changed 1→1', 'added 2']);
  });

  it('aligns long documents exactly (thousands of paragraphs, one change)', () => {
    const texts = Array.from(
      { length: 3000 },
      (_, i) => `Paragraph ${i + 1} says something distinct about item ${i * 7}.`,
    );
    const edited = texts.slice();
    edited[1500] = 'Paragraph 1501 says something new about item 10500.';
    const rows = redline(doc(texts), doc(edited));
    expect(summarize(rows)).toEqual({ same: 2999, changed: 1, added: 0, removed: 0, moved: 0 });
  });
});
