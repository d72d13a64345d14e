/**
 * PDF, from its text layer (pdf.js via unpdf): items -> lines by position -> paragraphs by
 * vertical gaps, with running headers, footers and page numbers that repeat across pages
 * removed, hyphenated line ends re-joined, and larger-type lines marked as headings. Reports
 * progress per page. Password-protected, damaged and image-only PDFs end in a clear ImportError.
 */
import { getDocumentProxy } from 'unpdf';
import type { Block, ReaderOutput } from '../blocks.ts';
import { block, cleanText } from '../blocks.ts';
import { isTerminal } from '../cruft.ts';
import type { Deadline } from '../deadline.ts';
import { ImportError } from '../errors.ts';

interface Line {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  right: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

const PAGE_NUMBER = /^(page|p\.)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*((of|sur|de|\/)\s*\d{1,4})?$/i;

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  deadline: Deadline,
  progress: (fraction: number) => void,
): Promise<ReaderOutput> {
  const name = fileName;
  let pdf: PdfDocument;
  try {
    // A fresh copy: pdf.js takes ownership of the buffer, and a Node Buffer may be a view
    // into a shared pool (Buffer#slice does not copy), which pdf.js would misread.
    pdf = await deadline.race(getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false }));
  } catch (error) {
    throw pdfError(error, name, deadline);
  }
  // A long document gets time by its pages: reading pages is most of the work.
  deadline.allowPages(pdf.numPages);
  try {
    const pages: Line[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      deadline.check();
      const page = await deadline.race(pdf.getPage(p));
      const content = await deadline.race(page.getTextContent());
      pages.push(toLines(content.items.filter((i): i is TextItemLike & typeof i => 'str' in i)));
      page.cleanup();
      progress((p / pdf.numPages) * 0.95);
      // pdf.js resolves pages through microtasks only: yield so the process can answer progress requests.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const chars = pages.reduce((sum, lines) => sum + lines.reduce((s, l) => s + l.text.length, 0), 0);
    if (chars < 20) {
      throw new ImportError('no-text', 'pdfNoTextLayer', name);
    }
    return { blocks: paragraphs(removeRunningLines(pages)), origin: 'document', hints: {} };
  } catch (error) {
    throw pdfError(error, name, deadline);
  } finally {
    void pdf.destroy();
  }
}

function pdfError(error: unknown, name: string, deadline: Deadline): unknown {
  if (error instanceof ImportError || deadline.signal.aborted) return error;
  const kind = error instanceof Error ? error.name : '';
  if (kind === 'PasswordException') {
    return new ImportError('encrypted', 'pdfEncrypted', name);
  }
  return new ImportError('corrupt', 'pdfDamaged', name);
}

/** Text items -> lines, in page order (top to bottom), joining items on the same baseline. */
function toLines(items: readonly TextItemLike[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    if (item.str === '' && !item.hasEOL) continue;
    if (current && Math.abs(current.y - y) <= size * 0.4 && x >= current.right - size) {
      const gap = x - current.right;
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, item.str.trim() ? size : 0);
    } else if (item.str.trim() !== '') {
      if (current) lines.push(current);
      current = { text: item.str, x, y, size, right: x + item.width };
    }
  }
  if (current) lines.push(current);
  return lines
    .map((l) => ({ ...l, text: cleanText(l.text) }))
    .filter((l) => l.text !== '')
    .sort((p, q) => q.y - p.y || p.x - q.x);
}

/**
 * Running heads and footers: the first or last line of a page, set apart from the body by a
 * wider gap, whose text (digits ignored) recurs on at least half the pages. Bare page numbers
 * near the edges go too.
 */
function removeRunningLines(pages: Line[][]): Line[][] {
  const key = (text: string): string => text.toLowerCase().replace(/\d+/g, '#');
  const gaps = pages.flatMap((lines) => lines.slice(1).map((l, i) => (lines[i] as Line).y - l.y)).sort((p, q) => p - q);
  const lineGap = gaps[Math.floor(gaps.length / 2)] ?? 14;
  const edges = (lines: Line[]): Line[] => {
    const out: Line[] = [];
    const [first, second] = lines;
    const [last, beforeLast] = [lines.at(-1), lines.at(-2)];
    if (first && (!second || first.y - second.y > lineGap * 1.8)) out.push(first);
    if (last && last !== first && (!beforeLast || beforeLast.y - last.y > lineGap * 1.8)) out.push(last);
    return out;
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(edges(lines).map((l) => key(l.text)))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const running = new Set(edges(lines).filter((l) => (counts.get(key(l.text)) ?? 0) >= minPages));
    const nearEdge = new Set([...lines.slice(0, 2), ...lines.slice(-2)]);
    return lines.filter((l) => !running.has(l) && !(nearEdge.has(l) && PAGE_NUMBER.test(l.text)));
  });
}

/** Lines -> paragraph blocks: a wider gap, a change of type size or a short last line ends one. */
function paragraphs(pages: Line[][]): Block[] {
  const all = pages.flat();
  const bodySize = modeSize(all);
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const prev = lines[i - 1] as Line;
      const line = lines[i] as Line;
      if (Math.abs(prev.size - bodySize) < 0.5 && Math.abs(line.size - bodySize) < 0.5) gaps.push(prev.y - line.y);
    }
  }
  gaps.sort((p, q) => p - q);
  const lineGap = gaps[Math.floor(gaps.length / 2)] ?? bodySize * 1.2;
  const rightEdge = Math.max(...all.map((l) => l.right));

  const blocks: Block[] = [];
  let text = '';
  let size = 0;
  let lines = 0;
  const flush = (): void => {
    const t = cleanText(text);
    if (t !== '') {
      const heading = size > bodySize * 1.15 && lines <= 3 && !isTerminal(t);
      blocks.push(block(t, heading ? 'heading' : 'text', heading ? { level: size > bodySize * 1.6 ? 1 : 2 } : {}));
    }
    text = '';
    lines = 0;
  };
  for (const pageLines of pages) {
    let prev: Line | null = null;
    for (const line of pageLines) {
      const sizeChange = Math.abs(line.size - size) > 0.5;
      const bullet = /^[•▪◦·–-]\s|^\d{1,2}[.)]\s/.test(line.text);
      const gap = prev ? prev.y - line.y : 0;
      const shortEnd = prev !== null && prev.right < rightEdge - bodySize * 4 && isTerminal(prev.text);
      const newPage = prev === null;
      const continues = newPage
        ? text !== '' && !isTerminal(text) && !sizeChange && !bullet
        : gap <= Math.max(lineGap, line.size * 1.25) * 1.35 && gap > 0 && !sizeChange && !bullet && !shortEnd;
      if (!continues) flush();
      if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) text = text.slice(0, -1) + line.text;
      else text += (text ? ' ' : '') + line.text;
      size = line.size;
      lines++;
      prev = line;
    }
  }
  flush();
  return blocks;
}

function modeSize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + l.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [s, w] of weight) {
    if (w > bestWeight) {
      best = s;
      bestWeight = w;
    }
  }
  return best;
}
