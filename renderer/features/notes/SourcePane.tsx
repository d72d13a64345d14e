import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentName, newestVersionsFirst, type DocumentSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { ReaderView } from '../reader/index.ts';

const LAST_SOURCE_KEY = 'precis.notes.source';

/** A document beside the note: drag a paragraph number or a selection into the note to quote it. */
export function SourcePane({ onDocument }: { onDocument: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [documentId, setDocumentId] = useState<string | undefined>(
    () => window.localStorage.getItem(LAST_SOURCE_KEY) ?? undefined,
  );

  useEffect(() => {
    call('documents:list', {}).then(
      (found) => {
        // Versions side by side, the newest first (and chosen when nothing was before).
        const list = newestVersionsFirst(found);
        setDocuments(list);
        setDocumentId((current) => (current && list.some((d) => d.id === current) ? current : list[0]?.id));
      },
      () => setDocuments([]),
    );
  }, []);

  useEffect(() => {
    if (!documentId) return;
    window.localStorage.setItem(LAST_SOURCE_KEY, documentId);
    onDocument(documentId);
  }, [documentId, onDocument]);

  return (
    <section className="side-panel sources" aria-label={t('notes.sourceDocument')}>
      <div className="sources-bar">
        <label>
          <span className="side-title">{t('notes.source')}</span>{' '}
          <select value={documentId ?? ''} onChange={(event) => setDocumentId(event.target.value)}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {documentName(d, language)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted side-hint">{t('notes.dragHint')}</p>
      </div>
      <div className="sources-reader">
        {documentId && <ReaderView key={documentId} documentId={documentId} variant="source" />}
      </div>
    </section>
  );
}
