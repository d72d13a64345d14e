/**
 * `precis`: the command line over the same services as the app. Flags shared by every
 * command: `--store DIR` (or PRECIS_STORE) and `--json`. Exit 0 on success; on error one line
 * `precis: message` on stderr and exit 1 (2 for usage errors).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restrictNewFiles } from '../../services/private-files.ts';
import type { TFunction } from 'i18next';
import { isLanguage, languageFromLocale, translator, type Language } from '../../../shared/i18n/index.ts';
import type { ApiContext } from '../../services/api/context.ts';
import { autoBackupIfDue } from '../../services/backup/backups.ts';
import { appRoot } from '../../services/app-root.ts';
import { closeSharedChromium } from '../../services/export/chromium-printer.ts';
import { openLibrarySession, storeOpenMessage, type LibrarySession } from '../../services/library/session.ts';
import { StoreOpenError } from '../../services/store/database.ts';
import { createFileLogger } from '../../services/log/logger.ts';
import { resolveStoreDir } from '../../services/store/location.ts';
import { CliError } from './command.ts';
import { terminalText } from './terminal.ts';
import { COMMANDS } from './commands/index.ts';

/** The CLI backs up at most once a day (the app and browser mode do it hourly). */
const CLI_AUTO_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

interface ParsedArgs {
  command: string | undefined;
  args: string[];
  json: boolean;
  readOnly: boolean;
  store: string | undefined;
  language: Language | undefined;
}

/** The language the CLI speaks without `--lang`: the locale variables, as `gettext` reads them. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Splits the shared flags from a command's own arguments; `--` ends flag parsing. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs {
  const parsed: ParsedArgs = {
    command: undefined,
    args: [],
    json: false,
    readOnly: false,
    store: undefined,
    language: undefined,
  };
  const t = translator(languageFromEnvironment(env));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      parsed.args.push(...argv.slice(i + 1));
      break;
    } else if (arg === '--json') parsed.json = true;
    else if (arg === '--read-only') parsed.readOnly = true;
    else if (arg === '--store') {
      const value = argv[++i];
      if (!value) throw new CliError(t('cli.storeNeedsDir'), 2);
      parsed.store = value;
    } else if (arg.startsWith('--store=')) parsed.store = arg.slice('--store='.length);
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (!isLanguage(value)) throw new CliError(t('cli.langNeedsValue'), 2);
      parsed.language = value;
    } else if (parsed.command === undefined && !arg.startsWith('-')) parsed.command = arg;
    else parsed.args.push(arg);
  }
  return parsed;
}

function usage(t: TFunction): string {
  const lines = [t('cli.usage'), '', t('cli.commands')];
  for (const command of Object.values(COMMANDS)) {
    lines.push(`  precis ${command.usage.padEnd(34)} ${t(command.summaryKey)}`);
  }
  lines.push('', t('cli.storeNote'));
  return lines.join('\n');
}

/** Everything a command prints goes through here: nothing from the library can drive the terminal. */
const printSafely = (text: string): void => console.log(terminalText(text));

export async function runCli(argv: readonly string[], out: (text: string) => void = printSafely): Promise<void> {
  const parsed = parseCliArgs(argv);
  const language = parsed.language ?? languageFromEnvironment();
  const t = translator(language);
  if (parsed.command === undefined || parsed.command === 'help' || parsed.args.includes('--help')) {
    out(usage(t));
    return;
  }
  const command = COMMANDS[parsed.command];
  if (!command) throw new CliError(t('cli.unknownCommand', { command: parsed.command }), 2);
  const storeDir = resolveStoreDir(parsed.store);
  const { version } = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string };
  const mode = command.store ?? 'open';
  if (mode === 'none') {
    const unopened = new Proxy({} as ApiContext, {
      get: () => {
        throw new Error('this command does not open the library');
      },
    });
    await command.run({ args: parsed.args, json: parsed.json, out, language, t, context: unopened, storeDir, version });
    return;
  }
  let session: LibrarySession;
  try {
    session = await openLibrarySession(storeDir, {
      mode: 'cli',
      version,
      readOnly: parsed.readOnly,
      systemLanguage: language,
      ...(mode === 'unseeded' ? { seed: false } : {}),
    });
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(storeOpenMessage(error, language));
    throw error;
  }
  try {
    // A daily safety copy: the CLI is often the only thing that touches a scripted library.
    if (!parsed.readOnly) {
      await autoBackupIfDue(session.store.db, storeDir, CLI_AUTO_BACKUP_INTERVAL_MS).catch((error: unknown) =>
        session.logger.error('auto-backup', error),
      );
    }
    await command.run({
      args: parsed.args,
      json: parsed.json,
      out,
      language,
      t,
      context: session.context,
      storeDir,
      version,
    });
  } finally {
    await session.close();
    // A command lives for one call: the warm Chromium an export started goes with it.
    await closeSharedChromium();
  }
}

/**
 * The `precis` command: runs it and exits with its status. bin/precis.js calls this (from the
 * build in out/cli, or the sources); running this file directly does the same.
 */
export function runCommandLine(argv: readonly string[]): void {
  // umask 077 before anything is written: what the CLI writes is owner-only (private-files.ts).
  restrictNewFiles();
  runCli([...argv]).catch((error: unknown) => {
    const known = error instanceof CliError || error instanceof StoreOpenError;
    // The details of an unexpected failure go to the log file; the terminal gets one line.
    if (!known) {
      try {
        createFileLogger(resolveStoreDir(parseCliArgs([...argv]).store), { fallback: 'none' }).error('cli', error);
      } catch {
        // the log is best effort; the one-line message below still tells the user
      }
    }
    const message = error instanceof Error ? error.message : String(error);
    const unexpected = translator(languageFromEnvironment())('cli.unexpected', { message });
    console.error(terminalText(`precis: ${known ? message : unexpected}`.split('\n')[0] ?? ''));
    process.exit(error instanceof CliError ? error.exitCode : 1);
  });
}

// Run directly (bin/precis.js spawns it so), also through a symlinked path.
if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  runCommandLine(process.argv.slice(2));
}
