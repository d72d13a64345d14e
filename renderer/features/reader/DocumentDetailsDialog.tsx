import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

const KINDS: DocumentKind[] = ['declaration', 'news', 'other'];

/**
 * Corrects what detection got wrong: title, kind, language, date, place, issuer.
 * A modal <dialog>: Escape cancels, focus stays inside, nothing is saved until "Save".
 */
export function DocumentDetailsDialog({
  document: doc,
  onClose,
  onSaved,
}: {
  document: StoredDocument;
  onClose: () => void;
  onSaved: (document: StoredDocument) => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState({
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    date: doc.date ?? '',
    place: doc.place ?? '',
    issuer: doc.issuer ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const set = (name: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const saved = await call('documents:update', {
        id: doc.id,
        title: fields.title,
        kind: fields.kind,
        language: fields.language.trim() || 'en',
        date: fields.date || null,
        place: fields.place.trim() || null,
        issuer: fields.issuer.trim() || null,
      });
      onSaved(saved);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="details-title" onClose={onClose}>
      <form method="dialog" onSubmit={submit} className="dialog-form">
        <h2 id="details-title">{t('corrections.detailsTitle')}</h2>
        <label>
          {t('corrections.title')}
          <input required value={fields.title} onChange={(e) => set('title')(e.target.value)} />
        </label>
        <div className="dialog-row">
          <label>
            {t('corrections.kind')}
            <select value={fields.kind} onChange={(e) => set('kind')(e.target.value)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('corrections.language')}
            <select value={fields.language} onChange={(e) => set('language')(e.target.value)}>
              {[...new Set(['en', 'fr', fields.language])].map((language) => (
                <option key={language} value={language}>
                  {language === 'en' || language === 'fr' ? t(`app.languageNames.${language}`) : language}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('corrections.date')}
            <input type="date" value={fields.date} onChange={(e) => set('date')(e.target.value)} />
          </label>
        </div>
        <label>
          {t('corrections.place')}
          <input value={fields.place} onChange={(e) => set('place')(e.target.value)} />
        </label>
        <label>
          {t('corrections.issuer')}
          <input value={fields.issuer} onChange={(e) => set('issuer')(e.target.value)} />
        </label>
        {error && (
          <p className="message message--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
            {t('corrections.cancel')}
          </button>
          <button type="submit" className="button" disabled={saving}>
            {t('corrections.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
