/**
 * What every API call returns across the bridge: handlers never throw to the caller.
 */
import { z } from 'zod';

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

/** Thrown inside handlers to return a typed error; `dispatch` turns it into a Result. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}
