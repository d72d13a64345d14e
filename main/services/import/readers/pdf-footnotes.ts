/**
 * Footnotes of a PDF page: the small type under a footnote rule ("_____", drawn as text by some
 * printers, anywhere on the page), or the block of small-type lines at the page's bottom whose
 * first line starts with a note number. They leave the page's text: they are notes of the
 * paragraph that calls them, never paragraphs. The rule line itself always goes.
 */
import type { PdfLine } from './pdf-lines.ts';

export interface Footnote {
  page: number;
  /** The note's number or sign as printed ("1", "*"). */
  marker: string;
  /** Baseline of its first line: the paragraphs above it on its page may call it. */
  y: number;
  text: string;
}

const RULE = /^[_‗¯—–-]{5,}$/;
const STARTS_NOTE = /^(\d{1,3}|[*†‡])(?:\s+(.*))?$/;

export function takeFootnotes(
  pages: readonly PdfLine[][],
  bodySize: number,
  lineGap: number,
): { pages: PdfLine[][]; notes: Footnote[] } {
  const notes: Footnote[] = [];
  const small = (l: PdfLine): boolean => l.size < bodySize * 0.92;
  const out = pages.map((lines, page) => {
    const noteLines = new Set<PdfLine>();
    const drop = new Set<PdfLine>();
    // Under a rule: small lines until body-size text resumes.
    lines.forEach((line, i) => {
      if (!RULE.test(line.text.replace(/\s+/g, ''))) return;
      drop.add(line);
      for (let j = i + 1; j < lines.length && small(lines[j] as PdfLine); j++) noteLines.add(lines[j] as PdfLine);
    });
    // At the bottom: a block of small lines, set apart, starting with a note number.
    let start = lines.length;
    while (start > 0 && small(lines[start - 1] as PdfLine) && !noteLines.has(lines[start - 1] as PdfLine)) start--;
    const first = lines[start];
    const before = lines[start - 1];
    if (
      first &&
      start < lines.length &&
      STARTS_NOTE.test(first.text) &&
      (!before || before.y - first.y > lineGap * 1.1 || noteLines.size > 0)
    ) {
      for (let j = start; j < lines.length; j++) noteLines.add(lines[j] as PdfLine);
    }
    // A note block ends at a wide gap or at furniture (a job number, a page number) below it.
    let previous: PdfLine | null = null;
    for (const [i, line] of lines.entries()) {
      if (!noteLines.has(line)) {
        previous = null;
        continue;
      }
      // Only lines of the same note block, one under the other, are compared.
      if (previous && lines[i - 1] !== previous) previous = null;
      const furniture =
        /^\d{2}-\d{4,}/.test(line.text) || (line === lines.at(-1) && /^[-–—]\s*\d{1,4}\s*[-–—]$/.test(line.text));
      if ((previous && previous.y - line.y > lineGap * 2.2) || furniture) {
        let j = lines.indexOf(line);
        for (; j < lines.length; j++) noteLines.delete(lines[j] as PdfLine);
        break;
      }
      previous = line;
    }
    let current: Footnote | null = null;
    for (const line of lines) {
      if (!noteLines.has(line)) continue;
      const m = STARTS_NOTE.exec(line.text);
      if (m) {
        current = { page, marker: m[1] as string, text: m[2] ?? '', y: line.y };
        notes.push(current);
      } else if (current) {
        current.text = joinNoteText(current.text, line.text);
      } else {
        current = { page, marker: '', text: line.text, y: line.y };
        notes.push(current);
      }
    }
    return lines.filter((l) => !noteLines.has(l) && !drop.has(l));
  });
  return { pages: out, notes: notes.filter((n) => n.text.trim() !== '') };
}

function joinNoteText(text: string, line: string): string {
  if (text === '') return line;
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  return `${text} ${line}`;
}
