import type { PairAlignment } from '../../../../shared/api/index.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

/**
 * `{pairs: [{a: [n…], b: [m…], confidence}]}`: paragraph numbers (positions) of the first and
 * second document; `aLabels`/`bLabels` are the numbers as printed, which citations use.
 */
export function pairsAsNumbers(alignment: PairAlignment) {
  return {
    pairingId: alignment.pairingId,
    a: alignment.document,
    b: alignment.partner,
    pairs: alignment.pairs.map((p) => ({
      a: p.aNumbers,
      b: p.bNumbers,
      aLabels: p.aLabels,
      bLabels: p.bLabels,
      confidence: p.confidence,
      low: p.low,
      corrected: p.corrected,
    })),
  };
}

export const pairCommand: Command = {
  usage: 'pair EN_ID FR_ID [--json]',
  summaryKey: 'pairs.cli.summary',
  async run(run) {
    const [documentId, otherId, ...rest] = run.args;
    if (!documentId || !otherId || rest.length > 0) throw usageError(run.t, 'pair EN_ID FR_ID [--json]');
    const alignment = await callApi(run.context, 'pairs:pair', { documentId, otherId });
    const result = pairsAsNumbers(alignment);
    if (run.json) return printJson(run, result);

    const { t } = run;
    run.out(
      t('pairs.cli.paired', {
        a: `${alignment.document.title} (${alignment.document.id})`,
        aLanguage: alignment.document.language,
        b: `${alignment.partner.title} (${alignment.partner.id})`,
        bLanguage: alignment.partner.language,
        count: result.pairs.length,
        low: result.pairs.filter((p) => p.low).length,
      }),
    );
    // Rows cite paragraphs as printed ("¶ 6" for a sixth printed paragraph in fifth place).
    const side = (labels: string[]) => (labels.length === 0 ? t('pairs.cli.none') : labels.join('+'));
    for (const pair of result.pairs) {
      const row = t('pairs.cli.row', { a: side(pair.aLabels), b: side(pair.bLabels) });
      run.out(`${row.padEnd(22)} ${pair.confidence.toFixed(2)}${pair.low ? `  ${t('pairs.cli.check')}` : ''}`);
    }
  },
};
