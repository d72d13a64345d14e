import { apiHandlers } from '../../services/api/handlers.ts';
import type { ApiContext } from '../../services/api/context.ts';
import { dispatch } from '../../services/api/dispatch.ts';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../shared/api/index.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import type { TFunction } from 'i18next';
import { terminalJson } from './terminal.ts';

/** A failure the CLI reports as one line, `precis: message`, with a non-zero exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** What a command gets: its own arguments, the shared flags and the way to call the API. */
export interface CommandRun {
  args: string[];
  json: boolean;
  /** The API context over the open library (commands with `store: 'none'` must not use it). */
  context: ApiContext;
  /** The library's folder (--store, PRECIS_STORE or the default). */
  storeDir: string;
  version: string;
  out: (text: string) => void;
  /** The CLI's language (`--lang`, else LC_ALL / LC_MESSAGES / LANG) and its translator. */
  language: Language;
  t: TFunction;
}

export interface Command {
  /** One line for `precis help`, e.g. `show ID [--json]`. */
  usage: string;
  /** Catalogue key of the one-line summary shown by `precis help`. */
  summaryKey: string;
  /**
   * How the command needs the library: `open` (default: opened, seeded if new), `unseeded`
   * (opened, a new one left empty, e.g. to import an archive into), `none` (the command opens
   * nothing itself, e.g. restore, which must work on a library that cannot be opened).
   */
  store?: 'open' | 'unseeded' | 'none';
  run: (run: CommandRun) => Promise<void>;
}

/** Calls the API exactly as the app does (same validation, same handlers). */
export async function callApi<C extends ApiChannel>(
  context: ApiContext,
  channel: C,
  input: ApiInput<C>,
): Promise<ApiOutput<C>> {
  // Unexpected errors go to the log file (context.logError); the terminal gets one line.
  const result = await dispatch(apiHandlers, context, channel, input, context.logError ?? (() => {}));
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as ApiOutput<C>;
}

/** The one-line usage error: `usage: precis …` in the CLI's language, exit code 2. */
export function usageError(t: TFunction, usage: string, detail?: string): CliError {
  const line = t('cliRun.usage', { usage: `precis ${usage}` });
  return new CliError(detail ? `${detail} ${line}` : line, 2);
}

export function printJson(run: CommandRun, value: unknown): void {
  run.out(terminalJson(JSON.stringify(value, null, 2)));
}
