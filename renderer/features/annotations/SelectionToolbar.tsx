/**
 * What to do with a selection (or a paragraph or section picked from the keyboard): highlight
 * it in one of the named colours, or highlight and start a comment. Escape closes it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { colorLabel } from './color-label.ts';
import type { ColorKey, HighlightColor } from '../../../shared/model/index.ts';

export interface ToolbarRequest {
  /** What the toolbar acts on, in words: “the selection”, “¶ 8”, “this section”. */
  label: string;
  /** Where to show it (viewport coordinates of the selection or paragraph). */
  top: number;
  left: number;
  /** Focus the first button (when opened from the keyboard). */
  focus: boolean;
  /** Re-attaching an annotation: the toolbar offers only that. */
  reattach?: { annotationLabel: string };
}

export function SelectionToolbar({
  request,
  colors,
  onHighlight,
  onComment,
  onReattach,
  onClose,
}: {
  request: ToolbarRequest;
  colors: readonly HighlightColor[];
  onHighlight: (color: ColorKey) => void;
  onComment: () => void;
  onReattach: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (request.focus) ref.current?.querySelector('button')?.focus();
  }, [request]);
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations.annotateTarget', { target: request.label })}
      style={{ top: request.top, left: request.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const buttons = [...(ref.current?.querySelectorAll('button') ?? [])];
          const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
          const next = buttons[(index + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
          next?.focus();
          e.preventDefault();
        }
      }}
      // keep the text selection when the toolbar is clicked
      onMouseDown={(e) => e.preventDefault()}
    >
      {request.reattach ? (
        <button type="button" className="button button--small" onClick={onReattach}>
          {t('annotations.attachHere', { title: request.reattach.annotationLabel })}
        </button>
      ) : (
        <>
          {colors.map((color) => (
            <button
              key={color.key}
              type="button"
              className={`swatch swatch--${color.key}`}
              aria-label={t('annotations.highlightAs', { target: request.label, color: colorLabel(color, t) })}
              title={colorLabel(color, t)}
              onClick={() => onHighlight(color.key)}
            >
              <span aria-hidden="true">{colorLabel(color, t)}</span>
            </button>
          ))}
          <button type="button" className="button button--small" onClick={onComment}>
            {t('annotations.comment')}
          </button>
        </>
      )}
      <button type="button" className="icon-button" aria-label={t('annotations.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
