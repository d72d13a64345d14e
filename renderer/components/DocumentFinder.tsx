import { useTranslation } from 'react-i18next';
import type { DocumentChoices } from './useDocumentChoices.ts';

/**
 * The search box of a document picker, with what it tells: how many documents the list holds of
 * those that match, so a large library is found by typing instead of scrolling.
 */
export function DocumentFinder({
  text,
  onText,
  choices,
}: {
  text: string;
  onText: (text: string) => void;
  choices: DocumentChoices;
}) {
  const { t } = useTranslation();
  return (
    <span className="document-finder">
      <input
        type="search"
        value={text}
        aria-label={t('documentChoices.find')}
        placeholder={t('documentChoices.placeholder')}
        onChange={(event) => onText(event.target.value)}
      />
      <DocumentChoiceHint choices={choices} text={text} />
    </span>
  );
}

/** For a picker with its own search box: the list is partial, or nothing matches, or the read failed. */
export function DocumentChoiceHint({ choices, text }: { choices: DocumentChoices; text: string }) {
  const { t } = useTranslation();
  const { total, shown, documents, error } = choices;
  const hint =
    documents === null
      ? ''
      : total === 0 && text.trim()
        ? t('documentChoices.none')
        : shown < total
          ? t('documentChoices.some', { shown, count: total })
          : '';
  return (
    <>
      {hint && (
        <span className="muted document-finder-hint" role="status">
          {hint}
        </span>
      )}
      {error && (
        <span className="message message--error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
