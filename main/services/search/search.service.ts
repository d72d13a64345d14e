/**
 * The search domain (`search:*` in the API): the search box's query language parsed, the index
 * asked, hits with their snippets as segments. The handlers in `api/search.api.ts` only call these.
 */
import { apiError, type ApiOutput, type ApiParsedInput } from '../../../shared/api/index.ts';
import { parseSearchQuery } from '../../../shared/search/query.ts';
import { markedToSegments } from '../../../shared/search/snippet.ts';
import { labelsByPosition } from '../store/citations.store.ts';
import type { Database } from '../store/database.ts';
import { documentExists, searchInDocument, searchIndex } from '../store/search.store.ts';

/**
 * The parser quotes every word, so FTS5 should never reject an expression; if it ever did,
 * the user gets a message about their query, not SQLite's words.
 */
function guard<T>(query: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error && /fts5|syntax error|no such column/i.test(error.message)) {
      throw apiError('invalid-input', 'errors.badSearch', { query });
    }
    throw error;
  }
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[]): T[] => [...new Set([...(a ?? []), ...b])];

/** The library searched with the box's query and the view's filters (merged with inline ones). */
export function searchLibrary(db: Database, input: ApiParsedInput<'search:query'>): ApiOutput<'search:query'> {
  const parsed = parseSearchQuery(input.query);
  if (parsed.match === null) {
    return { hits: [], total: 0, more: false, message: parsed.message ?? { code: 'empty' }, warnings: parsed.warnings };
  }
  const userMatch = parsed.match;
  const { filters } = parsed;
  const page = guard(input.query, () =>
    searchIndex(
      db,
      userMatch,
      {
        kinds: union(input.kinds, filters.kinds),
        documentIds: union(input.documentIds, filters.documentIds),
        tags: union(input.tags, filters.tags),
        languages: union(input.languages, filters.languages),
        from: filters.from ?? input.from,
        to: filters.to ?? input.to,
      },
      { limit: input.limit, offset: input.offset },
    ),
  );
  return {
    hits: page.rows.map((row) => ({
      ...row,
      snippet: markedToSegments(row.snippet),
      quote: row.quote === null ? null : markedToSegments(row.quote),
      comment: row.comment === null ? null : markedToSegments(row.comment),
    })),
    total: page.total,
    more: page.more,
    warnings: parsed.warnings,
  };
}

/** Every paragraph of one document that matches, in reading order, matches as segments. */
export function searchDocument(
  db: Database,
  { documentId, query }: ApiParsedInput<'search:inDocument'>,
): ApiOutput<'search:inDocument'> {
  if (!documentExists(db, documentId)) throw apiError('not-found', 'errors.notFound', { id: documentId });
  const parsed = parseSearchQuery(query);
  if (parsed.match === null)
    return { paragraphs: [], message: parsed.message ?? { code: 'empty' }, warnings: parsed.warnings };
  const userMatch = parsed.match;
  const rows = guard(query, () => searchInDocument(db, documentId, userMatch));
  const labels = labelsByPosition(db, documentId);
  return {
    paragraphs: rows.map((row) => ({
      n: row.n,
      label: labels.get(row.n) ?? String(row.n),
      segments: markedToSegments(row.marked),
    })),
    warnings: parsed.warnings,
  };
}
