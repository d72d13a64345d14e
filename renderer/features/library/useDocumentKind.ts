import { useEffect, useState } from 'react';
import type { DocumentKind } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

/** The kind of one document (read by id, again when the library changes); undefined until known. */
export function useDocumentKind(id: string | undefined, generation: number): DocumentKind | undefined {
  const [known, setKnown] = useState<{ id: string; kind: DocumentKind } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    call('documents:summaries', { ids: [id] }).then(
      ([summary]) => live && setKnown(summary ? { id, kind: summary.kind } : null),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [id, generation]);
  return known && known.id === id ? known.kind : undefined;
}
