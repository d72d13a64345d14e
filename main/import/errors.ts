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
