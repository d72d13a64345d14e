import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/index.ts';
import type { SearchKind } from '../../../shared/search/query.ts';
import { call } from '../../api/client.ts';

export interface SearchFilters {
  kinds: SearchKind[];
  language: string;
  /** An annotation tag ('' for any). */
  tag: string;
  from: string;
  to: string;
}

export const NO_FILTERS: SearchFilters = { kinds: [], language: '', tag: '', from: '', to: '' };

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; previous: ApiOutput<'search:query'> | null }
  | { status: 'done'; result: ApiOutput<'search:query'> }
  | { status: 'error'; message: string };

/** Typing pauses shorter than this do not start a search. */
const DEBOUNCE_MS = 120;

/** Searches as the query or filters change; an answer to an older search is not shown as current. */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const { kinds, language, tag, from, to } = filters;
  const key = JSON.stringify([query, kinds, language, tag, from, to]);
  const [answer, setAnswer] = useState<
    { key: string; result: ApiOutput<'search:query'> } | { key: string; error: string } | null
  >(null);
  useEffect(() => {
    const [q, k, lang, tg, f, t] = JSON.parse(key) as [string, SearchKind[], string, string, string, string];
    if (q.trim() === '') return;
    let live = true;
    const timer = setTimeout(() => {
      call('search:query', {
        query: q,
        limit: 50,
        ...(k.length ? { kinds: k } : {}),
        ...(lang ? { languages: [lang] } : {}),
        ...(tg ? { tags: [tg] } : {}),
        ...(f ? { from: f } : {}),
        ...(t ? { to: t } : {}),
      }).then(
        (result) => live && setAnswer({ key, result }),
        (error: unknown) => live && setAnswer({ key, error: error instanceof Error ? error.message : String(error) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  if (query.trim() === '') return { status: 'idle' };
  if (answer?.key === key) {
    return 'error' in answer ? { status: 'error', message: answer.error } : { status: 'done', result: answer.result };
  }
  return { status: 'searching', previous: answer && 'result' in answer ? answer.result : null };
}
