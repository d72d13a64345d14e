import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuoteCheck } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

export type QuoteCheckState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; article: StoredDocument; check: QuoteCheck; checking: boolean };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The quote check of one document: first against the suggested sources, then against the
 * sources the user picks (`recheck`). Keeps the last result on screen while re-checking.
 */
export function useQuoteCheck(documentId: string): QuoteCheckState & { recheck: (sourceIds: string[]) => void } {
  const [state, setState] = useState<QuoteCheckState>({ status: 'loading' });
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    Promise.all([call('documents:get', { id: documentId }), call('quotes:check', { documentId })]).then(
      ([article, check]) => live.current && setState({ status: 'ready', article, check, checking: false }),
      (error: unknown) => live.current && setState({ status: 'error', message: message(error) }),
    );
    return () => {
      live.current = false;
    };
  }, [documentId]);

  const recheck = useCallback(
    (sourceIds: string[]) => {
      setState((previous) => (previous.status === 'ready' ? { ...previous, checking: true } : previous));
      call('quotes:check', { documentId, sourceIds }).then(
        (check) =>
          live.current &&
          setState((previous) => (previous.status === 'ready' ? { ...previous, check, checking: false } : previous)),
        (error: unknown) => live.current && setState({ status: 'error', message: message(error) }),
      );
    },
    [documentId],
  );

  return { ...state, recheck };
}

/** Source documents, fetched once each, for the side-by-side view. */
export function useSourceDocument(id: string | null): StoredDocument | null | 'error' {
  const [cache, setCache] = useState<ReadonlyMap<string, StoredDocument | 'error'>>(new Map());
  const known = id ? cache.has(id) : true;
  useEffect(() => {
    if (!id || known) return;
    let current = true;
    const store = (value: StoredDocument | 'error') =>
      current && setCache((previous) => new Map(previous).set(id, value));
    call('documents:get', { id }).then(store, () => store('error'));
    return () => {
      current = false;
    };
  }, [id, known]);
  return id ? (cache.get(id) ?? null) : null;
}
