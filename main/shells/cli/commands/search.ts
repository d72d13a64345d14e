import { documentName, formatParagraphLabels } from '../../../../shared/model/index.ts';
import { MAX_DOCUMENT_PAGE, type PagedDocument, type SearchHit } from '../../../../shared/api/index.ts';
import { SEARCH_KINDS, type SearchIssue, type SearchKind } from '../../../../shared/search/query.ts';
import { segmentsToPlain } from '../../../../shared/search/snippet.ts';
import type { TFunction } from 'i18next';
import { translator } from '../../../../shared/i18n/index.ts';
import { CliError, callApi, printJson, usageError, type Command } from '../command.ts';

const USAGE =
  'search QUERY… [--kind paragraph|annotation|note] [--doc ID] [--tag TAG] [--language xx] ' +
  '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--json]';

interface SearchArgs {
  query: string;
  kinds: SearchKind[];
  documentIds: string[];
  tags: string[];
  languages: string[];
  from?: string;
  to?: string;
  limit: number;
}

/** Query words are everything that is not one of the `--` options (`-word` leaves a word out). */
export function parseSearchArgs(args: readonly string[], t: TFunction = translator('en')): SearchArgs {
  const parsed: SearchArgs = { query: '', kinds: [], documentIds: [], tags: [], languages: [], limit: 20 };
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--(kind|doc|tag|language|from|to|limit)(?:=(.*))?$/.exec(arg);
    if (!match) {
      if (arg.startsWith('--')) throw usageError(t, USAGE, t('cliRun.unknownOption', { option: arg }));
      words.push(arg);
      continue;
    }
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '')
      throw usageError(t, USAGE, t('cliRun.needsValue', { option: `--${match[1]}` }));
    switch (match[1]) {
      case 'kind':
        if (!(SEARCH_KINDS as readonly string[]).includes(value)) {
          throw new CliError(t('cliRun.badKind', { kinds: SEARCH_KINDS.join(', '), value }), 2);
        }
        parsed.kinds.push(value as SearchKind);
        break;
      case 'doc':
        parsed.documentIds.push(value);
        break;
      case 'tag':
        parsed.tags.push(value);
        break;
      case 'language':
        parsed.languages.push(value.toLowerCase());
        break;
      case 'from':
        parsed.from = value;
        break;
      case 'to':
        parsed.to = value;
        break;
      case 'limit': {
        const limit = Number(value);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new CliError(t('cliRun.badLimit'), 2);
        parsed.limit = limit;
        break;
      }
    }
  }
  parsed.query = words.join(' ').trim();
  if (parsed.query === '') throw usageError(t, USAGE);
  return parsed;
}

/** The stable `--json` shape: one object per hit, best first. */
export function hitToJson(hit: SearchHit) {
  const { text, matches } = segmentsToPlain(hit.snippet);
  return {
    kind: hit.kind,
    documentId: hit.documentId,
    paragraph: hit.paragraph,
    paragraphId: hit.paragraphId ?? null,
    paragraphLabel: hit.paragraphLabel ?? null,
    snippet: text,
    score: hit.score,
    id: hit.ownerId,
    /** A note's title (null for paragraphs and annotations). */
    title: hit.title,
    documentTitle: hit.documentTitle,
    section: hit.section,
    language: hit.language,
    date: hit.date,
    /** [start, end) UTF-16 offsets of the matches in `snippet`. */
    matches,
  };
}

/** `name` gives a document's name with its version when the library holds several versions. */
function formatHit(hit: SearchHit, index: number, bold: boolean, name: (hit: SearchHit) => string | null): string {
  const where = [
    hit.kind === 'note' ? `Note: ${hit.title ?? hit.ownerId}` : (name(hit) ?? hit.documentTitle ?? hit.documentId),
    hit.section,
    hit.paragraph ? formatParagraphLabels([hit.paragraphLabel ?? String(hit.paragraph)]) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const snippet = hit.snippet
    .map((s) => (s.match ? (bold ? `\u001b[1m${s.text}\u001b[22m` : `[${s.text}]`) : s.text))
    .join('')
    .replace(/\s+/g, ' ');
  const id = hit.kind === 'paragraph' ? `${hit.documentId}/p/${hit.paragraph}` : hit.ownerId;
  return `${index + 1}. ${where}  (${hit.kind}, ${id})\n   ${snippet}`;
}

export const searchCommand: Command = {
  usage: 'search QUERY… [--kind K] [--json]',
  summaryKey: 'cli.summaries.search',
  async run(run) {
    const args = parseSearchArgs(run.args, run.t);

    const result = await callApi(run.context, 'search:query', {
      query: args.query,
      limit: args.limit,
      ...(args.kinds.length ? { kinds: args.kinds } : {}),
      ...(args.documentIds.length ? { documentIds: args.documentIds } : {}),
      ...(args.tags.length ? { tags: args.tags } : {}),
      ...(args.languages.length ? { languages: args.languages } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {}),
    });
    const issue = (i: SearchIssue) => run.t(`search.issues.${i.code}`, { text: i.text, count: i.count });
    if (result.message) throw new CliError(issue(result.message), 2);
    if (run.json) return printJson(run, result.hits.map(hitToJson));
    for (const warning of result.warnings) run.out(run.t('search.cli.note', { text: issue(warning) }));
    if (result.hits.length === 0) {
      run.out(run.t('search.cli.none', { query: args.query }));
      return;
    }
    const values = { count: result.total, query: args.query, shown: result.hits.length };
    run.out(`${result.more ? run.t('search.cli.more', values) : run.t('search.cli.count', values)}\n`);
    const bold = process.stdout.isTTY === true && !process.env.NO_COLOR;
    // Only the documents the hits come from are read, a few hundred ids at most per call.
    const ids = [...new Set(result.hits.flatMap((hit) => (hit.documentId ? [hit.documentId] : [])))];
    const documents = new Map<string, PagedDocument>();
    for (let start = 0; start < ids.length; start += MAX_DOCUMENT_PAGE) {
      const slice = ids.slice(start, start + MAX_DOCUMENT_PAGE);
      for (const doc of await callApi(run.context, 'documents:summaries', { ids: slice })) documents.set(doc.id, doc);
    }
    const name = (hit: SearchHit) => {
      const doc = hit.documentId ? documents.get(hit.documentId) : undefined;
      return doc ? documentName(doc, run.language) : null;
    };
    run.out(result.hits.map((hit, i) => formatHit(hit, i, bold, name)).join('\n\n'));
  },
};
