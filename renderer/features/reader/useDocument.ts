import { useCallback, useEffect, useState } from 'react';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

export type DocumentLoad =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; document: StoredDocument };

/** Loads a document; `replace` shows a corrected one without reloading. */
export function useDocument(id: string): DocumentLoad & { replace: (document: StoredDocument) => void } {
  const [load, setLoad] = useState<DocumentLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    call('documents:get', { id }).then(
      (document) => live && setLoad({ status: 'ready', document }),
      (error: unknown) =>
        live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const replace = useCallback((document: StoredDocument) => setLoad({ status: 'ready', document }), []);
  return { ...load, replace };
}
