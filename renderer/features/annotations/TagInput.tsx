/** Tags as removable chips and an input that completes from the library's existing tags. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TagInput({
  tags,
  known,
  onChange,
}: {
  tags: readonly string[];
  known: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const listId = useId();
  const inputId = useId();
  const add = (value: string) => {
    const tag = value.trim().replace(/^#/, '');
    setDraft('');
    if (!tag || tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) return;
    const spelled = known.find((k) => k.toLowerCase() === tag.toLowerCase()) ?? tag;
    onChange([...tags, spelled]);
  };
  const suggestions = known.filter((k) => !tags.some((existing) => existing.toLowerCase() === k.toLowerCase()));
  return (
    <div className="tag-input">
      <ul className="tag-list" aria-label={t('annotations.tags')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={t('annotations.removeTag', { tag })}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        {t('annotations.addTag')}
      </label>
      <input
        id={inputId}
        className="tag-field"
        list={listId}
        value={draft}
        placeholder={t('annotations.addTagPlaceholder')}

        onChange={(e) => {
          const value = e.target.value;
          // picking a suggestion from the list adds it at once
          if (suggestions.includes(value)) add(value);
          else setDraft(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={listId}>
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
