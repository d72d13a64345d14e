import type { TFunction } from 'i18next';
import type { Fidelity } from '../../../../shared/quotes/index.ts';
import { FIDELITIES, mediaLines } from '../../../../shared/quotes/index.ts';
import { CliError, callApi, printJson, type Command } from '../command.ts';

/** `DOC_ID [--against A B …]` (also `--against=A`, repeatable). */
export function parseQuotesArgs(
  args: readonly string[],
  t: TFunction,
): { documentId: string; sourceIds: string[] | undefined } {
  const USAGE = t('cli.quotesUsage');
  let documentId: string | undefined;
  let sourceIds: string[] | undefined;
  let collecting = false;
  for (const arg of args) {
    if (arg === '--against') {
      collecting = true;
      sourceIds ??= [];
    } else if (arg.startsWith('--against=')) {
      sourceIds = [...(sourceIds ?? []), ...arg.slice('--against='.length).split(',').filter(Boolean)];
      collecting = false;
    } else if (arg.startsWith('-')) {
      throw new CliError(`${t('cli.quotesUnknownOption', { option: arg })} ${USAGE}`, 2);
    } else if (collecting) {
      sourceIds?.push(arg);
    } else if (documentId === undefined) {
      documentId = arg;
    } else {
      throw new CliError(USAGE, 2);
    }
  }
  if (!documentId) throw new CliError(USAGE, 2);
  if (sourceIds && sourceIds.length === 0) throw new CliError(`${t('cli.quotesAgainstNeedsId')} ${USAGE}`, 2);
  return { documentId, sourceIds };
}

export const quotesCommand: Command = {
  usage: 'quotes DOC_ID [--against ID…] [--json]',
  summaryKey: 'cli.summaries.quotes',
  async run(run) {
    const { t } = run;
    const { documentId, sourceIds } = parseQuotesArgs(run.args, t);
    const check = await callApi(run.context, 'quotes:check', { documentId, ...(sourceIds ? { sourceIds } : {}) });
    if (run.json) return printJson(run, check);

    const count = check.quotes.length;
    const title = check.document.title;
    run.out(count === 0 ? t('cli.quotesNone', { title }) : t('cli.quotesFound', { title, count }));
    if (check.sources.length === 0) run.out(t('cli.quotesNoSource'));
    else
      run.out(t('cli.quotesCheckedAgainst', { sources: check.sources.map((s) => `${s.title} (${s.id})`).join('; ') }));
    const fidelity = Object.fromEntries(FIDELITIES.map((f) => [f, t(`quotes.fidelity.${f}`)])) as Record<
      Fidelity,
      string
    >;
    const headers = (['quote', 'source', 'fidelity', 'changes'] as const).map((h) => t(`quotes.headers.${h}`));
    const titles = Object.fromEntries(check.sources.map((s) => [s.id, s.title]));
    for (const line of mediaLines(check.quotes, titles, {
      fidelity,
      headers: headers as [string, string, string, string],
    })) {
      run.out('');
      run.out(`${line.number}. [${line.fidelityLabel}] “${line.quote}”`);
      run.out(`   ${line.source ? t('cli.quotesSource', { source: line.sourceLabel }) : t('cli.quotesNotFound')}`);
      if (line.changes.length > 0) run.out(`   ${t('cli.quotesChanges', { changes: line.changes.join('; ') })}`);
    }
  },
};
