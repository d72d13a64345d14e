/**
 * PDF, from its text layer (pdf.js via unpdf): items -> lines (pdf-lines.ts) -> page furniture
 * removed (pdf-furniture.ts: running heads and footers, page numbers, document symbols, a
 * browser's print header and footer) -> footnotes taken out as notes (pdf-footnotes.ts) ->
 * paragraphs rejoined across lines, pages and hyphens, headings by type size and font
 * (pdf-paragraphs.ts). A web page printed from a browser is read as a web page (its site cruft
 * is in the text). Reports progress per page. Password-protected, damaged and image-only PDFs
 * end in a clear ImportError.
 */
import { getDocumentProxy } from 'unpdf';
import type { ReaderOutput } from '../blocks.ts';
import type { Deadline } from '../deadline.ts';
import { ImportError } from '../errors.ts';
import { removeFurniture, removeSmallEdgeLines } from './pdf-furniture.ts';
import { takeFootnotes } from './pdf-footnotes.ts';
import type { PdfLine, TextItemLike } from './pdf-lines.ts';
import { toLines } from './pdf-lines.ts';
import { bodySizeOf, toParagraphs } from './pdf-paragraphs.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

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
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      deadline.check();
      const page = await deadline.race(pdf.getPage(p));
      const content = await deadline.race(page.getTextContent());
      pages.push(
        toLines(
          content.items.filter((i): i is TextItemLike & typeof i => 'str' in i),
          p - 1,
        ),
      );
      page.cleanup();
      progress((p / pdf.numPages) * 0.95);
      // pdf.js resolves pages through microtasks only: yield so the process can answer progress requests.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const chars = pages.reduce((sum, lines) => sum + lines.reduce((s, l) => s + l.text.length, 0), 0);
    if (chars < 20) {
      throw new ImportError('no-text', 'pdfNoTextLayer', name);
    }
    return layout(pages);
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

/** Lines of every page -> the reader's blocks. */
function layout(pages: PdfLine[][]): ReaderOutput {
  const bodySize = bodySizeOf(pages.flat());
  const furniture = removeFurniture(pages, bodySize);
  const gaps = furniture.pages
    .flatMap((lines) => lines.slice(1).map((l, i) => (lines[i] as PdfLine).y - l.y))
    .filter((g) => g > 0)
    .sort((p, q) => p - q);
  const lineGap = gaps[Math.floor(gaps.length * 0.3)] ?? bodySize * 1.2;
  const { pages: body, notes } = takeFootnotes(furniture.pages, bodySize, lineGap);
  return {
    blocks: toParagraphs(removeSmallEdgeLines(body, bodySize), notes),
    origin: furniture.browserPrint ? 'web' : 'document',
    hints: furniture.printedTitle ? { titles: [{ text: furniture.printedTitle, source: 'printed' }] } : {},
  };
}
