/** The annotations beside the text: filters, one card per annotation, editing, export. */
import { memo, useMemo, useState } from 'react';
import type { Annotation, ColorKey, HighlightColor, Section } from '../../../shared/model/index.ts';
import { CommentEditor } from './CommentEditor.tsx';
import { CommentView } from './CommentView.tsx';
import { TagInput } from './TagInput.tsx';
import type { AnnotationsState } from './useAnnotations.ts';

const STATUS_TEXT = {
  exact: null,
  moved: { badge: 'Moved', help: 'Same text, found in another place in this version.' },
  changed: {
    badge: 'Changed',
    help: 'Placed on text that differs from the original: check that it is the right passage.',
  },
  orphaned: { badge: 'Not found', help: 'This passage is not in this version. The annotation keeps its quote.' },
} as const;

function clip(text: string, max = 220): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function annotationTitle(a: Annotation): string {
  return clip((a.anchor.text ?? a.quote.exact).replace(/\s+/g, ' '), 40);
}

interface CardProps {
  annotation: Annotation;
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
  const color = colors.find((c) => c.key === a.color);
  const status = STATUS_TEXT[a.anchor.status];
  const where =
    a.anchor.paragraph === null
      ? 'Not in this version'
      : a.scope === 'section'
        ? `Section: ${sections[a.anchor.sectionIndex ?? 0]?.heading ?? 'Opening'}`
        : `¶ ${a.anchor.paragraph}`;
  return (
    <li
      className={`annotation-card annotation-card--${a.color}${selected ? ' annotation-card--selected' : ''}`}
      data-annotation-id={a.id}
      aria-label={`${color?.label ?? a.color}, ${where}: ${annotationTitle(a)}`}
    >
      <div className="annotation-card-head">
        <span className={`color-dot color-dot--${a.color}`} aria-hidden="true" />
        <span className="annotation-color-label">{color?.label}</span>
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
        aria-label={a.anchor.start === null ? undefined : `Show in the text: ${annotationTitle(a)}`}
        onClick={() => onSelect(a.id)}
      >
        “{clip(a.anchor.text ?? a.quote.exact)}”
      </button>
      {status && <p className="annotation-status-help">{status.help}</p>}
      {a.anchor.status === 'changed' && <p className="annotation-original">Originally: “{clip(a.quote.exact, 160)}”</p>}
      {(a.anchor.status === 'changed' || a.anchor.status === 'moved' || a.anchor.status === 'orphaned') && (
        <div className="annotation-actions">
          {a.anchor.status !== 'orphaned' && (
            <button type="button" className="button button--small" onClick={() => void state.confirm(a.id)}>
              Confirm place
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => onReattach(a)}>
            Re-attach…
          </button>
        </div>
      )}
      {editing ? (
        <div className="annotation-editor">
          <div className="color-choices" role="group" aria-label="Colour">
            {colors.map((c) => (
              <button
                key={c.key}
                type="button"
                className={`swatch swatch--${c.key}`}
                aria-pressed={a.color === c.key}
                aria-label={c.label}
                title={c.label}
                onClick={() => void state.update(a.id, { color: c.key as ColorKey })}
              >
                <span aria-hidden="true">{c.label}</span>
              </button>
            ))}
          </div>
          <CommentEditor
            initial={a.comment}
            label={`Comment on “${annotationTitle(a)}”`}
            autoFocus
            onSave={(comment) => void state.update(a.id, { comment })}
          />
          <TagInput tags={a.tags} known={knownTags} onChange={(tags) => void state.update(a.id, { tags })} />
          <div className="annotation-actions">
            <button type="button" className="button button--small" onClick={() => onEdit(null)}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <>
          {a.comment && <CommentView comment={a.comment} />}
          {a.tags.length > 0 && (
            <ul className="tag-list" aria-label="Tags">
              {a.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div className="annotation-actions">
            <button type="button" className="button button--small" onClick={() => onEdit(a.id)}>
              Edit
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-label={`Delete annotation “${annotationTitle(a)}”`}
              onClick={() => void state.remove(a.id)}
            >
              Delete
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

  return (
    <aside className="annotations-panel" aria-labelledby="annotations-title">
      <div className="annotations-header">
        <h2 id="annotations-title" className="annotations-title">
          Annotations <span className="muted">({all.length})</span>
        </h2>
        <div className="annotations-export">
          <button
            type="button"
            className="button button--small"
            onClick={() => void state.exportAs('markdown')}
            disabled={all.length === 0}
          >
            Export Markdown
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => void state.exportAs('w3c')}
            disabled={all.length === 0}
          >
            Export JSON
          </button>
        </div>
      </div>
      {review > 0 && (
        <p className="message" role="status">
          {review} annotation{review === 1 ? '' : 's'} to check in this version.{' '}
          <button type="button" className="link-button" onClick={() => setStatus('review')}>
            Show them
          </button>
        </p>
      )}
      {state.error && (
        <div className="message message--error" role="alert">
          <p>{state.error}</p>
          <button type="button" className="link-button" onClick={state.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      <div className="annotations-filters" role="group" aria-label="Filter annotations">
        <label>
          Tag
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All</option>
            {tagsHere.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour
          <select value={color} onChange={(e) => setColor(e.target.value)}>
            <option value="">All</option>
            {state.colors.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">All</option>
            {sections.map((s, i) =>
              s.paragraphs.length > 0 ? (
                <option key={i} value={String(i)}>
                  {s.heading ?? 'Opening'}
                </option>
              ) : null,
            )}
          </select>
        </label>
        <label>
          Place
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All</option>
            <option value="review">To check</option>
            <option value="exact">In place</option>
            <option value="moved">Moved</option>
            <option value="changed">Changed</option>
            <option value="orphaned">Not found</option>
          </select>
        </label>
      </div>
      {state.annotations === null ? (
        <p className="muted">Loading…</p>
      ) : all.length === 0 ? (
        <p className="muted annotations-empty">
          Select text to highlight or comment on it, or use a paragraph number to annotate the whole paragraph.
        </p>
      ) : (
        <>
          {shown.length !== all.length && (
            <p className="muted" role="status">
              Showing {shown.length} of {all.length}.
            </p>
          )}
          <ol className="annotation-list">
            {shown.map((a) => (
              <AnnotationCard
                key={a.id}
                annotation={a}
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
            ))}
          </ol>
        </>
      )}
      {state.deleted && (
        <div className="toast" role="status">
          Annotation deleted.
          <button type="button" className="link-button" onClick={() => void state.undoRemove()}>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={state.dismissDeleted}>
            ×
          </button>
        </div>
      )}
    </aside>
  );
}
