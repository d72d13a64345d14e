import { resolve } from 'node:path';
import {
  backupStoreTo,
  BackupError,
  listBackups,
  resolveBackupFile,
  restoreBackup,
} from '../../../services/backup/backups.ts';
import type { TFunction } from 'i18next';
import { translateApiError } from '../../../../shared/api/index.ts';
import { CliError, callApi, printJson, usageError, type Command } from '../command.ts';

function outputOption(args: readonly string[], usage: string, t: TFunction): string | undefined {
  const i = args.findIndex((a) => a === '-o' || a === '--output');
  const inline = args.find((a) => a.startsWith('--output='));
  if (inline) return inline.slice('--output='.length);
  if (i < 0) {
    if (args.length > 0) throw usageError(t, usage);
    return undefined;
  }
  const value = args[i + 1];
  if (!value || args.length !== 2) throw usageError(t, usage);
  return value;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

export const backupCommand: Command = {
  usage: 'backup [-o FILE] [--json]',
  summaryKey: 'cli.summaries.backup',
  async run(run) {
    const output = outputOption(run.args, this.usage, run.t);
    const info = output
      ? await backupStoreTo(run.context.db, resolve(output)).catch((error: unknown) => {
          if (error instanceof BackupError) throw new CliError(translateApiError(error.translation, run.language));
          throw new CliError(run.t('cliRun.backupWriteFailed', { path: output, reason: (error as Error).message }));
        })
      : await callApi(run.context, 'library:backup', {});
    const path = 'path' in info ? info.path : info.name;
    if (run.json) return printJson(run, { name: info.name, path, size: info.size });
    run.out(run.t('cliRun.backedUp', { path, size: megabytes(info.size) }));
  },
};

export const backupsCommand: Command = {
  usage: 'backups [--json]',
  summaryKey: 'cli.summaries.backups',
  store: 'none',
  async run(run) {
    const backups = listBackups(run.storeDir).map(({ name, path, kind, createdAt, size }) => ({
      name,
      path,
      kind,
      createdAt,
      size,
    }));
    if (run.json) return printJson(run, backups);
    if (backups.length === 0) return run.out(run.t('cliRun.noBackups'));
    for (const b of backups) run.out(`${b.name}  ${b.kind.padEnd(14)} ${megabytes(b.size).padStart(9)}`);
  },
};

export const restoreCommand: Command = {
  usage: 'restore FILE|NAME [--json]',
  summaryKey: 'cli.summaries.restore',
  // Restore must work on a library that cannot be opened (damaged, or from a newer version).
  store: 'none',
  async run(run) {
    if (run.args.length !== 1) throw usageError(run.t, this.usage);
    try {
      const file = resolveBackupFile(run.storeDir, run.args[0] as string);
      const result = await restoreBackup(run.storeDir, file);
      if (run.json) return printJson(run, result);
      run.out(run.t('cliRun.restored', { from: result.restored }));
      if (result.replacedCopy) run.out(run.t('cliRun.replacedKept', { copy: result.replacedCopy }));
    } catch (error) {
      if (error instanceof BackupError)
        throw new CliError(`${translateApiError(error.translation, run.language)} ${run.t('cliRun.nothingChanged')}`);

      throw error;
    }
  },
};
