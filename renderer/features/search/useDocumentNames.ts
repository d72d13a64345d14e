import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENT_PAGE } from '../../../shared/api/index.ts';
import { documentName, type DocumentSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

/**
 * Names documents as lists show them: with their version and date when the library holds
 * several versions of one (two versions have the same title). Falls back to the title given.
 * Only the documents named (`ids`, the hits shown) are read, by id, once each.
 */
export function useDocumentNames(
  ids: ReadonlyArray<string | null>,
): (documentId: string | null, title: string | null) => string | null {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [documents, setDocuments] = useState<ReadonlyMap<string, DocumentSummary | null>>(new Map());
  const missing = [...new Set(ids)].filter((id): id is string => id !== null && !documents.has(id));
  const wanted = missing.slice(0, MAX_DOCUMENT_PAGE).join(' ');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const asked = wanted.split(' ');
    call('documents:summaries', { ids: asked }).then(
      (found) =>
        live &&
        setDocuments((known) => {
          const next = new Map(known);
          // A document not found (deleted) is remembered too: it is named by the title given.
          for (const id of asked) next.set(id, null);
          for (const summary of found) next.set(summary.id, summary);
          return next;
        }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return (documentId, title) => {
    const summary = documentId ? documents.get(documentId) : undefined;
    return summary ? documentName(summary, language) : title;
  };
}
