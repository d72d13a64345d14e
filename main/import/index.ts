/**
 * Import: bytes of a file (or clipboard content) -> a clean, structured document.
 * This is the pipeline's only entrance; readers per format feed one structure pass.
 */
import type { StructuredDocument } from '../../shared/model/index.ts';
import { numberSections } from '../../shared/model/index.ts';

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
}

export interface ImportResult {
  document: StructuredDocument;
  /** The detected media type of the original bytes, e.g. `text/plain`, `application/pdf`. */
  mediaType: string;
}

export type ImportErrorCode = 'empty' | 'unsupported' | 'too-large' | 'encrypted' | 'no-text' | 'corrupt' | 'timeout';

/** A failed import, with a message that says what was wrong and what to do. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}

/** Placeholder text reader: blank-line paragraphs, first line as title. Replaced by the real pipeline. */
export async function importDocument(input: ImportInput, _options: ImportOptions = {}): Promise<ImportResult> {
  const text = new TextDecoder('utf-8').decode(input.bytes).trim();
  if (text === '') throw new ImportError('empty', `“${input.fileName}” is empty. Choose a file that contains the text.`);
  const blocks = text.split(/\n\s*\n/).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const title = blocks[0] ?? input.fileName;
  return {
    mediaType: 'text/plain',
    document: {
      title,
      kind: 'other',
      language: 'en',
      date: null,
      place: null,
      issuer: null,
      sections: numberSections([{ heading: null, paragraphs: blocks.slice(1) }]),
    },
  };
}
