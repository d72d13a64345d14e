/**
 * `npm run eval:import`: imports every corpus document through the real pipeline and prints,
 * for the train and validation parts separately, per-field accuracy by format, by language
 * and overall, then the peers on the saved HTML pages, as Markdown tables.
 *
 *   --split train|validation|all   which part (all by default)
 *   --doc ID                       one document (repeatable), with what went wrong
 *   --verbose                      one line per document saying what went wrong
 *   --json                         the whole report as JSON
 *   --no-peers                     skip Readability and Defuddle
 */
import type { Split } from './corpus.ts';
import type { SplitReport } from './evaluate.ts';
import { evaluate } from './evaluate.ts';
import { FORMATS } from './formats.ts';
import type { Format } from './formats.ts';
import type { Summary } from './metrics.ts';

function parseArgs(argv: string[]): {
  splits: Split[];
  ids: string[];
  verbose: boolean;
  json: boolean;
  peers: boolean;
} {
  let splits: Split[] = ['train', 'validation'];
  const ids: string[] = [];
  let verbose = false;
  let json = false;
  let peers = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--split') {
      const value = argv[++i];
      if (value === 'train' || value === 'validation') splits = [value];
      else if (value !== 'all') throw new Error(`--split takes train, validation or all, not ${value}`);
    } else if (arg === '--doc') ids.push(argv[++i] ?? '');
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--json') json = true;
    else if (arg === '--no-peers') peers = false;
    else throw new Error(`unknown option ${arg}`);
  }
  return { splits, ids, verbose: verbose || ids.length > 0, json, peers };
}

const pct = (v: number): string => `${Math.round(v * 100)}%`;
const dec = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

function row(name: string, s: Summary): string {
  return `| ${name} | ${s.n} | ${pct(s.title)} | ${pct(s.date)} | ${pct(s.place)} | ${pct(s.issuer)} | ${pct(s.kind)} | ${pct(s.language)} | ${dec(s.headingsF1)} | ${dec(s.paragraphsF1)} | ${pct(s.numberingExact)} | ${pct(s.cruftFree)} |`;
}

function table(report: SplitReport): string {
  const lines = [
    `### ${report.split} (${report.overall.n} documents)`,
    '',
    '| part | n | title | date | place | issuer | kind | language | headings F1 | ¶ F1 | numbering exact | no cruft |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const format of Object.keys(FORMATS) as Format[]) {
    const s = report.byFormat[format];
    if (s) lines.push(row(FORMATS[format].label, s));
  }
  for (const language of ['en', 'fr'] as const) {
    const s = report.byLanguage[language];
    if (s) lines.push(row(language === 'en' ? 'English' : 'French', s));
  }
  lines.push(row('**all**', report.overall));
  return lines.join('\n');
}

function peerTable(reports: SplitReport[]): string {
  const lines = [
    '### Peers on the saved HTML pages (same run)',
    '',
    '| part | extractor | n | title | headings F1 | ¶ F1 |',
    '| --- | --- | --: | --: | --: | --: |',
  ];
  for (const report of reports) {
    for (const p of report.peers) {
      lines.push(
        `| ${report.split} | ${p.extractor} | ${p.n} | ${pct(p.title)} | ${dec(p.headingsF1)} | ${dec(p.paragraphsF1)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const reports = await evaluate({ splits: args.splits, ids: args.ids, peers: args.peers });
  if (args.json) {
    console.log(JSON.stringify({ reports }, null, 2));
    return;
  }
  for (const report of reports) {
    console.log(table(report));
    console.log('');
    if (args.verbose) {
      for (const d of report.documents) {
        console.log(`- ${d.id}: ${d.score.problems.length === 0 ? 'all right' : d.score.problems.join('; ')}`);
      }
      console.log('');
    }
  }
  if (reports.some((r) => r.peers.length > 0)) console.log(peerTable(reports));
}

await main();
