import { CLASSIFICATION_LABELS } from '../../../shared/model/index.ts';
import { callApi, CliError, printJson, type Command } from '../command.ts';

export const packsCommand: Command = {
  usage: 'packs [--json]',
  summaryKey: 'cli.summaries.packs',
  async run(run) {
    if (run.args.length > 0) throw new CliError('usage: precis packs [--json]', 2);
    const packs = await callApi(run.context, 'packs:list', {});
    if (run.json) return printJson(run, packs);
    if (packs.length === 0)
      return run.out('No packs yet. `precis export --sample -o sample.pdf` builds the sample pack.');
    for (const pack of packs) {
      const marking = CLASSIFICATION_LABELS.en[pack.classification];
      run.out(
        `${pack.id}  ${pack.date}  ${marking.padEnd(13)} ${String(pack.itemCount).padStart(3)} items  ${pack.title}`,
      );
    }
  },
};
