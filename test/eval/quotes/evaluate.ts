/**
 * Scores the quote check against the gold set in this folder: each case's sources (Markdown)
 * become source documents, its article is checked with the real `checkQuotes`, and every
 * quotation of `truth.json` is compared with the verdict the check gave it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuotes, type Fidelity, type QuoteFinding, type SourceDocument } from '../../../shared/quotes/index.ts';

export const SPLITS = ['train', 'validation'] as const;
export type Split = (typeof SPLITS)[number];

/** The classes a truth may have (a person labels these; `reworded` is the tool's "check it"). */
export const TRUTH_CLASSES = ['exact', 'minor', 'paraphrase', 'divergent', 'not-found'] as const;
export type TruthClass = (typeof TRUTH_CLASSES)[number];
/** Verdict columns: the truth classes plus `reworded`, placed between paraphrase and divergent. */
export const VERDICT_CLASSES = ['exact', 'minor', 'paraphrase', 'reworded', 'divergent', 'not-found'] as const;

export interface Truth {
  quote: string;
  source: string | null;
  paragraph: number | null;
  fidelity: TruthClass;
  why: string;
  translated?: boolean;
}

export interface Outcome {
  split: Split;
  case: string;
  truth: Truth;
  /** `null` when the check did not extract this quotation at all. */
  finding: QuoteFinding | null;
  verdict: Fidelity;
  paragraphRight: boolean;
  fidelityRight: boolean;
}

export interface SplitScore {
  split: Split;
  cases: number;
  quotes: number;
  paragraphRight: number;
  fidelityRight: number;
  /** Divergent truths the check called exact, minor or paraphrase: must be 0. */
  divergentOverstated: number;
  /** Paraphrase and divergent truths that came out `reworded`. */
  paraphraseReworded: number;
  divergentReworded: number;
  /** Truth quotations the check did not extract, and extracted quotations no truth names. */
  notExtracted: number;
  extra: number;
  /** confusion[truth][verdict] */
  confusion: Record<string, Record<string, number>>;
  outcomes: Outcome[];
}

const HERE = import.meta.dirname;

/** A Markdown source: `#` lines are headings (not counted); other blocks are paragraphs 1..n. */
export function parseSource(id: string, markdown: string): SourceDocument {
  const blocks = markdown
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const heading = blocks.find((b) => b.startsWith('#'));
  const paragraphs = blocks
    .filter((b) => !b.startsWith('#'))
    .map((text, i) => ({ n: i + 1, text: text.replace(/\s*\n\s*/g, ' ') }));
  return { id, title: heading ? heading.replace(/^#+\s*/, '') : id, paragraphs };
}

/** An article: paragraphs separated by blank lines, numbered 1..n. */
export function parseArticle(text: string): { paragraphs: Array<{ n: number; text: string }> } {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return { paragraphs: blocks.map((b, i) => ({ n: i + 1, text: b.replace(/\s*\n\s*/g, ' ') })) };
}

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”«»,;:.]+|[\s"“”«»,;:.]+$/g, '')
    .toLowerCase();
}

function words(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice overlap of two word lists, as multisets. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return a.length + b.length === 0 ? 0 : (2 * shared) / (a.length + b.length);
}

/** Pairs each truth with the extracted quotation that is the same text (or nearly: ≥ 0.8 overlap). */
function pair(truths: readonly Truth[], findings: readonly QuoteFinding[]): Array<QuoteFinding | null> {
  const taken = new Set<number>();
  return truths.map((truth) => {
    const target = words(truth.quote);
    let best = -1;
    let bestScore = 0.8;
    findings.forEach((finding, i) => {
      if (taken.has(i)) return;
      const score = normalize(finding.text) === normalize(truth.quote) ? 2 : overlap(target, words(finding.text));
      if (score >= bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) return null;
    taken.add(best);
    return findings[best] as QuoteFinding;
  });
}

function listCases(split: Split): string[] {
  return readdirSync(join(HERE, split), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Runs the check on one split of the gold set and scores it. */
export function evaluateSplit(split: Split): SplitScore {
  const confusion: Record<string, Record<string, number>> = {};
  for (const t of TRUTH_CLASSES) confusion[t] = Object.fromEntries(VERDICT_CLASSES.map((v) => [v, 0]));
  const outcomes: Outcome[] = [];
  let extra = 0;
  const cases = listCases(split);
  for (const name of cases) {
    const dir = join(HERE, split, name);
    const sources = readdirSync(join(dir, 'sources'))
      .filter((file) => file.endsWith('.md'))
      .sort()
      .map((file) => parseSource(file, readFileSync(join(dir, 'sources', file), 'utf8')));
    const article = parseArticle(readFileSync(join(dir, 'article.txt'), 'utf8'));
    const truths = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth[];
    const findings = checkQuotes(article, sources);
    const paired = pair(truths, findings);
    extra += findings.length - paired.filter(Boolean).length;
    truths.forEach((truth, i) => {
      const finding = paired[i] ?? null;
      const verdict: Fidelity = finding ? finding.fidelity : 'not-found';
      const located = finding?.fidelity === 'not-found' ? null : (finding?.source ?? null);
      const paragraphRight =
        truth.source === null
          ? located === null
          : located !== null && located.documentId === truth.source && located.paragraph === truth.paragraph;
      const row = confusion[truth.fidelity] as Record<string, number>;
      row[verdict] = (row[verdict] ?? 0) + 1;
      outcomes.push({
        split,
        case: name,
        truth,
        finding,
        verdict,
        paragraphRight,
        fidelityRight: verdict === truth.fidelity,
      });
    });
  }
  const count = (test: (o: Outcome) => boolean) => outcomes.filter(test).length;
  return {
    split,
    cases: cases.length,
    quotes: outcomes.length,
    paragraphRight: count((o) => o.paragraphRight),
    fidelityRight: count((o) => o.fidelityRight),
    divergentOverstated: count(
      (o) => o.truth.fidelity === 'divergent' && ['exact', 'minor', 'paraphrase'].includes(o.verdict),
    ),
    paraphraseReworded: count((o) => o.truth.fidelity === 'paraphrase' && o.verdict === 'reworded'),
    divergentReworded: count((o) => o.truth.fidelity === 'divergent' && o.verdict === 'reworded'),
    notExtracted: count((o) => o.finding === null),
    extra,
    confusion,
    outcomes,
  };
}

const percent = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)} %`);

/** The scores of each split as Markdown tables (they go in the README). */
export function toMarkdown(scores: readonly SplitScore[]): string {
  const lines = [
    '| split | cases | quotations | paragraph right | fidelity right | divergent called exact/minor/paraphrase | paraphrase → reworded | divergent → reworded |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scores.map(
      (s) =>
        `| ${s.split} | ${s.cases} | ${s.quotes} | ${s.paragraphRight} (${percent(s.paragraphRight, s.quotes)}) | ` +
        `${s.fidelityRight} (${percent(s.fidelityRight, s.quotes)}) | ${s.divergentOverstated} | ` +
        `${s.paraphraseReworded} | ${s.divergentReworded} |`,
    ),
  ];
  for (const s of scores) {
    lines.push('', `**${s.split}** — truth (rows) × verdict (columns)`, '');
    lines.push(`| truth \\ verdict | ${VERDICT_CLASSES.join(' | ')} |`);
    lines.push(`| --- | ${VERDICT_CLASSES.map(() => '---:').join(' | ')} |`);
    for (const t of TRUTH_CLASSES) {
      const row = s.confusion[t] as Record<string, number>;
      lines.push(`| ${t} | ${VERDICT_CLASSES.map((v) => (row[v] ? String(row[v]) : '·')).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
