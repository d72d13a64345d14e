/** The annotations beside the text: filters, one card per annotation, editing, export. */
import type { TFunction } from 'i18next';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  formatParagraphLabels,
  type Annotation,
  type ColorKey,
  type HighlightColor,
  type Section,
} from '../../../shared/model/index.ts';
import { colorLabel } from './color-label.ts';
import { CommentEditor } from './CommentEditor.tsx';
import { CommentView } from './CommentView.tsx';
import { TagInput } from './TagInput.tsx';
import type { AnnotationsState } from './useAnnotations.ts';
import { formatNumber, quote, useLanguage } from '../../i18n/index.ts';
import { useWindowedRows, type RowRun } from '../../components/useWindowedRows.ts';

/** Cards above which the list draws only those near the view (and the selected, edited and focused ones). */
export const WINDOWED_CARDS = 200;
/** A card's height before it is measured (a quote of two lines, the actions). */
const CARD_HEIGHT = 140;
const NO_RUNS: readonly RowRun[] = [];

/** The badge and explanation of an annotation that is not exactly where it was made. */
function statusText(status: Annotation['anchor']['status'], t: TFunction) {
  if (status === 'exact') return null;
  return { badge: t(`annotations.status.${status}`), help: t(`annotations.statusHelp.${status}`) };
}

function clip(text: string, max = 220): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function annotationTitle(a: Annotation): string {
  return clip((a.anchor.text ?? a.quote.exact).replace(/\s+/g, ' '), 40);
}

interface CardProps {
  annotation: Annotation;
  /** Measures the drawn card in a windowed list. */
  rowRef?: ((element: HTMLElement | null) => void) | undefined;
  /** Position and size of the list, for screen readers when the list is windowed. */
  position?: { index: number; of: number } | undefined;
  /** Focuses the card `step` places from this one (drawn first if it was not). */
  focusSibling: (id: string, step: 1 | -1) => HTMLElement | null;
  colors: readonly HighlightColor[];
  knownTags: readonly string[];
  sections: readonly Section[];
  selected: boolean;
  editing: boolean;
  state: AnnotationsState;
  onSelect: (id: string) => void;
  onEdit: (id: string | null) => void;
  onReattach: (annotation: Annotation) => void;
}

const AnnotationCard = memo(function AnnotationCard({
  annotation: a,
  rowRef,
  position,
  focusSibling,
  colors,
  knownTags,
  sections,
  selected,
  editing,
  state,
  onSelect,
  onEdit,
  onReattach,
}: CardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const card = useRef<HTMLLIElement | null>(null);
  const setCard = useCallback(
    (element: HTMLLIElement | null) => {
      card.current = element;
      rowRef?.(element);
    },
    [rowRef],
  );
  const editButton = useRef<HTMLButtonElement>(null);
  // Done (or Escape) closes the editor: focus goes back to Edit, not to the page.
  const wasEditing = useRef(editing);
  useEffect(() => {
    const active = document.activeElement;
    if (wasEditing.current && !editing && (!active || active === document.body || card.current?.contains(active))) {
      editButton.current?.focus();
    }
    wasEditing.current = editing;
  }, [editing]);
  const color = colors.find((c) => c.key === a.color);
  const label = colorLabel(color, t) || a.color;
  const status = statusText(a.anchor.status, t);
  const where =
    a.anchor.paragraph === null
      ? t('annotations.notInVersion')
      : a.scope === 'section'
        ? t('annotations.section', {
            heading: sections[a.anchor.sectionIndex ?? 0]?.heading ?? t('reader.opening_section'),
          })
        : formatParagraphLabels([a.anchor.paragraphLabel ?? String(a.anchor.paragraph)]);
  return (
    <li
      ref={setCard}
      aria-setsize={position?.of}
      aria-posinset={position ? position.index + 1 : undefined}
      className={`annotation-card annotation-card--${a.color}${selected ? ' annotation-card--selected' : ''}`}
      data-annotation-id={a.id}
      // Reached with ↑/↓ from another card, and by F6 when selected.
      tabIndex={-1}
      data-pane-focus={selected ? '' : undefined}
      aria-label={t('annotations.cardLabel', { color: label, where, title: annotationTitle(a) })}
    >
      <div className="annotation-card-head">
        <span className={`color-dot color-dot--${a.color}`} aria-hidden="true" />
        <span className="annotation-color-label">{label}</span>
        <span className="annotation-where">{where}</span>
        {status && (
          <span className={`status-badge status-badge--${a.anchor.status}`} title={status.help}>
            {status.badge}
          </span>
        )}
      </div>
      <button
        type="button"
        className="annotation-quote"
        disabled={a.anchor.start === null}
        aria-label={a.anchor.start === null ? undefined : t('annotations.showInText', { title: annotationTitle(a) })}
        onClick={() => onSelect(a.id)}
      >
        {quote(clip(a.anchor.text ?? a.quote.exact), language)}
      </button>
      {status && <p className="annotation-status-help">{status.help}</p>}
      {a.anchor.status === 'changed' && (
        <p className="annotation-original">
          {t('annotations.originally', { quote: quote(clip(a.quote.exact, 160), language) })}
        </p>
      )}
      {(a.anchor.status === 'changed' || a.anchor.status === 'moved' || a.anchor.status === 'orphaned') && (
        <div className="annotation-actions">
          {a.anchor.status !== 'orphaned' && (
            <button type="button" className="button button--small" onClick={() => void state.confirm(a.id)}>
              {t('annotations.confirmPlace')}
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => onReattach(a)}>
            {t('annotations.reattach')}
          </button>
        </div>
      )}
      {editing ? (
        <div className="annotation-editor">
          <div className="color-choices" role="group" aria-label={t('annotations.colour')}>
            {colors.map((c) => (
              <button
                key={c.key}
                type="button"
                className={`swatch swatch--${c.key}`}
                aria-pressed={a.color === c.key}
                aria-label={colorLabel(c, t)}
                title={colorLabel(c, t)}
                onClick={() => void state.update(a.id, { color: c.key as ColorKey })}
              >
                <span aria-hidden="true">{colorLabel(c, t)}</span>
              </button>
            ))}
          </div>
          <CommentEditor
            initial={a.comment}
            label={t('annotations.commentOn', { title: annotationTitle(a) })}
            autoFocus
            onSave={(comment) => state.update(a.id, { comment })}
          />
          <TagInput tags={a.tags} known={knownTags} onChange={(tags) => void state.update(a.id, { tags })} />
          <div className="annotation-actions">
            <button type="button" className="button button--small" onClick={() => onEdit(null)}>
              {t('annotations.done')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {a.comment && <CommentView comment={a.comment} />}
          {a.tags.length > 0 && (
            <ul className="tag-list" aria-label={t('annotations.tags')}>
              {a.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div className="annotation-actions">
            <button ref={editButton} type="button" className="button button--small" onClick={() => onEdit(a.id)}>
              {t('annotations.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={t('annotations.deleteLabel', { title: annotationTitle(a) })}
              onClick={() => {
                // Focus moves on to the next card (or the one before), never to the page.
                const next = focusSibling(a.id, 1) ?? focusSibling(a.id, -1);
                const nextId = next?.dataset.annotationId;
                void state.remove(a.id).then(() => {
                  const target = nextId
                    ? document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(nextId)}"]`)
                    : null;
                  (target ?? document.getElementById('annotations-title'))?.focus();
                });
              }}
            >
              {t('annotations.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
});

export function AnnotationsPanel({
  state,
  sections,
  selectedId,
  editingId,
  onSelect,
  onEdit,
  onReattach,
}: {
  state: AnnotationsState;
  sections: readonly Section[];
  selectedId: string | null;
  editingId: string | null;
  onSelect: (id: string) => void;
  onEdit: (id: string | null) => void;
  onReattach: (annotation: Annotation) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [tag, setTag] = useState('');
  const [color, setColor] = useState('');
  const [section, setSection] = useState('');
  const [status, setStatus] = useState('');
  const all = useMemo(() => state.annotations ?? [], [state.annotations]);
  const tagsHere = useMemo(() => [...new Set(all.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)), [all]);
  const shown = useMemo(
    () =>
      all.filter(
        (a) =>
          (!tag || a.tags.includes(tag)) &&
          (!color || a.color === color) &&
          (!section || String(a.anchor.sectionIndex) === section) &&
          (!status ||
            (status === 'review'
              ? a.anchor.status === 'changed' || a.anchor.status === 'orphaned'
              : a.anchor.status === status)),
      ),
    [all, tag, color, section, status],
  );
  const review = all.filter((a) => a.anchor.status === 'changed' || a.anchor.status === 'orphaned').length;

  // A long list draws the cards near the view, and keeps the selected, edited and focused ones.
  const list = useRef<HTMLOListElement>(null);
  const windowed = shown.length > WINDOWED_CARDS;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const indexOf = useMemo(() => new Map(shown.map((a, i) => [a.id, i])), [shown]);
  const keep = useMemo(() => {
    if (!windowed) return NO_RUNS;
    return [selectedId, editingId, focusedId].flatMap((id) => {
      const index = id ? indexOf.get(id) : undefined;
      return index === undefined ? [] : [{ start: index, end: index + 1 }];
    });
  }, [windowed, selectedId, editingId, focusedId, indexOf]);
  const visible = useWindowedRows(list, windowed ? shown.length : 0, CARD_HEIGHT, { keep, margins: true });
  const runs = windowed ? visible.runs : [{ start: 0, end: shown.length }];
  const spacer = (from: number, to: number) => (
    <li
      key={`gap-${from}`}
      className="window-spacer"
      aria-hidden="true"
      style={{ height: visible.offsetOf(to) - visible.offsetOf(from) }}
    />
  );
  const focusSibling = useCallback(
    (id: string, step: 1 | -1): HTMLElement | null => {
      const index = indexOf.get(id);
      const sibling = index === undefined ? undefined : shown[index + step];
      if (!sibling) return null;
      flushSync(() => setFocusedId(sibling.id));
      return list.current?.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(sibling.id)}"]`) ?? null;
    },
    [indexOf, shown],
  );

  return (
    <aside className="annotations-panel" aria-labelledby="annotations-title">
      <div className="annotations-header">
        <h2 id="annotations-title" className="annotations-title" tabIndex={-1} data-pane-focus="fallback">
          {t('annotations.title')} <span className="muted">({formatNumber(all.length, language)})</span>
        </h2>
        <div className="annotations-export">
          <button
            type="button"
            className="button button--small"
            onClick={() => void state.exportAs('markdown')}
            disabled={all.length === 0}
          >
            {t('annotations.exportMarkdown')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void state.exportAs('w3c')}
            disabled={all.length === 0}
          >
            {t('annotations.exportJson')}
          </button>
        </div>
      </div>
      {review > 0 && (
        <p className="message" role="status">
          {t('annotations.toCheck', { count: review })}{' '}
          <button type="button" className="link-button" onClick={() => setStatus('review')}>
            {t('annotations.showThem')}
          </button>
        </p>
      )}
      {state.error && (
        <div className="message message--error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="link-button" onClick={state.dismissError}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
      <div className="annotations-filters" role="group" aria-label={t('annotations.filters')}>
        <label>
          {t('annotations.tag')}
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('annotations.all')}</option>
            {tagsHere.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annotations.colour')}
          <select value={color} onChange={(e) => setColor(e.target.value)}>
            <option value="">{t('annotations.all')}</option>
            {state.colors.map((c) => (
              <option key={c.key} value={c.key}>
                {colorLabel(c, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annotations.sectionFilter')}
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">{t('annotations.all')}</option>
            {sections.map((s, i) =>
              s.paragraphs.length > 0 ? (
                <option key={i} value={String(i)}>
                  {s.heading ?? t('reader.opening_section')}
                </option>
              ) : null,
            )}
          </select>
        </label>
        <label>
          {t('annotations.place')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('annotations.all')}</option>
            <option value="review">{t('annotations.status.review')}</option>
            <option value="exact">{t('annotations.status.exact')}</option>
            <option value="moved">{t('annotations.status.moved')}</option>
            <option value="changed">{t('annotations.status.changed')}</option>
            <option value="orphaned">{t('annotations.status.orphaned')}</option>
          </select>
        </label>
      </div>
      {state.annotations === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : all.length === 0 ? (
        <p className="muted annotations-empty">{t('annotations.empty')}</p>
      ) : (
        <>
          {shown.length !== all.length && (
            <p className="muted" role="status">
              {t('annotations.showing', { shown: shown.length, count: all.length })}
            </p>
          )}
          <ol
            ref={list}
            className={`annotation-list${windowed ? ' annotation-list--windowed' : ''}`}
            onFocus={(event) => {
              const id = (event.target as HTMLElement).closest<HTMLElement>('.annotation-card')?.dataset.annotationId;
              if (windowed && id) setFocusedId(id);
            }}
            onKeyDown={(event) => {
              // ↑/↓ move between cards, Enter shows the card's passage in the text.
              const item = event.target as HTMLElement;
              if (!item.matches('.annotation-card')) return;
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const id = item.dataset.annotationId;
                if (id) focusSibling(id, event.key === 'ArrowDown' ? 1 : -1)?.focus();
              } else if (event.key === 'Enter' && item.dataset.annotationId) {
                event.preventDefault();
                onSelect(item.dataset.annotationId);
              }
            }}
          >
            {runs.flatMap((run, r) => {
              const gapFrom = r === 0 ? 0 : (runs[r - 1]?.end ?? 0);
              const cards = shown
                .slice(run.start, run.end)
                .map((a, i) => (
                  <AnnotationCard
                    key={a.id}
                    annotation={a}
                    rowRef={windowed ? visible.measure(run.start + i) : undefined}
                    position={windowed ? { index: run.start + i, of: shown.length } : undefined}
                    focusSibling={focusSibling}
                    colors={state.colors}
                    knownTags={state.knownTags}
                    sections={sections}
                    selected={a.id === selectedId}
                    editing={a.id === editingId}
                    state={state}
                    onSelect={onSelect}
                    onEdit={onEdit}
                    onReattach={onReattach}
                  />
                ));
              return run.start > gapFrom ? [spacer(gapFrom, run.start), ...cards] : cards;
            })}
            {windowed && (runs.at(-1)?.end ?? 0) < shown.length && spacer(runs.at(-1)?.end ?? 0, shown.length)}
          </ol>
        </>
      )}
      {state.deleted && (
        <div className="toast" role="status">
          {t('annotations.deleted')}
          <button type="button" className="link-button" onClick={() => void state.undoRemove()}>
            {t('libraryView.undo')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('library.dismiss')}
            onClick={state.dismissDeleted}
          >
            ×
          </button>
        </div>
      )}
    </aside>
  );
}
