/**
 * Import: bytes of a file (or clipboard content) -> a clean, structured document.
 * This is the pipeline's only entrance; readers per format feed one structure pass.
 *
 *   size check -> sniff (magic bytes) -> decode (text formats) -> reader -> structure pass
 *
 * Limits (limits.ts): files over 50 MB are refused before decoding ('too-large'); every import
 * ends within 10 seconds ('timeout'); `options.signal` aborts with the signal's reason.
 */
import type { StructuredDocument } from '../../../shared/model/index.ts';
import type { ReaderOutput } from './blocks.ts';
import { createDeadline } from './deadline.ts';
import type { Deadline } from './deadline.ts';
import { decodeText, withoutControlCharacters } from './decode.ts';
import { ImportError } from './errors.ts';
import { IMPORT_TIMEOUT_MS, MAX_INPUT_BYTES } from './limits.ts';
// Readers of heavy formats (jsdom, pdf.js, mammoth) load on first use: the CLI and the app
// start without paying for parsers a session may never need.
import { readText } from './readers/text.ts';
import { looksBinary, MEDIA_TYPES, sniffBinary, sniffText } from './sniff.ts';
import { structure } from './structure.ts';

export { ImportError, importTranslation } from './errors.ts';
export type { ImportErrorCode, ImportMessageKey, ImportMessageVars } from './errors.ts';
export { IMPORT_TIMEOUT_MS, MAX_INPUT_BYTES } from './limits.ts';

export interface ImportInput {
  /** The file's name as the user sees it; used for format sniffing and as a title fallback. */
  fileName: string;
  bytes: Uint8Array;
  /** A hint when the content comes from the clipboard or a drop: `text/plain`, `text/html`. */
  mediaType?: string;
}

export interface ImportOptions {
  signal?: AbortSignal;
  /** Called with a fraction in [0, 1] during long imports (PDF pages, big files). */
  onProgress?: (fraction: number) => void;
  /** Called when a long file raises the time limit (the worker tells its host). */
  onBudget?: (budgetMs: number) => void;
}

export interface ImportResult {
  document: StructuredDocument;
  /** The detected media type of the original bytes, e.g. `text/plain`, `application/pdf`. */
  mediaType: string;
}

/** Test seam: the same pipeline with another time limit. */
export async function importDocumentWithin(
  timeoutMs: number,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const deadline = createDeadline(input.fileName, timeoutMs, {
    ...(options.signal ? { outer: options.signal } : {}),
    ...(options.onBudget ? { onExtend: options.onBudget } : {}),
  });
  try {
    // Yield once so that a timer or an abort can win even against fully synchronous readers.
    return await deadline.race(Promise.resolve().then(() => run(input, options, deadline)));
  } catch (error) {
    // A parser that recurses per nesting level (marked on 50 000 nested quotes) overflows the
    // stack: that is a file too deeply nested to read, not an internal error.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ImportError('unsupported', 'tooDeep', input.fileName);
    }
    throw error;
  } finally {
    deadline.dispose();
  }
}

/** Reads a file or clipboard content into a structured document, or fails with an ImportError. */
export async function importDocument(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  return importDocumentWithin(IMPORT_TIMEOUT_MS, input, options);
}

async function run(input: ImportInput, options: ImportOptions, deadline: Deadline): Promise<ImportResult> {
  const name = input.fileName;
  const { bytes } = input;
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(0);
    throw new ImportError('too-large', 'tooLarge', name, { mb, max: MAX_INPUT_BYTES / (1024 * 1024) });
  }
  if (bytes.length === 0) throw new ImportError('empty', 'empty', name);
  const progress = (fraction: number): void => options.onProgress?.(Math.max(0, Math.min(1, fraction)));

  deadline.check();
  const binary = sniffBinary(bytes, input.fileName);
  let output: ReaderOutput;
  let mediaType: string;
  if (binary?.format === 'pdf') {
    mediaType = MEDIA_TYPES.pdf;
    const { readPdf } = await import('./readers/pdf.ts');
    output = await readPdf(bytes, input.fileName, deadline, progress);
  } else if (binary?.format === 'docx') {
    mediaType = MEDIA_TYPES.docx;
    const { readDocx } = await import('./readers/docx.ts');
    output = await readDocx(bytes, binary.entries, input.fileName, deadline);
  } else {
    const decoded = decodeText(bytes).text;
    if (decoded.trim() === '') throw new ImportError('empty', 'noText', name);
    if (looksBinary(decoded)) {
      throw new ImportError('unsupported', 'notADocument', name);
    }
    const text = withoutControlCharacters(decoded);
    deadline.check();
    const format = sniffText(text, input.fileName, input.mediaType);
    mediaType = MEDIA_TYPES[format];
    if (format === 'html') output = (await import('./readers/html.ts')).readHtml(text);
    else if (format === 'markdown') output = (await import('./readers/markdown.ts')).readMarkdown(text);
    else output = readText(text);
  }
  deadline.check();
  if (output.blocks.length === 0) {
    throw new ImportError('no-text', 'noReadableText', name);
  }
  const document = structure(output, input.fileName);
  if (document.sections.every((s) => s.paragraphs.length === 0) && document.sections.length <= 1) {
    throw new ImportError('no-text', 'noParagraphs', name);
  }
  progress(1);
  return { document, mediaType };
}
