import { memo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARAGRAPH_TEXT_CLASS, segmentParagraph, type HighlightRange } from '../annotations/index.ts';
import { CrossAnnotationMarks } from './CrossAnnotationMarks.tsx';
import type { CrossAnnotation } from './cross-annotations.ts';

const NO_RANGES: readonly HighlightRange[] = [];

/**
 * One paragraph in a side-by-side column: its section heading when it opens one, its number,
 * its text with its own highlights, the other version's annotations dimmed beneath, and the
 * ways to re-pair it (drag it onto its counterpart, or "Pair with…").
 */
export const SideParagraph = memo(function SideParagraph({
  id,
  side,
  language,
  paragraph,
  heading,
  ranges,
  cross,
  dropTarget,
  onDragStart,
  onDragEnd,
  onDragOver,
  onDrop,
  onRepair,
}: {
  id: string;
  side: 'a' | 'b';
  language: string;
  paragraph: { n: number; text: string; start: number; label: string };
  heading: { heading: string; index: number } | null;
  ranges: readonly HighlightRange[] | undefined;
  cross: readonly CrossAnnotation[] | undefined;
  dropTarget: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  onRepair: () => void;
}) {
  const { t } = useTranslation();
  const segments = segmentParagraph(paragraph.text, paragraph.start, ranges ?? NO_RANGES);
  return (
    <>
      {heading && <h2 className="section-heading sbs-heading">{heading.heading}</h2>}
      <div
        className={`paragraph sbs-paragraph${dropTarget ? ' sbs-paragraph--drop' : ''}${cross?.length ? ' paragraph--cross' : ''}`}
        id={`sbs-${side}-p-${id}`}
        data-paragraph-id={id}
        data-paragraph-n={paragraph.n}
        aria-label={t('pairs.ui.paragraphLabel', { n: paragraph.label, language })}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        {/* The number is the handle: dragging the text itself must still select it. */}
        <span
          className="paragraph-number sbs-handle"
          draggable
          title={t('pairs.ui.dragHint')}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', paragraph.text);
            onDragStart();
          }}
          onDragEnd={onDragEnd}
        >
          {paragraph.label}
        </span>
        <span className={PARAGRAPH_TEXT_CLASS} data-start={paragraph.start}>
          {segments.map((segment, i) =>
            segment.ids.length === 0 ? (
              segment.text
            ) : (
              <mark key={i} className={`hl hl--${segment.color}`} data-annotation-ids={segment.ids.join(' ')}>
                {segment.text}
              </mark>
            ),
          )}
        </span>
        <CrossAnnotationMarks items={cross} />
        <button type="button" className="sbs-repair link-button" onClick={onRepair}>
          {t('pairs.ui.repair')}
        </button>
      </div>
    </>
  );
});
