/**
 * The "media lines" table for a briefing note: one row per quotation, with where it comes
 * from, how faithful it is and which words changed. Produced as data (rows), and as HTML,
 * Markdown and plain text for the clipboard and for notes.
 */
import { formatParagraphLabels } from '../model/citation.ts';
import type { QuoteFinding } from './check.ts';
import type { ChangeKind, Fidelity } from './classify.ts';

export const FIDELITY_LABELS: Record<Fidelity, string> = {
  exact: 'Exact',
  minor: 'Minor differences',
  paraphrase: 'Paraphrase',
  reworded: 'Reworded — check',
  divergent: 'Divergent',
  'not-found': 'Not found in sources',
};

/** The words of the table, for another language (English by default). */
export interface MediaLineLabels {
  fidelity: Record<Fidelity, string>;
  headers: readonly [string, string, string, string];
}

export const MEDIA_LINE_HEADERS = ['Quote', 'Source ¶', 'Fidelity', 'Changed words'] as const;

const ENGLISH: MediaLineLabels = { fidelity: FIDELITY_LABELS, headers: MEDIA_LINE_HEADERS };

export interface MediaLine {
  /** 1-based quotation number in the article. */
  number: number;
  quote: string;
  fidelity: Fidelity;
  fidelityLabel: string;
  /** `null` when the quotation was not found in the sources. */
  source: { documentId: string; title: string; paragraphs: number[] } | null;
  /** "Title, ¶ 6" (or "¶ 6–7"); "—" when not found. */
  sourceLabel: string;
  /** The wording changes worth a reader's attention, as "source → quotation". */
  changes: string[];
}

/** Changes listed in the table: the ones that change words, not just their form or order. */
const LISTED: ReadonlySet<ChangeKind> = new Set([
  'content',
  'number',
  'negation',
  'modality',
  'tense',
  'actor',
  'qualifier',
  'scope',
  'rewording',
  'spelling',
  'omission',
]);

/** "¶ 6", "¶ 6–7", "¶ 4(a)": the labels the API gives the matched paragraphs, else their positions. */
function sourceParagraphs(match: NonNullable<QuoteFinding['match']> & { labels?: readonly string[] }): string {
  const labels = match.labels ?? match.paragraphs.map(String);
  if (labels.length === 0) return '';
  return formatParagraphLabels(
    match.paragraphs.length === labels.length
      ? match.paragraphs.map((n, i) => ({ n, label: labels[i] }))
      : [labels[0] as string],
  );
}

function describeChange(from: string, to: string): string {
  if (!from) return `+ ${to}`;
  if (!to) return `− ${from}`;
  return `${from} → ${to}`;
}

/** The rows of the table, in the article's order. `titles` names the source documents. */
export function mediaLines(
  findings: readonly QuoteFinding[],
  titles: ReadonlyMap<string, string> | Record<string, string>,
  labels: MediaLineLabels = ENGLISH,
): MediaLine[] {
  const titleOf = (id: string) =>
    (titles instanceof Map ? titles.get(id) : (titles as Record<string, string>)[id]) ?? id;
  return findings.map((finding) => {
    const source = finding.match
      ? {
          documentId: finding.match.documentId,
          title: titleOf(finding.match.documentId),
          paragraphs: finding.match.paragraphs,
        }
      : null;
    const listed = finding.changes.filter((change) => LISTED.has(change.kind));
    listed.sort((a, b) => Number(b.significant) - Number(a.significant));
    return {
      number: finding.index,
      quote: finding.text,
      fidelity: finding.fidelity,
      fidelityLabel: labels.fidelity[finding.fidelity],
      source,
      sourceLabel: source && finding.match ? `${source.title}, ${sourceParagraphs(finding.match)}` : '—',
      changes: listed.map((change) => describeChange(change.from, change.to)),
    };
  });
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A plain HTML table (no classes, no styles) that pastes cleanly into word processors and mail. */
export function mediaLinesToHtml(
  lines: readonly MediaLine[],
  caption?: string,
  labels: MediaLineLabels = ENGLISH,
): string {
  const head = labels.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = lines
    .map(
      (line) =>
        '<tr>' +
        `<td>“${escapeHtml(line.quote)}”</td>` +
        `<td>${escapeHtml(line.sourceLabel)}</td>` +
        `<td>${escapeHtml(line.fidelityLabel)}</td>` +
        `<td>${line.changes.map(escapeHtml).join('<br>') || '—'}</td>` +
        '</tr>',
    )
    .join('');
  const captionHtml = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
  return `<table>${captionHtml}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function mediaLinesToMarkdown(lines: readonly MediaLine[], labels: MediaLineLabels = ENGLISH): string {
  const rows = [
    `| ${labels.headers.join(' | ')} |`,
    `| ${labels.headers.map(() => '---').join(' | ')} |`,
    ...lines.map(
      (line) =>
        `| “${markdownCell(line.quote)}” | ${markdownCell(line.sourceLabel)} | ${line.fidelityLabel} | ${
          markdownCell(line.changes.join('; ')) || '—'
        } |`,
    ),
  ];
  return rows.join('\n');
}

/** Tab-separated text (pastes as a table into spreadsheets, reads as lines anywhere else). */
export function mediaLinesToText(lines: readonly MediaLine[], labels: MediaLineLabels = ENGLISH): string {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return [
    labels.headers.join('\t'),
    ...lines.map((line) =>
      [
        `“${clean(line.quote)}”`,
        clean(line.sourceLabel),
        line.fidelityLabel,
        clean(line.changes.join('; ')) || '—',
      ].join('\t'),
    ),
  ].join('\n');
}
