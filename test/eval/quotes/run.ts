/**
 * `npm run eval:quotes [-- --verbose] [-- --json] [-- --split train|validation]`: the quote
 * check scored on the gold set (see README.md in this folder). Exits non-zero when a divergent
 * quotation is called exact, minor or paraphrase.
 */
import { evaluateSplit, SPLITS, toMarkdown, type Outcome, type Split } from './evaluate.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const only = args.find((a, i) => args[i - 1] === '--split' || a.startsWith('--split='))?.replace('--split=', '');
const splits = SPLITS.filter((s) => !only || s === only) as Split[];

const scores = splits.map(evaluateSplit);

function describe(o: Outcome): string {
  const where = o.finding?.source ? `${o.finding.source.documentId} ¶ ${o.finding.source.paragraph}` : '—';
  const truthWhere = o.truth.source ? `${o.truth.source} ¶ ${o.truth.paragraph}` : '—';
  const changes = o.finding?.changes
    .filter((c) => !['punctuation', 'article'].includes(c.kind))
    .map((c) => `${c.kind}: ${c.from || '∅'} → ${c.to || '∅'}`)
    .join('; ');
  return [
    `- [${o.split}/${o.case}] “${o.truth.quote}”`,
    `    truth ${o.truth.fidelity} at ${truthWhere} (${o.truth.why})`,
    `    check ${o.finding ? o.verdict : 'NOT EXTRACTED'} at ${where}${changes ? ` — ${changes}` : ''}`,
  ].join('\n');
}

if (json) {
  const out = scores.map(({ outcomes, ...rest }) => ({
    ...rest,
    misses: outcomes
      .filter((o) => !o.fidelityRight || !o.paragraphRight)
      .map((o) => ({
        case: o.case,
        quote: o.truth.quote,
        truth: { fidelity: o.truth.fidelity, source: o.truth.source, paragraph: o.truth.paragraph },
        verdict: o.verdict,
        source: o.finding?.source ?? null,
        extracted: o.finding !== null,
      })),
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  process.stdout.write(`${toMarkdown(scores)}\n`);
  if (verbose) {
    for (const s of scores) {
      const misses = s.outcomes.filter((o) => !o.fidelityRight || !o.paragraphRight);
      process.stdout.write(`\n### ${s.split}: ${misses.length} misses\n\n`);
      for (const o of misses) process.stdout.write(`${describe(o)}\n`);
    }
  }
}
if (scores.some((s) => s.divergentOverstated > 0)) process.exitCode = 1;
