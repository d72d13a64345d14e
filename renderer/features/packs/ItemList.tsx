import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_LABELS, type PackItem } from '../../../shared/model/index.ts';

/**
 * The pack's items in print order. Reorder by dragging an item, with the Move up/down
 * buttons, or from the keyboard: Alt+↑ / Alt+↓ on a focused item (the move is announced).
 */
export function ItemList({
  items,
  onMove,
  onRemove,
  onCite,
}: {
  items: PackItem[];
  onMove: (itemId: string, position: number) => Promise<void>;
  onRemove: (item: PackItem, position: number) => void;
  /**
   * An excerpt whose paragraph was merged, split or removed: cite these paragraphs instead
   * (the ones that hold it now, or the labels the user typed). Resolves to an error message or null.
   */
  onCite?: (item: PackItem, paragraphs: { ids: readonly string[] } | { labels: string }) => Promise<string | null>;
}) {
  const { t, i18n } = useTranslation();
  const kindLabel = (item: PackItem) => t(`packs.kinds.${item.spec.kind}`);
  const marking = CLASSIFICATION_LABELS[i18n.language === 'fr' ? 'fr' : 'en'];
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const refs = useRef(new Map<string, HTMLLIElement>());

  const move = async (item: PackItem, position: number) => {
    if (position < 0 || position >= items.length) return;
    await onMove(item.id, position);
    setAnnouncement(t('packs.moved', { label: item.label, position: position + 1, count: items.length }));
    requestAnimationFrame(() => refs.current.get(item.id)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent, item: PackItem, index: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault();
      void move(item, index - 1);
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      void move(item, index + 1);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onRemove(item, index);
    }
  };

  if (items.length === 0) return <p className="muted">{t('packs.noItems')}</p>;
  return (
    <>
      <p id="pack-items-help" className="muted pack-help">
        {t('packs.itemsHelp')}
      </p>
      <ol className="pack-items" aria-label={t('packs.itemsList')} aria-describedby="pack-items-help">
        {items.map((item, index) => (
          <li
            key={item.id}
            ref={(node) => {
              if (node) refs.current.set(item.id, node);
              else refs.current.delete(item.id);
            }}
            className={`pack-item${item.missing ? ' pack-item--missing' : ''}${over === index ? ' pack-item--over' : ''}${dragged === item.id ? ' pack-item--dragged' : ''}`}
            tabIndex={0}
            draggable
            aria-label={t(item.missing ? 'packs.itemLabelMissing' : 'packs.itemLabel', {
              n: index + 1,
              kind: kindLabel(item),
              label:
                item.spec.kind === 'note' && !item.missing
                  ? `${item.label} (${marking[item.classification]})`
                  : item.label,
            })}
            onKeyDown={(event) => onKeyDown(event, item, index)}
            onDragStart={(event) => {
              setDragged(item.id);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.label);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              setOver(index);
            }}
            onDrop={(event) => {
              event.preventDefault();
              const source = items.find((i) => i.id === dragged);
              setDragged(null);
              setOver(null);
              if (source && source.id !== item.id) void move(source, index);
            }}
          >
            <span className="pack-item-handle" aria-hidden="true">
              ⠿
            </span>
            <span className="pack-item-kind">{kindLabel(item)}</span>
            <span className="pack-item-label">{item.label}</span>
            {item.spec.kind === 'note' && (
              <span
                className={`pack-item-classification classification--${item.classification}`}
                title={t('packs.itemClassification', { classification: marking[item.classification] })}
              >
                {marking[item.classification]}
              </span>
            )}
            {item.missing && <span className="pack-item-warning">{t('packs.missing')}</span>}
            {item.citation && item.citation.status !== 'current' && onCite && (
              <CitationReview item={item} onCite={onCite} />
            )}
            <span className="pack-item-actions">
              <button
                type="button"
                className="button button--small"
                aria-label={t('packs.moveUp', { label: item.label })}
                disabled={index === 0}
                onClick={() => void move(item, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('packs.moveDown', { label: item.label })}
                disabled={index === items.length - 1}
                onClick={() => void move(item, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('packs.removeLabel', { label: item.label })}
                onClick={() => onRemove(item, index)}
              >
                {t('packs.remove')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/** "Paragraph merged / split / removed — review": cite where it is now, or pick the paragraphs again. */
function CitationReview({
  item,
  onCite,
}: {
  item: PackItem;
  onCite: NonNullable<Parameters<typeof ItemList>[0]['onCite']>;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [labels, setLabels] = useState(() => (item.citation?.labels ?? []).join(', '));
  const [error, setError] = useState<string | null>(null);
  const current = item.citation?.current ?? [];
  const cite = async (paragraphs: { ids: readonly string[] } | { labels: string }) => {
    const message = await onCite(item, paragraphs);
    setError(message);
    if (!message) setPicking(false);
  };
  return (
    <span
      className="pack-item-review"
      role="group"
      aria-label={t(`citation.change.${item.citation?.status ?? 'removed'}`)}
    >
      <strong className="pack-item-warning">{t(`citation.change.${item.citation?.status ?? 'removed'}`)}</strong>
      {current.length > 0 && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void cite({ ids: current.map((p) => p.id) })}
        >
          {t('packReview.update')}
        </button>
      )}
      {picking ? (
        <form
          className="pack-item-repick"
          onSubmit={(event) => {
            event.preventDefault();
            void cite({ labels });
          }}
        >
          <label>
            {t('packs.add.paragraphs')} <input value={labels} onChange={(e) => setLabels(e.target.value)} />
          </label>
          <button type="submit" className="button button--small">
            {t('packReview.repick')}
          </button>
        </form>
      ) : (
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>
          {t('packReview.repick')}
        </button>
      )}
      {error && (
        <span className="message message--error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
