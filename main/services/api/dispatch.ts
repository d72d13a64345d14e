/**
 * The transport-independent gate: checks the method name, validates input against the
 * contract, runs the handler and returns a `Result`. Never throws; unexpected errors are
 * logged in full and reported to the caller without internals.
 */
import {
  ApiError,
  apiContract,
  apiError,
  isApiChannel,
  translateApiError,
  type ApiChannel,
  type Result,
} from '../../../shared/api/index.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import { isCorruptionError } from '../store/database.ts';
import { currentLanguage, type ApiContext } from './context.ts';
import type { ApiHandler, ApiHandlers } from './handler.ts';
import { affectedItems, itemsChangedBy } from '../sync/affected.ts';
import { checkOutput } from './check-output.ts';

/** Records an unexpected error in full; returns false when it could not be recorded. */
export type ErrorLogger = (channel: string, error: unknown) => boolean | void;

/** SQLite's and the file system's words for a full disk (or a quota reached). */
export function isDiskFullError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return true;
  return (
    error instanceof Error &&
    /database or disk is full|no space left on device|disk quota exceeded/i.test(error.message)
  );
}

const logToStderr: ErrorLogger = (channel, error) => console.error(`[precis] ${channel} failed:`, error);

/**
 * The language errors are worded in: the CLI's (its `--lang` or locale, carried as
 * `systemLanguage`), else the interface's; the system's when the settings cannot be read.
 */
function callerLanguage(context: ApiContext): Language {
  if (context.mode === 'cli') return context.systemLanguage;
  try {
    return currentLanguage(context);
  } catch {
    return context.systemLanguage;
  }
}

/** A shared item exported (PDF, Word, annotations): the team server's audit log records it. */
function recordExport(sync: NonNullable<ApiContext['sync']>, channel: ApiChannel, input: unknown): void {
  if (channel === 'export:pdf') sync.recordPackExport((input as { packId: string }).packId);
  if (channel === 'export:docx') {
    const { target } = input as { target: { kind: 'note' | 'pack'; id: string } };
    if (target.kind === 'pack') sync.recordPackExport(target.id);
    else sync.recordExport([{ kind: 'note', id: target.id }]);
  }
  if (channel === 'annotations:export') {
    sync.recordExport([{ kind: 'document', id: (input as { documentId: string }).documentId }]);
  }
}

/** In a team, the items a successful call changed go into their replicas (never failing the call). */
function tellSync(
  context: ApiContext,
  channel: ApiChannel,
  input: unknown,
  output: unknown,
  logError: ErrorLogger,
): void {
  if (!context.sync) return;
  try {
    // A shared pack (and its shared notes) printed: the team server's audit log records the export.
    recordExport(context.sync, channel, input);
    const affected = affectedItems(context.db, channel, input, output);
    if (affected) context.sync.afterWrite(affected.refs, affected.created);
  } catch (error) {
    logError(`${channel} (team sync)`, error);
  }
}

export async function dispatch(
  handlers: ApiHandlers,
  context: ApiContext,
  channel: unknown,
  rawInput: unknown,
  logError: ErrorLogger = context.logError ?? logToStderr,
): Promise<Result<unknown>> {
  if (!isApiChannel(channel)) {
    const message = translator(callerLanguage(context))('errors.unknownMethod', { method: String(channel) });
    return { ok: false, error: { code: 'unknown-method', message } };
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
        // The schema's own detail stays as zod words it: these reach developers, not readers.
        message: translator(callerLanguage(context))('errors.invalidInput', {
          method: channel,
          where,
          detail: issue?.message ?? 'rejected',
        }),
      },
    };
  }
  try {
    // A reader's library changes no shared item: refused before anything is written.
    if (context.sync?.refusesWrite(itemsChangedBy(context.db, channel, parsed.data))) {
      throw apiError('forbidden', 'teamErrors.readOnly');
    }
    const handler = handlers[channel] as ApiHandler<ApiChannel>;
    const value: unknown = await handler(parsed.data as never, context);
    // Output is checked too: a handler bug must not leak unexpected data to the renderer.
    const checked = await checkOutput(schemas.output, value);
    tellSync(context, channel, parsed.data, checked, logError);
    return { ok: true, value: checked };
  } catch (error) {
    if (error instanceof ApiError) {
      const { translation } = error;
      const message = translation ? translateApiError(translation, callerLanguage(context)) : error.message;
      return { ok: false, error: { code: error.code, message } };
    }
    const t = translator(callerLanguage(context));
    if (error instanceof Error && /readonly database/i.test(error.message)) {
      return { ok: false, error: { code: 'read-only', message: t('errors.readOnly') } };
    }
    const logged = logError(channel, error) !== false;
    // A full disk is said as such: the log that would hold the details is on that disk too.
    if (isDiskFullError(error)) return { ok: false, error: { code: 'disk-full', message: t('hostile.diskFull') } };
    if (isCorruptionError(error)) {
      return {
        ok: false,
        error: {
          code: 'store-damaged',
          message: t('errors.damaged'),
        },
      };
    }
    // Never internals (paths, SQL) to the caller: when the log has nothing either, it says so.
    return { ok: false, error: { code: 'internal', message: t(logged ? 'errors.internal' : 'hostile.internalNoLog') } };
  }
}
