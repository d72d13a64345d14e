/**
 * PDF lines (furniture and footnotes removed) -> paragraph blocks. A paragraph ends at a wider
 * gap, a change of type size or font, a list marker ("1.", "(a)", "•"), a first-line indent, or
 * a short last line; it continues across a page break unless it ended there. A number or roman
 * numeral alone on its line opens the paragraph or heading after it. Line-end hyphens are
 * decided by the document's own words (hyphenation.ts). Larger type, or a short line in
 * another font than the body's, is a heading.
 */
import type { Block } from '../blocks.ts';
import { block, cleanText, noteCall, takeCalls } from '../blocks.ts';
import { isTerminal } from '../cruft.ts';
import { endsWithBreakHyphen, joinHyphenated, Vocabulary } from '../hyphenation.ts';
import type { Footnote } from './pdf-footnotes.ts';
import type { PdfLine } from './pdf-lines.ts';

/** A paragraph or item number, or a roman numeral, alone on its line. */
const MARKER_ONLY = /^(?:\(?\d{1,3}[.)]|\d{1,3}|\([a-z]{1,2}\)|[a-z][.)]|\([ivxlc]{1,6}\)|[IVXLC]{1,6}\.?|[A-Z][.)])$/;
/** A line that opens a list item or a numbered paragraph. */
const MARKER_START = /^(?:[•▪◦·●■–-]\s|\(?\d{1,3}[.)]\s|\([a-z]{1,2}\)\s|\([ivxlc]{1,6}\)\s|[a-z][.)]\s)/;

export function modeOf<T>(values: Iterable<[T, number]>, fallback: T): T {
  const weights = new Map<T, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best = fallback;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

export function bodySizeOf(lines: readonly PdfLine[]): number {
  return modeOf(
    lines.map((l) => [Math.round(l.size * 2) / 2, l.text.length] as [number, number]),
    10,
  );
}

interface Draft {
  lines: PdfLine[];
  text: string;
  page: number;
}

export function toParagraphs(pages: readonly PdfLine[][], notes: readonly Footnote[]): Block[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const bodySize = bodySizeOf(all);
  const isBody = (l: PdfLine): boolean => Math.abs(l.size - bodySize) < 0.6;
  const bodyFont = modeOf(
    all.filter(isBody).map((l) => [l.font, l.text.length] as [string, number]),
    '',
  );
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1] as PdfLine;
      const line = lines[i] as PdfLine;
      if (isBody(prev) && isBody(line) && prev.y > line.y) gaps.push(prev.y - line.y);
    }
  }
  gaps.sort((p, q) => p - q);
  const lineGap = gaps[Math.floor(gaps.length * 0.3)] ?? bodySize * 1.2;
  const rights = all
    .filter(isBody)
    .map((l) => l.right)
    .sort((p, q) => p - q);
  const rightEdge = rights[Math.floor(rights.length * 0.9)] ?? Math.max(...all.map((l) => l.right));
  const leftMargin = modeOf(
    all.filter(isBody).map((l) => [Math.round(l.x), l.text.length] as [number, number]),
    0,
  );
  // A line that stops before three quarters of the width ends its paragraph (ragged or justified).
  const shortOf = (l: PdfLine): boolean =>
    l.right < rightEdge - Math.max(bodySize * 3, (rightEdge - leftMargin) * 0.25);
  const vocabulary = new Vocabulary();
  for (const lines of pages) {
    lines.forEach((line, i) => {
      // Leave out the halves of hyphenated words: they are not words of the document.
      let text = line.text;
      if (endsWithBreakHyphen(text)) text = text.replace(/\S+$/, '');
      if (i > 0 && endsWithBreakHyphen((lines[i - 1] as PdfLine).text)) text = text.replace(/^\S+/, '');
      vocabulary.add(takeCalls(text).text);
    });
  }

  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let pendingMarker: PdfLine | null = null;
  for (const lines of pages) {
    let prev: PdfLine | null = null;
    for (const line of lines) {
      if (MARKER_ONLY.test(line.text) && line.text.length <= 6) {
        // "1." or "IV." alone: it numbers what follows.
        if (current && current.lines.length > 0) drafts.push(current);
        current = null;
        pendingMarker = line;
        prev = line;
        continue;
      }
      const last = current?.lines.at(-1) ?? null;
      let continues = false;
      if (current && last && !pendingMarker) {
        const short = shortOf(last);
        const sizeChange = Math.abs(line.size - last.size) > 0.5;
        const fontChange = line.font !== last.font && (line.font !== bodyFont || last.font !== bodyFont);
        const marker = MARKER_START.test(line.text);
        if (prev === null) {
          // A new page: the paragraph goes on unless it ended on the last page.
          continues = !isTerminal(current.text) && !/[:;]$/.test(current.text) && !sizeChange && !marker;
        } else {
          const gap = prev.y - line.y;
          const first = current.lines.length === 1;
          // Titles and headings are often centred: indents and short lines say nothing there.
          const display = line.size > bodySize * 1.1 && !sizeChange && !fontChange;
          const indent = !display && line.x > last.textX + bodySize * 0.8 && (!first || short);
          // A short centred line ("Tokyo, 15 September 2025") stands alone.
          const centred =
            !display && first && last.x > leftMargin + bodySize * 2 && last.right < rightEdge - bodySize * 2;
          continues =
            gap > 0 &&
            gap <= Math.max(lineGap, line.size * 1.2) * 1.3 &&
            !sizeChange &&
            !(fontChange && (short || line.text.length < 60)) &&
            !marker &&
            !indent &&
            !centred &&
            !(short && !display && (isTerminal(last.text) || /[:;]$/.test(last.text)));
        }
      }
      if (continues && current) {
        const text = current.text;
        current.text = endsWithBreakHyphen(text) ? joinHyphenated(text, line.text, vocabulary) : `${text} ${line.text}`;
        current.lines.push(line);
      } else {
        if (current) drafts.push(current);
        const prefix = pendingMarker ? `${pendingMarker.text} ` : '';
        current = { lines: [line], text: prefix + line.text, page: line.page };
        pendingMarker = null;
      }
      prev = line;
    }
  }
  if (current) drafts.push(current);

  return attachNotes(drafts, notes).map(({ draft, notes: called }) => {
    const { text } = takeCalls(draft.text);
    const clean = cleanText(text);
    const size = Math.max(...draft.lines.map((l) => l.size));
    const words = clean.split(/\s+/).length;
    const emphasized = draft.lines.every((l) => l.font !== bodyFont) && size >= bodySize - 0.6;
    const heading =
      (size > bodySize * 1.15 && draft.lines.length <= 4 && !isTerminal(clean)) ||
      (emphasized && draft.lines.length <= 2 && words <= 20 && !isTerminal(clean) && !/[,;:]$/.test(clean));
    const level = size > bodySize * 1.6 ? 1 : size > bodySize * 1.15 ? 2 : 3;
    // A lead-in set in another font than the body's ("1. Discoverability." in bold, then the text).
    const firstRuns = draft.lines[0]?.runs ?? [];
    const leadRun = firstRuns.length > 1 && firstRuns[0]?.font !== bodyFont ? cleanText(firstRuns[0]?.text ?? '') : '';
    const lead = !heading && leadRun && clean.startsWith(leadRun) && leadRun.length < clean.length ? leadRun : null;
    return block(clean, heading ? 'heading' : 'text', {
      ...(heading ? { level } : {}),
      ...(lead ? { lead } : {}),
      ...(called.length > 0 ? { notes: called } : {}),
      size: Math.round((size / bodySize) * 100) / 100,
      page: draft.page,
    });
  });
}

/** Each footnote goes to the paragraph that calls it, else to the last paragraph of its page. */
function attachNotes(drafts: readonly Draft[], notes: readonly Footnote[]): Array<{ draft: Draft; notes: string[] }> {
  const out = drafts.map((draft) => ({ draft, notes: [] as string[] }));
  for (const note of notes) {
    const call = noteCall(note.marker);
    let target = note.marker
      ? [...out].reverse().find((d) => d.draft.page <= note.page && d.draft.text.includes(call))
      : undefined;
    // No call found: the last paragraph above the note.
    if (!target) {
      target = [...out]
        .reverse()
        .find((d) => d.draft.page < note.page || (d.draft.page === note.page && (d.draft.lines[0]?.y ?? 0) > note.y));
    }
    target?.notes.push(note.text);
  }
  return out;
}
