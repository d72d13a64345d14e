/**
 * Pack -> print HTML -> PDF, in two passes: the first print shows on which page each heading
 * landed (read from the PDF's bookmarks), the second prints the table of contents with those
 * numbers. The numbers take a fixed-width slot, so filling them in moves nothing; a check of
 * the second print confirms it (and prints once more if ever it did move). The second pass is
 * the cheap one where the printer can (`reprintWithPages`: the loaded page gets its numbers,
 * nothing is parsed or laid out from scratch); a pack with no table of contents prints once.
 */
import { CLASSIFICATION_LABELS, type PageSize } from '../../../shared/model/index.ts';
import type { Database } from '../store/database.ts';
import { checkWritableTarget, writeFileAtomic, WriteError } from './atomic-write.ts';
import { fontFaceCss } from './fonts.ts';
import { htmlHeadings } from './html.ts';
import { withPdfInfo } from './pdf-info.ts';
import { pagesForHeadings, readPdfFacts } from './pdf-outline.ts';
import type { PrintPack } from './print-model.ts';
import { renderPrintHtml, type TocEntry } from './print-html.ts';
import { PrinterError, type PdfPrinter } from './printer.ts';
import { ExportError, resolvePack } from './resolve-pack.ts';

export interface PrintedPack {
  bytes: Uint8Array;
  pageCount: number;
  /** The HTML of the final pass (what was printed). */
  html: string;
  toc: TocEntry[];
  tocPages: Map<string, number>;
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** Hooks of a long export: progress, and a signal that cancels it between steps. */
export interface ExportProgress {
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: 'printing' | 'numbering' | 'writing') => void;
}

export async function printPack(
  pack: PrintPack,
  printer: PdfPrinter,
  fontsDir?: string,
  progress: ExportProgress = {},
): Promise<PrintedPack> {
  const { signal, onProgress } = progress;
  const fontCss = fontFaceCss(fontsDir);
  let rendered = renderPrintHtml(pack, { fontCss });
  onProgress?.(0.05, 'printing');
  let bytes = await printer.print(rendered.html);
  signal?.throwIfAborted();
  let facts = await readPdfFacts(bytes);
  let tocPages = pagesForHeadings(rendered.toc, facts.outline, htmlHeadings(rendered.html));
  for (let pass = 0; pass < 2 && rendered.toc.length > 0; pass++) {
    signal?.throwIfAborted();
    onProgress?.(0.5 + pass * 0.2, 'numbering');
    rendered = renderPrintHtml(pack, { fontCss, tocPages });
    bytes = printer.reprintWithPages
      ? await printer.reprintWithPages(rendered.html, tocPages)
      : await printer.print(rendered.html);
    facts = await readPdfFacts(bytes);
    const landed = pagesForHeadings(rendered.toc, facts.outline, htmlHeadings(rendered.html));
    if (samePages(landed, tocPages)) break;
    tocPages = landed;
  }
  const marking = CLASSIFICATION_LABELS[pack.language][pack.classification];
  const info = withPdfInfo(bytes, {
    title: pack.title,
    author: pack.preparedBy,
    subject: [pack.audience, marking].filter(Boolean).join(' — '),
    keywords: [marking, ...new Set(pack.items.map((i) => (i.kind === 'note' ? i.title : i.document.title)))].join('; '),
    creator: 'Précis',
    outlineTitles: htmlHeadings(rendered.html).map((h) => h.text),
    language: pack.language,
  });
  return { bytes: info.bytes, pageCount: facts.pageCount, html: rendered.html, toc: rendered.toc, tocPages };
}

export type PrinterFactory = () => Promise<PdfPrinter>;

/** Resolves, prints and (with `path`) writes a stored pack; every failure is an ExportError. */
export async function exportPack(
  db: Database,
  packId: string,
  createPrinter: PrinterFactory,
  options: { path?: string; pageSize?: PageSize; fontsDir?: string } & ExportProgress = {},
): Promise<PrintedPack & { pack: PrintPack }> {
  const resolved = resolvePack(db, packId);
  const pack = options.pageSize ? { ...resolved, pageSize: options.pageSize } : resolved;
  if (options.path) {
    try {
      await checkWritableTarget(options.path);
    } catch (error) {
      if (error instanceof WriteError) throw new ExportError('write', error.translation);
      throw error;
    }
  }
  let printer: PdfPrinter | undefined;
  let printed: PrintedPack;
  try {
    printer = await createPrinter();
    printed = await printPack(pack, printer, options.fontsDir, options);
  } catch (error) {
    if (error instanceof PrinterError) throw new ExportError('printer', error.translation);
    throw error;
  } finally {
    await printer?.close();
  }
  options.signal?.throwIfAborted();
  if (options.path) {
    options.onProgress?.(0.95, 'writing');
    try {
      await writeFileAtomic(options.path, printed.bytes);
    } catch (error) {
      if (error instanceof WriteError) throw new ExportError('write', error.translation);
      throw error;
    }
  }
  return { ...printed, pack };
}
