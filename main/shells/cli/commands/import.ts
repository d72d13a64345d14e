import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { formatPercent } from '../../../../shared/i18n/index.ts';
import { CliError, callApi, printJson, usageError, type Command, type CommandRun } from '../command.ts';

const USAGE = 'import FILE… [--version-of ID | --new-document] [--json]';

async function readInput(path: string, t: TFunction): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(t('cli.notAFile', { path }));
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(t('cli.cannotRead', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

/** Files, and what the user says about versions: `--version-of ID` (also `=ID`) or `--new-document`. */
function parseImportArgs(run: CommandRun): { paths: string[]; versionOf?: string; newDocument: boolean } {
  const paths: string[] = [];
  let versionOf: string | undefined;
  let newDocument = false;
  for (let i = 0; i < run.args.length; i++) {
    const arg = run.args[i] as string;
    if (arg === '--version-of') {
      versionOf = run.args[++i];
      if (!versionOf) throw usageError(run.t, USAGE, run.t('cliRun.needsValue', { option: '--version-of' }));
    } else if (arg.startsWith('--version-of=')) versionOf = arg.slice('--version-of='.length);
    else if (arg === '--new-document') newDocument = true;
    else if (arg.startsWith('--')) throw usageError(run.t, USAGE, run.t('cliRun.unknownOption', { option: arg }));
    else paths.push(arg);
  }
  if (paths.length === 0) throw usageError(run.t, USAGE);
  if (versionOf && newDocument) throw usageError(run.t, USAGE, run.t('versions.errors.both'));
  return { paths, ...(versionOf ? { versionOf } : {}), newDocument };
}

export const importCommand: Command = {
  usage: USAGE,
  summaryKey: 'cli.summaries.import',
  async run(run) {
    const { paths, versionOf, newDocument } = parseImportArgs(run);
    const results = [];
    for (const path of paths) {
      const bytes = await readInput(path, run.t);
      const result = await callApi(run.context, 'documents:import', {
        fileName: basename(path),
        dataBase64: bytes.toString('base64'),
        ...(versionOf ? { versionOf } : {}),
        ...(newDocument ? { newDocument } : {}),
      });
      const { outcome, document } = result;
      const stored = await callApi(run.context, 'documents:get', { id: document.id });
      // Fields added to the stored document: which document it became a version of, and why,
      // or which one it may be a version of (the evidence was partial).
      results.push({
        outcome,
        ...stored,
        versionOf: result.versionOf ?? null,
        possibleVersionOf: result.possibleVersionOf ?? null,
        pairSuggestion: result.pairSuggestion ?? null,
      });
      if (!run.json) {
        const key = { imported: 'cli.imported', existing: 'cli.existing', 'new-version': 'cli.newVersion' }[outcome];
        run.out(run.t(key, { title: stored.title, id: stored.id, count: document.paragraphCount }));
        const { versionOf: of, possibleVersionOf: maybe } = result;
        if (of) {
          run.out(
            of.basis === 'user' || of.share === null
              ? run.t('versions.cliUserSaid', { version: stored.version, previous: of.documentId })
              : run.t('versions.cliEvidence', {
                  version: stored.version,
                  previous: of.documentId,
                  share: formatPercent(of.share, run.language),
                }),
          );
        } else if (maybe) {
          run.out(
            run.t('versions.cliPossible', {
              previous: maybe.documentId,
              title: maybe.title,
              share: formatPercent(maybe.share, run.language),
              file: path,
            }),
          );
        }
        const pairSuggestion = result.pairSuggestion;
        if (pairSuggestion) {
          run.out(
            run.t('pairs.cli.suggestion', { title: pairSuggestion.title, id: pairSuggestion.id, document: stored.id }),
          );
        }
      }
    }
    // One file prints the stored document; several print an array of them.
    if (run.json) printJson(run, results.length === 1 ? results[0] : results);
  },
};
