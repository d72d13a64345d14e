/** The import pipeline's one error type: a code the UI and CLI can switch on, and a message for people. */
import { translateApiError, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import type { Catalogue, Language } from '../../../shared/i18n/index.ts';

export type ImportErrorCode = 'empty' | 'unsupported' | 'too-large' | 'encrypted' | 'no-text' | 'corrupt' | 'timeout';

/** A message of the catalogues' `import` block. */
export type ImportMessageKey = Exclude<keyof Catalogue['import'], 'thisFile'>;

export type ImportMessageVars = Record<string, string | number>;

/**
 * How an import message is worded in any language: `{{name}}` is the file name between the
 * language's quotation marks (“This file” / « Ce fichier » when there is none).
 */
export function importTranslation(
  key: ImportMessageKey,
  fileName: string,
  vars: ImportMessageVars = {},
): ApiErrorTranslation {
  return fileName
    ? { key: `import.${key}`, vars, quoted: { name: fileName } }
    : { key: `import.${key}`, vars, keyVars: { name: 'import.thisFile' } };
}

/**
 * A failed import, with a message that says what was wrong and what to do: `message` is English
 * (logs, tests); `translation` words it in the caller's language (`messageIn`).
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly key: ImportMessageKey;
  readonly fileName: string;
  readonly vars: ImportMessageVars;
  constructor(code: ImportErrorCode, key: ImportMessageKey, fileName: string, vars: ImportMessageVars = {}) {
    super(translateApiError(importTranslation(key, fileName, vars), 'en'));
    this.name = 'ImportError';
    this.code = code;
    this.key = key;
    this.fileName = fileName;
    this.vars = vars;
  }

  get translation(): ApiErrorTranslation {
    return importTranslation(this.key, this.fileName, this.vars);
  }

  /** The message in one language. */
  messageIn(language: Language): string {
    return translateApiError(this.translation, language);
  }
}

/** The one 'timeout' message, whether the pipeline noticed the deadline or the worker was stopped. */
export function timeoutError(fileName: string, timeoutMs: number): ImportError {
  return new ImportError('timeout', 'timeout', fileName, { seconds: Math.round(timeoutMs / 1000) });
}
