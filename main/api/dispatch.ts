/**
 * The transport-independent gate: checks the method name, validates input against the
 * contract, runs the handler and returns a `Result`. Never throws; unexpected errors are
 * logged in full and reported to the caller without internals.
 */
import { ApiError, apiContract, isApiChannel, type ApiChannel, type Result } from '../../shared/api/index.ts';
import { isCorruptionError } from '../store/database.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandler, ApiHandlers } from './handler.ts';

export type ErrorLogger = (channel: string, error: unknown) => void;

const logToStderr: ErrorLogger = (channel, error) => console.error(`[precis] ${channel} failed:`, error);

export async function dispatch(
  handlers: ApiHandlers,
  context: ApiContext,
  channel: unknown,
  rawInput: unknown,
  logError: ErrorLogger = context.logError ?? logToStderr,
): Promise<Result<unknown>> {
  if (!isApiChannel(channel)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown API method “${String(channel)}”.` } };
  }
  const schemas = apiContract[channel];
  const parsed = schemas.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${channel}${where}: ${issue?.message ?? 'rejected'}.`,
      },
    };
  }
  try {
    const handler = handlers[channel] as ApiHandler<ApiChannel>;
    const value: unknown = await handler(parsed.data as never, context);
    // Output is checked too: a handler bug must not leak unexpected data to the renderer.
    return { ok: true, value: schemas.output.parse(value) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
    if (error instanceof Error && /readonly database/i.test(error.message)) {
      return {
        ok: false,
        error: {
          code: 'read-only',
          message:
            'This library is open read-only, so nothing can be changed. Restore a backup to work in it again (`precis restore`).',
        },
      };
    }
    logError(channel, error);
    if (isCorruptionError(error)) {
      return {
        ok: false,
        error: {
          code: 'store-damaged',
          message:
            'The library file is damaged, so this could not be done. Quit Précis and restore a backup (`precis backups`, then `precis restore NAME`).',
        },
      };
    }
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Précis hit an unexpected error. Nothing was changed; the details are in the log.',
      },
    };
  }
}
