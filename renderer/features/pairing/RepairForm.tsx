import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The keyboard way to re-pair a paragraph: choose its counterpart in the other version (or
 * "no counterpart") from a list that opens on the paragraphs near it.
 */
export function RepairForm({
  n,
  options,
  current,
  near,
  rowOf,
  onApply,
  onCancel,
}: {
  n: number;
  options: ReadonlyArray<{ id: string; n: number; text: string }>;
  current: string | null;
  near: number;
  rowOf: (id: string) => number;
  onApply: (other: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const select = useRef<HTMLSelectElement>(null);
  const [value, setValue] = useState(current ?? '');
  useEffect(() => select.current?.focus(), []);
  // Paragraphs around this pair first: the counterpart is almost always close.
  const sorted = [...options].sort((x, y) => Math.abs(rowOf(x.id) - near) - Math.abs(rowOf(y.id) - near) || x.n - y.n);
  const nearby = sorted.slice(0, 12).sort((x, y) => x.n - y.n);
  return (
    <form
      className="sbs-repair-form"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(value === '' ? null : value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label>
        {t('pairs.ui.repairTitle', { n })}
        <select ref={select} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">{t('pairs.ui.repairNone')}</option>
          {nearby.map((option) => (
            <option key={option.id} value={option.id}>
              ¶ {option.n} — {option.text.slice(0, 60)}
              {option.text.length > 60 ? '…' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('pairs.ui.repairApply')}</button>
      <button type="button" className="button--secondary" onClick={onCancel}>
        {t('pairs.ui.cancel')}
      </button>
    </form>
  );
}
