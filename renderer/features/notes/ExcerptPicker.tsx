import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentName,
  EXCERPT_PARAGRAPH_SEPARATOR,
  formatParagraphLabels,
  paragraphLabel,
  type ExcerptPayload,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { DocumentFinder } from '../../components/DocumentFinder.tsx';
import { useDocumentChoices } from '../../components/useDocumentChoices.ts';

/**
 * The excerpt picker (Ctrl+Shift+E): choose a document, tick one or more paragraphs (filter
 * by words), insert them as one excerpt citing all of them.
 */
export function ExcerptPicker({
  open,
  initialDocumentId,
  onInsert,
  onClose,
}: {
  open: boolean;
  initialDocumentId: string | undefined;
  onInsert: (excerpt: ExcerptPayload) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const dialog = useRef<HTMLDialogElement>(null);
  const [documentText, setDocumentText] = useState('');
  const [documentId, setDocumentId] = useState<string | undefined>(initialDocumentId);
  // The chosen document stays in the list whatever is typed.
  const choices = useDocumentChoices({ text: documentText, pinned: documentId ? [documentId] : [], enabled: open });
  const documents = choices.documents ?? [];
  const [doc, setDoc] = useState<StoredDocument | null>(null);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // Until one is chosen, the first listed (set while rendering: state that follows other state).
  const first = choices.documents?.[0]?.id;
  if (!documentId && first) setDocumentId(first);

  useEffect(() => {
    if (!documentId || !open) return;
    let live = true;
    call('documents:get', { id: documentId }).then(
      (d) => live && setDoc(d),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [documentId, open]);

  const paragraphs = useMemo(() => {
    const all = doc?.sections.flatMap((s) => s.paragraphs) ?? [];
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return all;
    return all.filter((p) => {
      const label = paragraphLabel(p);
      const text = `¶${label} ${p.text}`.toLocaleLowerCase();
      return words.every((w) => text.includes(w) || w === label.toLocaleLowerCase());
    });
  }, [doc, filter]);

  const insert = () => {
    if (!doc) return;
    const picked = doc.sections.flatMap((s) => s.paragraphs).filter((p) => chosen.has(p.id));
    if (picked.length === 0) return;
    onInsert({
      documentId: doc.id,
      documentTitle: doc.title,
      documentDate: doc.date,
      documentVersion: doc.version,
      paragraphs: picked.map((p) => ({ id: p.id, label: paragraphLabel(p) })),
      text: picked.map((p) => p.text).join(EXCERPT_PARAGRAPH_SEPARATOR),
      origin: 'paragraph',
    });
  };

  return (
    <dialog ref={dialog} className="excerpt-picker" aria-labelledby="excerpt-picker-title" onClose={onClose}>
      <form
        method="dialog"
        className="excerpt-picker-form"
        onSubmit={(event) => {
          event.preventDefault();
          insert();
        }}
      >
        <h2 id="excerpt-picker-title">{t('picker.title')}</h2>
        {error && (
          <p className="message message--error" role="alert">
            {error}
          </p>
        )}
        <div className="picker-controls">
          {/* Narrow the list first, then choose: Tab goes on from the document to its paragraphs. */}
          <DocumentFinder text={documentText} onText={setDocumentText} choices={choices} />
          <label>
            {t('picker.document')}{' '}
            <select
              value={documentId ?? ''}
              onChange={(event) => {
                setChosen(new Set());
                setDocumentId(event.target.value);
              }}
            >
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {documentName(d, language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('picker.filter')}{' '}
            <input
              type="search"
              value={filter}
              placeholder={t('picker.filterPlaceholder')}
              onChange={(event) => setFilter(event.target.value)}
            />
          </label>
        </div>
        <ul className="picker-paragraphs" aria-label={t('picker.paragraphs')}>
          {paragraphs.map((p) => (
            <li key={p.id}>
              <label className="picker-paragraph">
                <input
                  type="checkbox"
                  checked={chosen.has(p.id)}
                  onChange={(event) => {
                    const next = new Set(chosen);
                    if (event.target.checked) next.add(p.id);
                    else next.delete(p.id);
                    setChosen(next);
                  }}
                  aria-label={formatParagraphLabels([paragraphLabel(p)])}
                />
                <span className="picker-n">{formatParagraphLabels([paragraphLabel(p)])}</span>
                <span className="picker-text">{p.text}</span>
              </label>
            </li>
          ))}
          {doc && paragraphs.length === 0 && <li className="muted">{t('picker.none')}</li>}
        </ul>
        <div className="picker-actions">
          <span className="muted">
            {chosen.size === 0 ? t('picker.tick') : t('picker.selected', { count: chosen.size })}
          </span>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('libraryView.cancel')}
          </button>
          <button type="submit" className="button" disabled={chosen.size === 0}>
            {t('editor.insertExcerpt')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
