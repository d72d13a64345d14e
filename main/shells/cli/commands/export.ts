import { resolve } from 'node:path';
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
    const result = await callApi(run.context, 'export:pdf', {
      packId: packId as string,
      path: resolve(output),
      ...(pageSize ? { pageSize } : {}),
    });
    if (run.json)
      return printJson(run, { packId, path: result.path, pageCount: result.pageCount, byteLength: result.byteLength });
    run.out(
      run.t('cliRun.wrote', {
        path: result.path,
        count: result.pageCount,
        size: Math.ceil(result.byteLength / 1024).toLocaleString(run.language === 'fr' ? 'fr-CA' : 'en-CA'),
      }),
    );
  },
};
