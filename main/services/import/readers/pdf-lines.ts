/**
 * PDF text items -> lines. Items on one baseline join into a line; a small raised number after
 * text is a footnote call, kept as a marker (see `noteCall`) so the paragraph that calls a
 * footnote can be found after layout; text drawn twice at the same place (fake bold, shadows)
 * counts once; letter-spaced runs ("C A N A D A") close up.
 */
import { cleanText, noteCall } from '../blocks.ts';

export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
  fontName?: string;
}

export interface PdfLine {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  right: number;
  /** 0-based page index. */
  page: number;
  /** The font that carries most of the line's characters (pdf.js's loaded font name). */
  font: string;
  /** Where the text starts after a hanging number ("1.   Encourages …": the x of "Encourages"). */
  textX: number;
  /** The line's text in runs of one font, in order (a bold lead-in, then the body's font). */
  runs: Array<{ text: string; font: string }>;
}

interface Building extends PdfLine {
  fonts: Map<string, number>;
}

/** A paragraph or item number that may hang in the margin before the text. */
const HANGING = /^\(?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]?$/i;

/** Text items of one page -> its lines, top to bottom. */
export function toLines(items: readonly TextItemLike[], page: number): PdfLine[] {
  const lines: Building[] = [];
  let current: Building | null = null;
  const seen = new Set<string>();
  for (const item of items) {
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    if (item.str === '' && !item.hasEOL) continue;
    if (item.str.trim() !== '') {
      // Overprinted text: the same string at the same place again.
      const key = `${Math.round(x)}:${Math.round(y)}:${item.str}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const font = item.fontName ?? '';
    const str = closeLetterSpacing(item.str);
    if (current && isCall(item, x, y, size, current)) {
      current.text += noteCall(item.str.trim());
      current.right = Math.max(current.right, x + item.width);
      continue;
    }
    if (current && Math.abs(current.y - y) <= current.size * 0.4 && x >= current.right - size) {
      const gap = x - current.right;
      if (str.trim() && current.textX === current.x && HANGING.test(current.text.trim()) && gap > size * 0.5)
        current.textX = x;
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + str;
      const run = current.runs.at(-1);
      if (str.trim() && run && run.font === font) run.text += (needsSpace ? ' ' : '') + str;
      else if (str.trim()) current.runs.push({ text: (needsSpace ? ' ' : '') + str, font });
      else if (run) run.text += str;
      // A wide space item (justified or tabbed text) must not push the line's end past the next word.
      if (str.trim()) current.right = Math.max(current.right, x + item.width);
      if (item.str.trim()) {
        current.size = Math.max(current.size, size);
        current.fonts.set(font, (current.fonts.get(font) ?? 0) + item.str.trim().length);
      }
    } else if (item.str.trim() !== '') {
      if (current) lines.push(current);
      current = {
        text: str,
        x,
        y,
        size,
        right: x + item.width,
        page,
        font,
        textX: x,
        runs: [{ text: str, font }],
        fonts: new Map([[font, item.str.trim().length]]),
      };
    }
  }
  if (current) lines.push(current);
  return lines
    .map(({ fonts, ...l }) => ({ ...l, font: mainFont(fonts), text: cleanText(l.text) }))
    .filter((l) => l.text !== '')
    .sort((p, q) => q.y - p.y || p.x - q.x);
}

/** A small raised number or sign right after text on the same line: a footnote call. */
function isCall(item: TextItemLike, x: number, y: number, size: number, line: Building): boolean {
  if (!/^\s*(\d{1,3}|[*†‡])\s*$/.test(item.str)) return false;
  if (size > line.size * 0.88) return false;
  const raised = y - line.y;
  return raised > line.size * 0.12 && raised < line.size * 0.8 && x >= line.right - size && x - line.right < size * 2;
}

function mainFont(fonts: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [font, n] of fonts) {
    if (n > count) {
      best = font;
      count = n;
    }
  }
  return best;
}

/** "C A N A D A" -> "CANADA": one item of single characters set apart by letter spacing. */
function closeLetterSpacing(text: string): string {
  return /^\s*(\S ){2,}\S\s*$/u.test(text) ? text.replace(/ /g, '') : text;
}
