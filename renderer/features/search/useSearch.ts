import { useCallback, useEffect, useRef, useState } from 'react';
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
  | { status: 'done'; result: ApiOutput<'search:query'>; loadMore: () => void }
  | { status: 'error'; message: string };

/** Hits asked for at a time: the first page as you type, the next ones as you scroll. */
const PAGE = 50;

/** Typing pauses shorter than this do not start a search. */
const DEBOUNCE_MS = 120;

function request(key: string, offset: number) {
  const [q, k, lang, tg, f, t] = JSON.parse(key) as [string, SearchKind[], string, string, string, string];
  return call('search:query', {
    query: q,
    limit: PAGE,
    offset,
    ...(k.length ? { kinds: k } : {}),
    ...(lang ? { languages: [lang] } : {}),
    ...(tg ? { tags: [tg] } : {}),
    ...(f ? { from: f } : {}),
    ...(t ? { to: t } : {}),
  });
}

/**
 * Searches as the query or filters change; an answer to an older search is not shown as
 * current. `loadMore` fetches the next page of ranked hits (the results list asks as it
 * scrolls), up to every ranked match.
 */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const { kinds, language, tag, from, to } = filters;
  const key = JSON.stringify([query, kinds, language, tag, from, to]);
  const [answer, setAnswer] = useState<
    { key: string; result: ApiOutput<'search:query'> } | { key: string; error: string } | null
  >(null);
  const loading = useRef(false);
  useEffect(() => {
    if (query.trim() === '') return;
    let live = true;
    loading.current = false;
    const timer = setTimeout(() => {
      request(key, 0).then(
        (result) => live && setAnswer({ key, result }),
        (error: unknown) => live && setAnswer({ key, error: error instanceof Error ? error.message : String(error) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, query]);

  const current = answer?.key === key && 'result' in answer ? answer.result : null;
  const loadMore = useCallback(() => {
    if (!current || loading.current || current.hits.length >= current.total) return;
    loading.current = true;
    request(key, current.hits.length).then(
      (page) => {
        loading.current = false;
        setAnswer((previous) =>
          previous?.key === key && 'result' in previous && previous.result === current
            ? { key, result: { ...current, hits: [...current.hits, ...page.hits] } }
            : previous,
        );
      },
      () => (loading.current = false),
    );
  }, [current, key]);

  if (query.trim() === '') return { status: 'idle' };
  if (answer?.key === key) {
    return 'error' in answer
      ? { status: 'error', message: answer.error }
      : { status: 'done', result: answer.result, loadMore };
  }
  return { status: 'searching', previous: answer && 'result' in answer ? answer.result : null };
}
