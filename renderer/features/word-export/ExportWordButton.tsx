import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWordExport, type WordTarget } from './useWordExport.ts';
import './word-export.css';

/** "Export to Word" for the open note or pack, with what happened beside it. */
export function ExportWordButton({
  kind,
  id,
  className = 'button',
  disabled = false,
}: WordTarget & {
  className?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const target = useMemo<WordTarget>(() => ({ kind, id }), [kind, id]);
  const { busy, status, run } = useWordExport(target);
  return (
    <span className="word-export">
      <button
        type="button"
        className={className}
        disabled={busy || disabled}
        title={t('docx.exportWordHint')}
        onClick={() => void run()}
      >
        {t('docx.exportWord')}
      </button>
      {busy && (
        <span role="status" className="muted">
          {t('docx.exporting')}
        </span>
      )}
      {status && (
        <span
          role={status.level === 'error' ? 'alert' : 'status'}
          className={status.level === 'error' ? 'word-export-error' : 'muted'}
        >
          {status.text}
        </span>
      )}
    </span>
  );
}
