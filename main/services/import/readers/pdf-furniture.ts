/**
 * Page furniture of a PDF: running heads and footers, page numbers, document symbols and the
 * header and footer a browser prints around a web page. A line is furniture when it sits at a
 * page's top or bottom edge, set apart from the body, and its text recurs at the edges of other
 * pages (digits ignored), shares a document symbol with them, is a page number, is a browser's
 * date-and-title or address line, or is small type alone at the edge of the page.
 */
import type { PdfLine } from './pdf-lines.ts';

const PAGE_NUMBER =
  /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|sur|de|\/)\s*\d{1,4})?$|^(?:page|p\.)\s*\d{1,4}\s*(?:of|sur|de|\/)$/i;
/** A document symbol ("A/RES/79/233", "7041/25") or a print job number ("24-24517 (E)"). */
const SYMBOL = /(?:^|\s)([A-Z]{1,8}(?:\/[A-Z0-9.]+)+|\d{3,6}\/\d{2}|\d{2}-\d{5})(?=\s|$|\))/g;
/** A browser's print header: "6/2/25, 9:14 AM   Title - Site", "03/10/2025 14:21   Title". */
const BROWSER_HEADER = /^(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+(.+)$/i;
/** A browser's print footer: the page's address, then "1/3". */
const BROWSER_FOOTER = /^(?:https?:\/\/|file:\/\/|www\.)\S+(?:\s+\d{1,4}\s*\/\s*\d{1,4})?$/i;

export interface Furniture {
  /** Pages without their furniture lines. */
  pages: PdfLine[][];
  /** The page's title as a browser printed it in the header ("Title - Site"), if it was one. */
  printedTitle: string | null;
  /** The file is a web page printed by a browser (its header and footer say so). */
  browserPrint: boolean;
}

function typicalGap(pages: readonly PdfLine[][]): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1] as PdfLine).y - (lines[i] as PdfLine).y;
      if (gap > 0) gaps.push(gap);
    }
  }
  gaps.sort((p, q) => p - q);
  return gaps[Math.floor(gaps.length / 2)] ?? 14;
}

/** The lines at a page's top and bottom edges that stand apart from the body (at most three each). */
function edgeLines(lines: readonly PdfLine[], lineGap: number): Set<PdfLine> {
  const edges = new Set<PdfLine>();
  const apart = (a: PdfLine, b: PdfLine): boolean => a.y - b.y > lineGap * 1.6;
  for (let i = 0; i < Math.min(3, lines.length - 1); i++) {
    if (apart(lines[i] as PdfLine, lines[i + 1] as PdfLine)) {
      for (let j = 0; j <= i; j++) edges.add(lines[j] as PdfLine);
    }
  }
  for (let i = lines.length - 1; i > Math.max(0, lines.length - 4); i--) {
    if (apart(lines[i - 1] as PdfLine, lines[i] as PdfLine)) {
      for (let j = i; j < lines.length; j++) edges.add(lines[j] as PdfLine);
    }
  }
  if (lines.length === 1) edges.add(lines[0] as PdfLine);
  return edges;
}

const key = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

function symbols(text: string): string[] {
  return [...text.matchAll(SYMBOL)].map((m) => m[1] as string);
}

export function removeFurniture(pages: readonly PdfLine[][], bodySize: number): Furniture {
  const lineGap = typicalGap(pages);
  const edges = pages.map((lines) => edgeLines(lines, lineGap));
  const keyPages = new Map<string, Set<number>>();
  const symbolPages = new Map<string, Set<number>>();
  edges.forEach((set, p) => {
    for (const line of set) {
      keyPages.set(key(line.text), (keyPages.get(key(line.text)) ?? new Set()).add(p));
      for (const s of symbols(line.text)) symbolPages.set(s, (symbolPages.get(s) ?? new Set()).add(p));
    }
  });
  // Page 1's header block carries the symbol too (as front matter, not at an edge).
  pages[0]?.slice(0, 8).forEach((line) => {
    for (const s of symbols(line.text)) symbolPages.set(s, (symbolPages.get(s) ?? new Set()).add(0));
  });
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  let printedTitle: string | null = null;
  let browserHeaders = 0;
  let browserFooters = 0;

  const out = pages.map((lines, p) => {
    const edge = edges[p] as Set<PdfLine>;
    const first = lines[0];
    const last = lines.at(-1);
    return lines.filter((line) => {
      const header = line === first ? BROWSER_HEADER.exec(line.text) : null;
      if (header && line.size < bodySize * 1.05) {
        browserHeaders++;
        printedTitle ??= header[2]?.trim() ?? null;
        return false;
      }
      if (line === last && BROWSER_FOOTER.test(line.text)) {
        browserFooters++;
        return false;
      }
      if (!edge.has(line)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      if (pages.length > 1 && (keyPages.get(key(line.text))?.size ?? 0) >= minPages) return false;
      if (symbols(line.text).some((s) => (symbolPages.get(s)?.size ?? 0) >= 2)) return false;
      return true;
    });
  });
  const browserPrint = browserHeaders > 0 && browserHeaders + browserFooters >= Math.min(2, pages.length + 1);
  return { pages: out, printedTitle: browserPrint ? printedTitle : null, browserPrint };
}

/**
 * Small type alone at a page's very top or bottom, set apart from the body: a running head or
 * footer even when the document has one page. Run after the footnotes are taken out, which are
 * small type at the bottom too.
 */
export function removeSmallEdgeLines(pages: readonly PdfLine[][], bodySize: number): PdfLine[][] {
  const lineGap = typicalGap(pages);
  return pages.map((lines) => {
    const edge = edgeLines(lines, lineGap);
    const first = lines[0];
    const last = lines.at(-1);
    return lines.filter((line) => {
      const atEdge = edge.has(line) && (line === first || line === last);
      return !(atEdge && line.size < bodySize * 0.92 && line.text.split(/\s+/).length <= 20);
    });
  });
}
