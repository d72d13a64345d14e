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
import { ITEM_MARKER } from '../cruft.ts';

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
  if (near / lengths.length >= 0.7) return p90;
  // Text with many short paragraphs (a resolution's clauses and items) has few full lines, but a
  // line whose sentence goes on in lower case on the next line was surely wrapped, at the width.
  const continued = groups
    .flatMap((g) => g.slice(0, -1).filter((l, i) => continuesOnNext(l, g[i + 1])))
    .map((l) => l.raw.trimEnd().length)
    .sort((a, b) => a - b);
  if (continued.length < 3) return 0;
  const widest = continued[continued.length - 1] ?? 0;
  const close = continued.filter((n) => n >= widest * 0.75).length;
  return widest >= 40 && widest <= 120 && close / continued.length >= 0.7 ? widest : 0;
}

/** The line's sentence goes on in lower case on the next one. */
function continuesOnNext(line: Line, next: Line | undefined): boolean {
  return next !== undefined && /^\p{Ll}/u.test(next.text) && !/[.!?…:]$/.test(line.text);
}

/** Most of the group's lines (all but its last) run close to the wrap width, or go on in lower case. */
function isWrapped(group: Line[], width: number): boolean {
  if (group.length < 2) return false;
  const body = group.slice(0, -1);
  const full = (l: Line) => l.raw.trimEnd().length >= width * 0.75;
  const near = body.filter(full).length;
  // Short paragraphs make half the lines short; full lines going on in lower case still tell.
  const wrappedOn = body.filter((l, i) => full(l) && continuesOnNext(l, group[i + 1])).length;
  return near / body.length >= 0.5 || wrappedOn >= 2;
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
    const previous = current[current.length - 1];
    if (previous && startsParagraph(current[0]?.text ?? '', previous.text, line.text)) {
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

/**
 * The opening of a resolution's preambular paragraph: a capitalized participle ("Recalling",
 * "Deeply concerned", « Rappelant », « Considérant »), or one of the adjectives the form uses
 * before "of"/"that" ("Mindful of", "Aware that", « Consciente de »).
 */
const PREAMBLE_OPENING =
  /^(?:(?:Deeply|Gravely|Strongly|Further|Also|Profondément|Vivement|Gravement|Notant|Rappelant)\s+\p{Ll}+(?:ing|ed|ée?s?|ant)\b|\p{Lu}\p{Ll}{2,}(?:ing|ed|ant)\b|(?:Ayant|Tenant|Mindful|Aware|Conscious|Convinced|Determined|Cognizant|Desirous|Consciente?s?|Convaincue?s?|Résolue?s?|Soucieuse?s?|Préoccupée?s?)\b)/u;

/**
 * In hard-wrapped text, a line that opens a new paragraph although the line before ran to the
 * wrap width: a bullet; a printed number or item letter after a line that ended a clause; in a
 * preamble (the paragraph so far opened like one), a preambular opening after a line that ended
 * with the comma or semicolon the form puts there.
 */
function startsParagraph(first: string, previous: string, line: string): boolean {
  if (BULLET.test(line)) return true;
  if (ITEM_MARKER.test(line) && /[.;:,!?…»”")]$/.test(previous)) return true;
  return /[,;]$/.test(previous) && PREAMBLE_OPENING.test(first) && PREAMBLE_OPENING.test(line);
}
