import { useTranslation } from 'react-i18next';

/**
 * An inline rename field for a row of a list (documents, notes): Enter saves, Escape cancels.
 * It hands the trimmed title to `onSave`; what an empty or unchanged title means is the caller's.
 */
export function RenameForm({
  initialTitle,
  label,
  onSave,
  onCancel,
  buttonClassName,
}: {
  initialTitle: string;
  /** The field's accessible name, e.g. "New title for “…”". */
  label: string;
  onSave: (title: string) => void;
  onCancel: () => void;
  buttonClassName: string;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(String(new FormData(event.currentTarget).get('title') ?? '').trim());
      }}
    >
      <input
        name="title"
        aria-label={label}
        defaultValue={initialTitle}
        autoFocus
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <button type="submit" className={buttonClassName}>
        {t('libraryView.save')}
      </button>
    </form>
  );
}
