/**
 * Headings as fixed points. Translations keep a text's sections and their order, so the
 * headings of the two versions are paired first (a small sequence alignment on what the
 * headings share and on where they stand in their document), and each pair of headings splits
 * both versions at the same place: paragraphs before it pair only with paragraphs before it.
 * A heading pair is kept only when its two headings stand at about the same share of their
 * documents; one version's import finding a heading the other does not is then harmless.
 */
import { similarity, weighEvidence } from './evidence.ts';
import { paragraphFeatures } from './features.ts';

export interface SectionStart {
  heading: string;
  /** Index (0-based) of the section's first paragraph in the document's paragraph order. */
  at: number;
}

export interface Boundary {
  /** Paragraphs of A before the boundary, and of B. */
  i: number;
  j: number;
}

/** The sections that start with a heading, and where they start. */
export function sectionStarts(
  sections: ReadonlyArray<{ heading: string | null; paragraphs: readonly unknown[] }>,
): SectionStart[] {
  const starts: SectionStart[] = [];
  let at = 0;
  for (const section of sections) {
    if (section.heading !== null && section.heading.trim() !== '') starts.push({ heading: section.heading, at });
    at += section.paragraphs.length;
  }
  return starts;
}

/** How far apart (as a share of each document) two paired headings may stand. */
const POSITION_TOLERANCE = 0.2;

/**
 * Pairs headings in order (Needleman–Wunsch: match score = what they share plus how close they
 * stand; no cost for leaving a heading unpaired) and returns the boundaries of the kept pairs.
 */
export function headingBoundaries(
  startsA: readonly SectionStart[],
  startsB: readonly SectionStart[],
  n: number,
  m: number,
  languageA: string,
  languageB: string,
): Boundary[] {
  if (startsA.length === 0 || startsB.length === 0 || n === 0 || m === 0) return [];
  const evidence = weighEvidence(
    startsA.map((s) => paragraphFeatures(s.heading, languageA)),
    startsB.map((s) => paragraphFeatures(s.heading, languageB)),
  );
  const memo = new Map<number, number>();
  const score = (x: number, y: number): number => {
    const key = x * (startsB.length + 1) + y;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = scoreOf(x, y);
    memo.set(key, value);
    return value;
  };
  const scoreOf = (x: number, y: number): number => {
    const gap = Math.abs((startsA[x]?.at ?? 0) / n - (startsB[y]?.at ?? 0) / m);
    if (gap > POSITION_TOLERANCE) return -Infinity;
    const shared = similarity(
      evidence.a[x] as (typeof evidence.a)[number],
      evidence.b[y] as (typeof evidence.b)[number],
    );
    return shared + (POSITION_TOLERANCE - gap);
  };
  const p = startsA.length;
  const q = startsB.length;
  const table = Array.from({ length: p + 1 }, () => new Float64Array(q + 1));
  for (let x = 1; x <= p; x++) {
    for (let y = 1; y <= q; y++) {
      const row = table[x] as Float64Array;
      const up = table[x - 1] as Float64Array;
      row[y] = Math.max(up[y] as number, row[y - 1] as number, (up[y - 1] as number) + score(x - 1, y - 1));
    }
  }
  const boundaries: Boundary[] = [];
  let x = p;
  let y = q;
  while (x > 0 && y > 0) {
    const here = (table[x] as Float64Array)[y] as number;
    const diagonal = ((table[x - 1] as Float64Array)[y - 1] as number) + score(x - 1, y - 1);
    if (here === diagonal && score(x - 1, y - 1) > 0) {
      boundaries.push({ i: startsA[x - 1]?.at ?? 0, j: startsB[y - 1]?.at ?? 0 });
      x--;
      y--;
    } else if (here === ((table[x - 1] as Float64Array)[y] as number)) x--;
    else y--;
  }
  // Two headings with nothing between them start at the same paragraph: keep one boundary per place.
  const seen = new Set<string>();
  return boundaries
    .reverse()
    .filter((b) => b.i > 0 || b.j > 0)
    .filter((b) => {
      const key = `${b.i}:${b.j}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .filter((b, k, list) => k === 0 || (b.i >= (list[k - 1]?.i ?? 0) && b.j >= (list[k - 1]?.j ?? 0)));
}
