import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/model/index.ts';
import { paragraphLabel } from '../../../shared/model/index.ts';
import { PARAGRAPH_TEXT_CLASS, segmentParagraph, type HighlightRange } from '../annotations/index.ts';
import { CrossAnnotationMarks, type CrossAnnotation } from '../pairing/index.ts';

/**
 * One numbered paragraph with its highlights. Memoized: a new annotation re-renders only the
 * paragraphs it touches, which keeps a 500-page document responsive.
 */
export const ParagraphView = memo(function ParagraphView({
  rowRef,
  paragraph,
  start,
  ranges,
  focused,
  onAnnotateParagraph,
  cross,
}: {
  /** Measures the drawn paragraph in a windowed (long) document. */
  rowRef?: ((element: HTMLElement | null) => void) | undefined;
  paragraph: Paragraph;
  /** Offset of the paragraph's text in the canonical text. */
  start: number;
  ranges: readonly HighlightRange[];
  focused: boolean;
  onAnnotateParagraph: (n: number, button: HTMLElement) => void;
  /** The other language version's annotations on this paragraph's pair, shown dimmed. */
  cross?: readonly CrossAnnotation[] | undefined;
}) {
  const { t } = useTranslation();
  const segments = segmentParagraph(paragraph.text, start, ranges);
  // The margin shows what officials cite: the printed number ("7", "4(a)") or the position.
  const label = paragraphLabel(paragraph);
  return (
    <p
      ref={rowRef}
      className={`paragraph${focused ? ' paragraph--focused' : ''}`}
      id={`p-${paragraph.n}`}
      data-paragraph-id={paragraph.id}
      data-paragraph-n={paragraph.n}
      // Focusable for ↓/↑; the one last visited is the text's stop in the Tab order (useReaderKeyboard).
      tabIndex={-1}
    >
      <button
        type="button"
        className="paragraph-number"
        // Out of the Tab order: Enter on the paragraph annotates it (useReaderKeyboard).
        tabIndex={-1}
        aria-label={t('reader.annotateParagraph', { n: label })}
        // A drag handle for the whole paragraph (useExcerptTransfer puts the excerpt on the drag).
        draggable
        title={t('reader.dragToQuote')}
        onClick={(e) => onAnnotateParagraph(paragraph.n, e.currentTarget)}
      >
        {label}
      </button>
      <span className={PARAGRAPH_TEXT_CLASS} data-start={start}>
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
    </p>
  );
});
