/**
 * Plain text, including the text of a whole web page copied or saved as text: one block per
 * line, since a page dump puts every menu entry, date and paragraph on its own line. Hard-wrapped
 * text (an e-mail, a .txt at 72 columns) is re-joined into paragraphs first, group by group: only
 * a group whose lines mostly run to the wrap width was wrapped.
 *
 * A line is `standalone` when it sits alone between blank lines, or when its group is a dump with
 * one block per line (it holds a paragraph-length line, so lines there are blocks, not menu rows).
 */
import type { Block, ReaderOutput } from '../blocks.ts';
import { cleanText } from '../blocks.ts';

const BULLET = /^[\u2022\u2023\u25e6\u2043\u2219\u25aa\u25cf\u25a0\u2013\u2014*+-]\s+/;

interface Line {
  raw: string;
  text: string;
  indent: number;
}

export function readText(text: string): ReaderOutput {
  const groups = splitGroups(text);
  const width = wrapWidth(groups);
  const blocks: Block[] = [];
  for (const group of groups) {
    const units = width && isWrapped(group, width) ? joinWrapped(group, width) : group.map((line) => [line]);
    const standalone = units.length === 1 || units.some((u) => u.length === 1 && isParagraphLine(u[0]?.text ?? ''));
    for (const unit of units) {
      const first = unit[0];
      if (!first) continue;
      const bulleted = BULLET.test(first.text);
      const joined = cleanText(unit.map((l) => l.text).join(' ')).replace(BULLET, '');
      if (joined === '') continue;
      blocks.push({ text: joined, role: 'text', bullet: bulleted || first.indent >= 2, standalone });
    }
  }
  return { blocks, origin: 'web', hints: { plainText: true } };
}

/** Groups of consecutive non-blank lines. */
function splitGroups(text: string): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const text = cleanText(raw);
    if (text === '') {
      if (current.length > 0) groups.push(current);
      current = [];
      continue;
    }
    const indent = /^[ \t\u00a0]*/.exec(raw)?.[0].replace(/\t/g, '    ').length ?? 0;
    current.push({ raw, text, indent });
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * The column at which the text was hard-wrapped, or 0 when it was not: most long lines end near
 * the same width, well under the length of a typical paragraph.
 */
function wrapWidth(groups: Line[][]): number {
  const lengths = groups
    .filter((g) => g.length > 1)
    .flatMap((g) => g.slice(0, -1).map((l) => l.raw.trimEnd().length))
    .filter((n) => n >= 30);
  if (lengths.length < 3) return 0;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 120) return 0;
  const near = lengths.filter((n) => n >= p90 * 0.75 && n <= p90 + 2).length;
  return near / lengths.length >= 0.7 ? p90 : 0;
}

/** Most of the group's lines (all but its last) run close to the wrap width. */
function isWrapped(group: Line[], width: number): boolean {
  if (group.length < 2) return false;
  const body = group.slice(0, -1);
  const near = body.filter((l) => l.raw.trimEnd().length >= width * 0.75).length;
  return near / body.length >= 0.5;
}

/** A line that is a paragraph on its own: long, and ends like a sentence. */
function isParagraphLine(text: string): boolean {
  return text.length >= 80 && /[.!?…»”"]$/.test(text);
}

/** Lines that run to the wrap width continue on the next line; a short line ends a paragraph. */
function joinWrapped(group: Line[], width: number): Line[][] {
  const units: Line[][] = [];
  let current: Line[] = [];
  for (const line of group) {
    if (current.length > 0 && BULLET.test(line.text)) {
      units.push(current);
      current = [];
    }
    current.push(line);
    if (line.raw.trimEnd().length < width * 0.6) {
      units.push(current);
      current = [];
    }
  }
  if (current.length > 0) units.push(current);
  return units;
}
