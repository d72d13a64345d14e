import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { CliError, callApi, printJson, usageError, type Command } from '../command.ts';

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

export const importCommand: Command = {
  usage: 'import FILE… [--json]',
  summaryKey: 'cli.summaries.import',
  async run(run) {
    if (run.args.length === 0) throw usageError(run.t, 'import FILE… [--json]');
    const results = [];
    for (const path of run.args) {
      const bytes = await readInput(path, run.t);
      const { outcome, document, pairSuggestion } = await callApi(run.context, 'documents:import', {
        fileName: basename(path),
        dataBase64: bytes.toString('base64'),
      });
      const stored = await callApi(run.context, 'documents:get', { id: document.id });
      results.push({ outcome, ...stored, pairSuggestion: pairSuggestion ?? null });
      if (!run.json) {
        const key = { imported: 'cli.imported', existing: 'cli.existing', 'new-version': 'cli.newVersion' }[outcome];
        run.out(run.t(key, { title: stored.title, id: stored.id, count: document.paragraphCount }));
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
