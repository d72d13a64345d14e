/**
 * The reader's frame: a bar of pane toggles, then the outline, the text and the annotations
 * (or the original file) side by side as the width allows (renderer/app/layout.ts). A pane
 * that does not fit waits behind its toggle and opens over the text; Escape closes it and
 * focus returns to its toggle. Whether the outline and the annotations are open is remembered;
 * the original is opened per visit. O, P and V toggle the panes from the keyboard.
 */
import { useCallback, useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PaneName } from '../../../shared/api/preferences.ts';
import { focusElement, isPlainKey, isTypingTarget } from '../../app/keys.ts';
import { paneFocusTarget } from '../../app/usePaneCycling.ts';
import {
  ANNOTATIONS_WIDTH,
  originalWidth,
  OUTLINE_WIDTH,
  readerLayout,
  type ReaderLayout as Layout,
} from '../../app/layout.ts';
import { setPreferences, usePreferences } from '../../app/preferences.ts';
import { formatNumber, useLanguage } from '../../i18n/index.ts';
import { useWidth } from '../../app/useWidth.ts';

export type ReaderPane = 'outline' | 'annotations' | 'original';

export interface ReaderPanes {
  layout: Layout;
  /** The reader's width in CSS pixels. */
  width: number;
  /** The pane shown over the text, if any. */
  overlay: ReaderPane | null;
  originalOpen: boolean;
  /** Whether a pane is on screen (docked, or open over the text). */
  isShown: (pane: ReaderPane) => boolean;
  /** Shows a pane (docked if it fits, else over the text) and, if asked, moves focus into it. */
  show: (pane: ReaderPane, focus?: boolean) => void;
  toggle: (pane: ReaderPane) => void;
  closeOverlay: () => void;
  /** The reader's element (null until mounted). */
  frame: HTMLDivElement | null;
}

/** The callback ref ReaderLayout puts on its frame, so the panes know its width. */
export type FrameRef = (element: HTMLDivElement | null) => void;

const PANE_ID: Record<ReaderPane, string> = {
  outline: 'reader-outline',
  annotations: 'reader-annotations',
  original: 'reader-original',
};

function paneElement(pane: ReaderPane): HTMLElement | null {
  return document.getElementById(PANE_ID[pane]);
}

function toggleElement(pane: ReaderPane): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[aria-controls="${PANE_ID[pane]}"]`);
}

/** Pane state for one document; `hasOutline` is false for a document without headings. */
export function useReaderPanes(hasOutline: boolean): [ReaderPanes, FrameRef] {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const width = useWidth(frame);
  const { panes } = usePreferences();
  const [overlay, setOverlay] = useState<ReaderPane | null>(null);
  const [originalOpen, setOriginalOpen] = useState(false);
  // Before the first measure, lay out for a wide window rather than flash overlays.
  const layout = readerLayout(width || 1600, panes, { outline: hasOutline, originalOpen });

  const isShown = useCallback(
    (pane: ReaderPane) => layout[pane] === 'docked' || overlay === pane || (pane === 'original' && originalOpen),
    [layout, overlay, originalOpen],
  );

  const focusPane = (pane: ReaderPane) => {
    const element = paneElement(pane);
    if (element) focusElement(paneFocusTarget(element));
  };

  const show = useCallback(
    (pane: ReaderPane, focus = false) => {
      flushSync(() => {
        if (pane === 'original') setOriginalOpen(true);
        else if (layout.fits[pane]) setPreferences({ panes: { [pane]: true } as Partial<Record<PaneName, boolean>> });
        else setOverlay(pane);
      });
      if (focus) focusPane(pane);
    },
    [layout],
  );

  const closeOverlay = useCallback(() => {
    const closing = overlay ?? (originalOpen && layout.original === 'collapsed' ? 'original' : null);
    if (!closing) return;
    flushSync(() => {
      setOverlay(null);
      if (closing === 'original') setOriginalOpen(false);
    });
    toggleElement(closing)?.focus();
  }, [overlay, originalOpen, layout.original]);

  const toggle = useCallback(
    (pane: ReaderPane) => {
      if (pane === 'original') {
        if (originalOpen) {
          setOriginalOpen(false);
          if (overlay === 'original') setOverlay(null);
        } else show('original', true);
        return;
      }
      if (overlay === pane) {
        closeOverlay();
        return;
      }
      if (layout.fits[pane]) {
        const open = layout[pane] !== 'docked';
        setPreferences({ panes: { [pane]: open } as Partial<Record<PaneName, boolean>> });
        if (open) requestAnimationFrame(() => focusPane(pane));
      } else show(pane, true);
    },
    [layout, overlay, originalOpen, show, closeOverlay],
  );

  // A pane that now fits beside the text no longer needs to float over it.
  const [seenWidth, setSeenWidth] = useState(width);
  if (seenWidth !== width) {
    setSeenWidth(width);
    if (overlay && overlay !== 'original' && layout[overlay] === 'docked') setOverlay(null);
  }

  return [
    { layout, width: width || 1600, overlay, originalOpen, isShown, show, toggle, closeOverlay, frame },
    setFrame,
  ];
}

function PaneToggle({
  pane,
  panes,
  label,
  shortcut,
  disabled,
}: {
  pane: ReaderPane;
  panes: ReaderPanes;
  label: string;
  shortcut: string;
  disabled?: boolean;
}) {
  const shown = panes.isShown(pane);
  return (
    <button
      type="button"
      className="reader-bar-toggle"
      aria-expanded={shown}
      aria-controls={PANE_ID[pane]}
      aria-keyshortcuts={shortcut}
      title={`${label} (${shortcut})`}
      disabled={disabled}
      onClick={() => panes.toggle(pane)}
    >
      {label}
    </button>
  );
}

/** One pane: docked beside the text, over it, or hidden behind its toggle (kept mounted, so filters stay). */
function Pane({
  pane,
  panes,
  label,
  className,
  children,
}: {
  pane: ReaderPane;
  panes: ReaderPanes;
  label: string;
  className: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const state = panes.layout[pane];
  const overlay = state !== 'docked' && panes.isShown(pane);
  return (
    <div
      id={PANE_ID[pane]}
      className={`reader-pane reader-pane--${pane} ${className}${state === 'docked' ? ' reader-pane--docked' : ''}${overlay ? ' reader-pane--overlay' : ''}`}
      hidden={!panes.isShown(pane)}
      data-pane={pane}
      role={overlay ? 'dialog' : undefined}
      aria-modal={overlay ? false : undefined}
      aria-label={overlay ? label : undefined}
      onKeyDown={(event) => {
        if (overlay && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          panes.closeOverlay();
        }
      }}
    >
      {overlay && (
        <button
          type="button"
          className="icon-button reader-pane-close"
          aria-label={t('panes.close', { pane: label })}
          onClick={panes.closeOverlay}
        >
          ×
        </button>
      )}
      {children}
    </div>
  );
}

export function ReaderLayout({
  panes,
  frameRef,
  outline,
  annotations,
  annotationCount,
  original,
  onCompare,
  children,
}: {
  panes: ReaderPanes;
  frameRef: FrameRef;
  /** Null for a document without headings: no outline, and the text keeps the middle. */
  outline: ReactNode | null;
  annotations: ReactNode;
  annotationCount: number | null;
  /** The original file's view, rendered only while it is open. */
  original: () => ReactNode;
  /** Opens the comparison with another version; absent when there is only one. */
  onCompare?: (() => void) | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { layout } = panes;
  const [frameBox, setFrameBox] = useState<CSSProperties>({});

  // Keyboard: O, P, V toggle the panes and R compares versions, from anywhere in the reader (not while typing).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPlainKey(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'r' && onCompare) {
        event.preventDefault();
        onCompare();
        return;
      }
      const pane = ({ o: 'outline', p: 'annotations', v: 'original' } as const)[key as 'o' | 'p' | 'v'];
      if (!pane || (pane === 'outline' && outline === null)) return;
      event.preventDefault();
      panes.toggle(pane);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panes, outline, onCompare]);

  // Overlays are fixed to the main area's box, which the frame's position tells.
  useEffect(() => {
    const place = () => {
      const main = panes.frame?.closest('.app-main');
      if (!main) return;
      const box = main.getBoundingClientRect();
      setFrameBox({ '--frame-top': `${box.top}px`, '--frame-left': `${box.left}px` } as CSSProperties);
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [panes.frame]);

  const right =
    layout.original === 'docked'
      ? `${originalWidth(panes.width)}px`
      : layout.annotations === 'docked'
        ? `${ANNOTATIONS_WIDTH}px`
        : null;
  const columns = [layout.outline === 'docked' ? `${OUTLINE_WIDTH}px` : null, 'minmax(0, 1fr)', right]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      ref={frameRef}
      className={`reader${layout.outline === 'docked' ? ' reader--outline' : ''}${right ? ' reader--right' : ''}`}
      style={{ ...frameBox, gridTemplateColumns: columns }}
    >
      <div className="reader-bar" role="toolbar" aria-label={t('panes.toolbar')}>
        {outline !== null && <PaneToggle pane="outline" panes={panes} label={t('panes.outline')} shortcut="O" />}
        <PaneToggle
          pane="annotations"
          panes={panes}
          label={
            annotationCount === null
              ? t('panes.annotations')
              : t('panes.annotationsCount', { count: annotationCount, n: formatNumber(annotationCount, language) })
          }
          shortcut="P"
        />
        <PaneToggle pane="original" panes={panes} label={t('panes.original')} shortcut="V" />
        {onCompare && (
          <button
            type="button"
            className="reader-bar-toggle"
            data-compare
            aria-keyshortcuts="R"
            title={`${t('redline.open')} (R)`}
            onClick={onCompare}
          >
            {t('redline.open')}
          </button>
        )}
      </div>
      {outline !== null && (
        <Pane pane="outline" panes={panes} label={t('panes.outline')} className="reader-outline">
          {outline}
        </Pane>
      )}
      <div className="reader-text" data-pane="text">
        {children}
      </div>
      <Pane pane="annotations" panes={panes} label={t('panes.annotations')} className="reader-annotations">
        {annotations}
      </Pane>
      {panes.originalOpen && (
        <Pane pane="original" panes={panes} label={t('panes.original')} className="reader-original">
          {original()}
        </Pane>
      )}
      {panes.overlay && panes.overlay !== 'original' && (
        <div className="reader-scrim" aria-hidden="true" onClick={panes.closeOverlay} />
      )}
    </div>
  );
}
