/**
 * `npm run eval:pairs`: aligns every gold pair and prints, per split, pair accuracy (truth pairs
 * found exactly), link precision and recall, and how many wrong pairs the aligner flagged as
 * low-confidence; then the refusals.
 *
 * `--details` lists the wrong pairs of the training split (never the validation split's: it is
 * scored, not studied).
 */
import { DEFAULT_PARAMETERS } from '../../../shared/pairing/index.ts';
import { evaluateGoldSet } from './evaluate.ts';

const details = process.argv.includes('--details');
const percent = (x: number, total: number): string => (total === 0 ? '—' : `${((100 * x) / total).toFixed(1)} %`);
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

const evaluation = await evaluateGoldSet();
const header = [
  'split',
  'texts',
  'truth pairs',
  'pair accuracy',
  'link precision',
  'link recall',
  'wrong pairs',
  'wrong flagged',
  'pairs flagged',
];
const lines = [row(header), row(header.map(() => '---'))];
let failures = 0;
for (const { split, texts, total, results } of evaluation.splits) {
  for (const result of results) {
    if (result.problem) {
      console.error(`${split}/${result.name}: ${result.problem}`);
      failures++;
    }
    if (details && split === 'train') {
      for (const w of result.score?.wrong ?? []) {
        console.log(
          `${result.name}: wrong ${w.a.join(',')}=${w.b.join(',')} confidence ${w.confidence}${w.low ? ' (flagged)' : ''}`,
        );
      }
    }
  }
  lines.push(
    row([
      split,
      String(texts),
      String(total.truthPairs),
      percent(total.exact, total.truthPairs),
      percent(total.rightLinks, total.foundLinks),
      percent(total.rightLinks, total.truthLinks),
      String(total.wrongPairs),
      `${total.wrongFlagged} of ${total.wrongPairs}`,
      percent(total.flagged, total.foundPairs),
    ]),
  );
}
console.log(lines.join('\n'));
console.log('');
const { unrelated, sameLanguage } = evaluation;
console.log(
  `Unrelated texts refused as having nothing in common: ${unrelated.refused} of ${unrelated.tried}` +
    (unrelated.refused < unrelated.tried
      ? ` (highest evidence accepted: ${unrelated.highestAccepted.toFixed(3)})`
      : '') +
    `; the most two unrelated texts share: ${unrelated.highest.toFixed(3)}, the least a true pair shares: ${unrelated.lowestTrue.toFixed(3)} (refused below ${DEFAULT_PARAMETERS.minimumEvidence})`,
);
console.log(
  `Same-language pairs refused: ${sameLanguage.refused} of ${sameLanguage.tried} texts (each version against itself; the French one also recorded as English)`,
);
const renumbered = evaluation.splits.flatMap((s) =>
  s.results.filter((r) => r.renumbered).map((r) => `${s.split}/${r.name}`),
);
if (renumbered.length > 0)
  console.log(`Renumbered by today's import (truth followed by first words): ${renumbered.join(', ')}`);
if (failures > 0) {
  console.error(`${failures} gold pair(s) could not be scored.`);
  process.exitCode = 1;
}
