import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentName, type DocumentSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

/**
 * Names documents as lists show them: with their version and date when the library holds
 * several versions of one (two versions have the same title). Falls back to the title given.
 */
export function useDocumentNames(): (documentId: string | null, title: string | null) => string | null {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [documents, setDocuments] = useState<ReadonlyMap<string, DocumentSummary>>(new Map());
  useEffect(() => {
    let live = true;
    call('documents:list', {}).then(
      (list) => live && setDocuments(new Map(list.map((d) => [d.id, d]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (documentId, title) => {
    const summary = documentId ? documents.get(documentId) : undefined;
    return summary ? documentName(summary, language) : title;
  };
}
