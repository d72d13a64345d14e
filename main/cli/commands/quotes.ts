import { FIDELITY_LABELS, mediaLines } from '../../../shared/quotes/index.ts';
import { CliError, callApi, printJson, type Command } from '../command.ts';

const USAGE = 'usage: precis quotes DOC_ID [--against SOURCE_ID…] [--json]';

/** `DOC_ID [--against A B …]` (also `--against=A`, repeatable). */
export function parseQuotesArgs(args: readonly string[]): { documentId: string; sourceIds: string[] | undefined } {
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
      throw new CliError(`unknown option “${arg}”. ${USAGE}`, 2);
    } else if (collecting) {
      sourceIds?.push(arg);
    } else if (documentId === undefined) {
      documentId = arg;
    } else {
      throw new CliError(USAGE, 2);
    }
  }
  if (!documentId) throw new CliError(USAGE, 2);
  if (sourceIds && sourceIds.length === 0) throw new CliError(`--against needs at least one document id. ${USAGE}`, 2);
  return { documentId, sourceIds };
}

export const quotesCommand: Command = {
  usage: 'quotes DOC_ID [--against ID…] [--json]',
  summary: 'Check how a document quotes its sources (suggested ones unless --against).',
  async run(run) {
    const { documentId, sourceIds } = parseQuotesArgs(run.args);
    const check = await callApi(run.context, 'quotes:check', { documentId, ...(sourceIds ? { sourceIds } : {}) });
    if (run.json) return printJson(run, check);

    const n = check.quotes.length;
    run.out(`${check.document.title}: ${n === 0 ? 'no quotations' : `${n} quotation${n === 1 ? '' : 's'}`}`);
    if (check.sources.length === 0) {
      run.out('No source to check against: the library has no document this one seems to quote. Use --against ID.');
    } else {
      const names = check.sources.map((s) => `${s.title} (${s.id})`).join('; ');
      run.out(`Checked against: ${names}`);
    }
    const titles = Object.fromEntries(check.sources.map((s) => [s.id, s.title]));
    for (const line of mediaLines(check.quotes, titles)) {
      run.out('');
      run.out(`${line.number}. [${FIDELITY_LABELS[line.fidelity]}] “${line.quote}”`);
      run.out(`   ${line.source ? `source: ${line.sourceLabel}` : 'not found in the sources'}`);
      if (line.changes.length > 0) run.out(`   changes: ${line.changes.join('; ')}`);
    }
  },
};
