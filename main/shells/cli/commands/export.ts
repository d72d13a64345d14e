import { resolve } from 'node:path';
import { translateApiError } from '../../../../shared/api/index.ts';
import { printerFor } from '../../../services/api/packs.api.ts';
import { exportPack } from '../../../services/export/export-pack.ts';
import { ExportError } from '../../../services/export/resolve-pack.ts';
import { CliError, callApi, printJson, usageError, type Command } from '../command.ts';

const USAGE = 'export (PACK_ID | --sample [--lang en|fr]) -o FILE.pdf [--page-size a4|letter] [--json]';

export const exportCommand: Command = {
  usage: 'export PACK_ID|--sample -o FILE.pdf',
  summaryKey: 'cli.summaries.export',
  async run(run) {
    let packId: string | undefined;
    let sample = false;
    let output: string | undefined;
    let pageSize: 'a4' | 'letter' | undefined;
    for (let i = 0; i < run.args.length; i++) {
      const arg = run.args[i] as string;
      if (arg === '--sample') sample = true;
      else if (arg === '-o' || arg === '--output') output = run.args[++i];
      else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
      else if (arg === '--page-size') {
        const value = run.args[++i]?.toLowerCase();
        if (value !== 'a4' && value !== 'letter') throw new CliError(run.t('cliRun.pageSize'), 2);
        pageSize = value;
      } else if (!arg.startsWith('-') && packId === undefined) packId = arg;
      else throw usageError(run.t, USAGE, run.t('cliRun.unexpected', { arg }));
    }
    if (!output || (sample ? packId !== undefined : packId === undefined)) throw usageError(run.t, USAGE);
    if (sample) packId = (await callApi(run.context, 'packs:createSample', { language: run.language })).id;
    // The CLI's user names the file: a service call, not the API (no path crosses the API).
    const path = resolve(output);
    let printed;
    try {
      printed = await exportPack(run.context.db, packId as string, printerFor(run.context), {
        path,
        ...(pageSize ? { pageSize } : {}),
      });
    } catch (error) {
      if (error instanceof ExportError) throw new CliError(translateApiError(error.translation, run.language));
      throw error;
    }
    const byteLength = printed.bytes.byteLength;
    if (run.json) return printJson(run, { packId, path, pageCount: printed.pageCount, byteLength });
    run.out(
      run.t('cliRun.wrote', {
        path,
        count: printed.pageCount,
        size: Math.ceil(byteLength / 1024).toLocaleString(run.language === 'fr' ? 'fr-CA' : 'en-CA'),
      }),
    );
  },
};
