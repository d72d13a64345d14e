/**
 * What every API call returns across the bridge: handlers never throw to the caller.
 */
import { z } from 'zod';
import { quote, translator, type Language } from '../i18n/index.ts';

/** Error codes the UI and CLI can act on; `message` is always user-readable. */
export const ApiErrorCodeSchema = z.enum([
  'invalid-input',
  'not-found',
  'import-failed',
  'export-failed',
  'unknown-method',
  'forbidden',
  'conflict',
  /** The library was opened read-only (damaged, or from a newer Précis): nothing can change. */
  'read-only',
  /** The library file is damaged: restore a backup. */
  'store-damaged',
  /** The disk (or the user's quota) is full: nothing was saved. */
  'disk-full',
  /** The caller cancelled a long task (tasks:cancel); nothing changed. */
  'cancelled',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ApiErrorCodeSchema,
  /** Says what happened and what to do; never a stack trace. */
  message: z.string(),
});
export type ApiErrorPayload = z.infer<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** A catalogue key and its variables: how an error is worded in the caller's language. */
export interface ApiErrorTranslation {
  key: string;
  vars: Record<string, string | number>;
  /** Variables that are themselves catalogue keys (a classification's name, say), worded first. */
  keyVars?: Record<string, string>;
  /** Variables shown between the language's quotation marks (“…”, « … »): file names, titles. */
  quoted?: Record<string, string>;
  /** Variables that are themselves translated messages (a cause inside a wider failure). */
  nested?: Record<string, ApiErrorTranslation>;
}

/** A translation from a catalogue key: its variables, and which of them go between quotation marks. */
export function translation(
  key: string,
  vars: Record<string, string | number> = {},
  more: Pick<ApiErrorTranslation, 'keyVars' | 'quoted' | 'nested'> = {},
): ApiErrorTranslation {
  return { key, vars, ...more };
}

/** Thrown inside handlers to return a typed error; `dispatch` turns it into a Result. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** When set, `dispatch` words the message in the caller's language from this key. */
  readonly translation: ApiErrorTranslation | undefined;
  constructor(code: ApiErrorCode, message: string, translation?: ApiErrorTranslation) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.translation = translation;
  }
}

/**
 * An expected failure worded from the catalogues (`errors.<…>`): English in `message` (logs,
 * tests), the caller's language in the Result that `dispatch` returns.
 */
export function apiError(
  code: ApiErrorCode,
  key: string,
  vars: Record<string, string | number> = {},
  keyVars: Record<string, string> = {},
): ApiError {
  const translation = { key, vars, keyVars };
  return new ApiError(code, translateApiError(translation, 'en'), translation);
}

/** Words an error in a language. */
export function translateApiError(translation: ApiErrorTranslation, language: Language): string {
  const t = translator(language);
  const worded = Object.fromEntries(Object.entries(translation.keyVars ?? {}).map(([name, key]) => [name, t(key)]));
  const quoted = Object.fromEntries(
    Object.entries(translation.quoted ?? {}).map(([name, text]) => [name, quote(text, language)]),
  );
  const nested = Object.fromEntries(
    Object.entries(translation.nested ?? {}).map(([name, inner]) => [name, translateApiError(inner, language)]),
  );
  return t(translation.key, { ...translation.vars, ...worded, ...quoted, ...nested });
}
