import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { translateApiError } from '../../../../shared/api/index.ts';
import { ArchiveError, exportLibrary, importLibrary } from '../../../services/library/archive.ts';
import { CliError, printJson, usageError, type Command } from '../command.ts';

export const exportLibraryCommand: Command = {
  usage: 'export-library FILE [--json]',
  summaryKey: 'cli.summaries.exportLibrary',
  async run(run) {
    if (run.args.length !== 1) throw usageError(run.t, this.usage);
    const path = resolve(run.args[0] as string);
    if (existsSync(path)) throw new CliError(run.t('cliRun.exists', { path }));
    const manifest = exportLibrary(run.context.db, path, run.version);
    if (run.json) return printJson(run, { path, ...manifest });
    const documents = manifest.tables.documents?.rows ?? 0;
    run.out(run.t('cliRun.exportedLibrary', { count: documents, path }));
  },
};

export const importLibraryCommand: Command = {
  usage: 'import-library FILE [--json]',
  summaryKey: 'cli.summaries.importLibrary',
  // A new store is left empty so the archive can go in whole.
  store: 'unseeded',
  async run(run) {
    if (run.args.length !== 1) throw usageError(run.t, this.usage);
    try {
      const result = importLibrary(run.context.db, resolve(run.args[0] as string));
      if (run.json) return printJson(run, result);
      run.out(run.t('cliRun.importedLibrary', { count: result.rows.documents ?? 0 }));
      if (result.approvalsWithheld > 0)
        run.out(run.t('hostile.archive.approvalsWithheld', { count: result.approvalsWithheld }));
    } catch (error) {
      if (error instanceof ArchiveError)
        throw new CliError(`${translateApiError(error.translation, run.language)} ${run.t('cliRun.nothingChanged')}`);

      throw error;
    }
  },
};
