import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairSuggestion } from '../../../shared/api/index.ts';
import { hasSeveralVersions, type StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { DocumentChoiceHint } from '../../components/DocumentFinder.tsx';
import { useDocumentChoices } from '../../components/useDocumentChoices.ts';
import { formatDate, useLanguage } from '../../i18n/index.ts';

const primary = (language: string) => language.toLowerCase().split('-')[0] ?? '';

/**
 * Chooses the other language version: a modal list of the library's documents in another
 * language, the suggested ones first (same date, place, figures…), with a filter.
 */
export function PairPicker({
  document: doc,
  busy,
  error,
  onPair,
  onClose,
}: {
  document: StoredDocument;
  busy: boolean;
  error: string | null;
  onPair: (otherId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [suggestions, setSuggestions] = useState<PairSuggestion[]>([]);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    let live = true;
    call('pairs:suggest', { documentId: doc.id }).then(
      (suggested) => {
        if (!live) return;
        setSuggestions(suggested);
        setChosen((c) => c ?? suggested[0]?.id ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [doc.id]);

  const suggestedIds = useMemo(() => new Map(suggestions.map((s) => [s.id, s])), [suggestions]);
  // Documents in another language whose titles hold the words typed, read from the store; the
  // suggested ones and the one chosen are always listed.
  const pinned = useMemo(
    () => [...new Set([...suggestions.map((s) => s.id), ...(chosen ? [chosen] : [])])],
    [suggestions, chosen],
  );
  const choices = useDocumentChoices({ text: filter, otherThanLanguage: primary(doc.language), pinned });
  const documents = choices.documents;
  const shown = useMemo(
    () => [...(documents ?? [])].sort((x, y) => Number(suggestedIds.has(y.id)) - Number(suggestedIds.has(x.id))),
    [documents, suggestedIds],
  );

  return (
    <dialog ref={dialog} className="dialog pair-picker" aria-labelledby="pair-picker-title" onClose={onClose}>
      <form
        method="dialog"
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) onPair(chosen);
        }}
      >
        <h2 id="pair-picker-title">{t('pairs.ui.pickerTitle')}</h2>
        <p className="muted">{t('pairs.ui.pickerIntro', { title: doc.title })}</p>
        <label>
          {t('pairs.ui.filter')}
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <DocumentChoiceHint choices={choices} text={filter} />
        {documents && documents.length === 0 && !filter.trim() && <p className="muted">{t('pairs.ui.noCandidates')}</p>}
        <fieldset className="pair-picker-list">
          <legend className="visually-hidden">{t('pairs.ui.pickerTitle')}</legend>
          {shown.map((d) => {
            const suggestion = suggestedIds.get(d.id);
            return (
              <label key={d.id} className={`pair-picker-option${suggestion ? ' pair-picker-option--suggested' : ''}`}>
                <input
                  type="radio"
                  name="partner"
                  value={d.id}
                  checked={chosen === d.id}
                  onChange={() => setChosen(d.id)}
                />
                <span className="pair-picker-text">
                  <span className="pair-picker-title" lang={d.language}>
                    {d.title}
                  </span>
                  <span className="pair-picker-meta">
                    {[
                      t(`app.languages.${primary(d.language)}`, { defaultValue: d.language }),
                      formatDate(d.date, language),
                      hasSeveralVersions(d) ? t('library.version', { version: d.version }) : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {suggestion && (
                    <span className="pair-picker-why">
                      <strong>{t('pairs.ui.suggested')}</strong>{' '}
                      {t('pairs.ui.because', {
                        reasons: suggestion.reasons.map((r) => t(`pairs.ui.reasons.${r}`)).join(', '),
                      })}
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </fieldset>
        {error && (
          <p className="message message--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button--secondary" onClick={onClose}>
            {t('pairs.ui.cancel')}
          </button>
          <button type="submit" disabled={!chosen || busy}>
            {busy ? t('pairs.ui.pairing') : t('pairs.ui.pair')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
