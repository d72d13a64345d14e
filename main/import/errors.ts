/** The import pipeline's one error type: a code the UI and CLI can switch on, and a message for people. */

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

/** `“report.pdf”`: how messages name the file. */
export function quoteName(fileName: string): string {
  return `“${fileName || 'This file'}”`;
}

/** The one 'timeout' message, whether the pipeline noticed the deadline or the worker was stopped. */
export function timeoutError(fileName: string, timeoutMs: number): ImportError {
  return new ImportError(
    'timeout',
    `${quoteName(fileName)} took longer than ${Math.round(timeoutMs / 1000)} seconds to read, so the import was stopped. ` +
      'Try a smaller file, or copy the text you need and paste it instead.',
  );
}
