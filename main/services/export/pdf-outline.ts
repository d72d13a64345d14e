/**
 * Reads back a printed PDF's bookmarks: where each heading landed. Chromium writes one
 * bookmark per heading (h1–h6) with its page, which is exactly what the table of contents
 * needs for its second pass.
 */

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
  depth: number;
}

export interface PdfFacts {
  pageCount: number;
  outline: OutlineEntry[];
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  // Loaded on first export: pdf.js is large, and most commands and calls never print.
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  try {
    const outline: OutlineEntry[] = [];
    const walk = async (nodes: readonly OutlineNode[], depth: number): Promise<void> => {
      for (const node of nodes) {
        const dest = typeof node.dest === 'string' ? await pdf.getDestination(node.dest) : node.dest;
        const ref = Array.isArray(dest) ? dest[0] : undefined;
        let page = 0;
        if (typeof ref === 'number') page = ref + 1;
        else if (ref && typeof ref === 'object')
          page = (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1;
        outline.push({ title: node.title, page, depth });
        await walk(node.items ?? [], depth + 1);
      }
    };
    await walk(((await pdf.getOutline()) ?? []) as OutlineNode[], 0);
    return { pageCount: pdf.numPages, outline };
  } finally {
    await pdf.destroy();
  }
}

/** Whitespace and case do not matter when matching a heading with its bookmark. */
function normalize(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * Page of each TOC entry. Chromium writes one bookmark per heading, in document order, so
 * when the counts agree the i-th bookmark is the i-th heading. Otherwise each entry takes the
 * next bookmark whose text (spaces ignored: Chromium drops them at line wraps, and sometimes
 * repeats a heading's text) matches.
 */
export function pagesForHeadings(
  entries: ReadonlyArray<{ id: string; text: string }>,
  outline: readonly OutlineEntry[],
  headings?: ReadonlyArray<{ id: string | undefined }>,
): Map<string, number> {
  const pages = new Map<string, number>();
  if (headings && headings.length === outline.length) {
    const wanted = new Set(entries.map((e) => e.id));
    headings.forEach((heading, i) => {
      const page = outline[i]?.page ?? 0;
      if (heading.id && wanted.has(heading.id) && page > 0) pages.set(heading.id, page);
    });
    if (pages.size === entries.length) return pages;
    pages.clear();
  }
  let cursor = 0;
  for (const entry of entries) {
    const wanted = normalize(entry.text);
    for (let i = cursor; i < outline.length; i++) {
      const bookmark = outline[i] as OutlineEntry;
      const title = normalize(bookmark.title);
      if ((title === wanted || title === wanted + wanted) && bookmark.page > 0) {
        pages.set(entry.id, bookmark.page);
        cursor = i + 1;
        break;
      }
    }
  }
  return pages;
}
