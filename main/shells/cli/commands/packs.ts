import { CLASSIFICATION_LABELS } from '../../../../shared/model/index.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

export const packsCommand: Command = {
  usage: 'packs [--json]',
  summaryKey: 'cli.summaries.packs',
  async run(run) {
    if (run.args.length > 0) throw usageError(run.t, 'packs [--json]');
    const packs = await callApi(run.context, 'packs:list', {});
    if (run.json) return printJson(run, packs);
    if (packs.length === 0) return run.out(run.t('cliRun.noPacks'));
    for (const pack of packs) {
      const marking = CLASSIFICATION_LABELS[run.language][pack.classification];
      const items = run.t('packs.items', { count: pack.itemCount });
      run.out(`${pack.id}  ${pack.date}  ${marking.padEnd(13)} ${items.padStart(11)}  ${pack.title}`);
    }
  },
};
