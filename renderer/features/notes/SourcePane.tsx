import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentName } from '../../../shared/model/index.ts';
import { DocumentFinder } from '../../components/DocumentFinder.tsx';
import { useDocumentChoices } from '../../components/useDocumentChoices.ts';
import { ReaderView } from '../reader/index.ts';

const LAST_SOURCE_KEY = 'precis.notes.source';

/** A document beside the note: drag a paragraph number or a selection into the note to quote it. */
export function SourcePane({ onDocument }: { onDocument: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [text, setText] = useState('');
  const [documentId, setDocumentId] = useState<string | undefined>(
    () => window.localStorage.getItem(LAST_SOURCE_KEY) ?? undefined,
  );
  // The source shown stays in the list whatever is typed.
  const choices = useDocumentChoices({ text, pinned: documentId ? [documentId] : [] });
  const documents = choices.documents ?? [];

  // A source remembered from last time that is gone (deleted) gives way to the newest document
  // (set while rendering, React's pattern for state that follows other state).
  const list = choices.documents;
  if (list && list.length > 0 && !list.some((d) => d.id === documentId)) setDocumentId(list[0]?.id);

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
        <DocumentFinder text={text} onText={setText} choices={choices} />
        <p className="muted side-hint">{t('notes.dragHint')}</p>
      </div>
      <div className="sources-reader">
        {documentId && <ReaderView key={documentId} documentId={documentId} variant="source" />}
      </div>
    </section>
  );
}
