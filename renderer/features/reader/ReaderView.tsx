import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AnnotationTarget } from '../../../shared/api/index.ts';
import { canonicalText } from '../../../shared/anchoring/index.ts';
import {
  EXCERPT_PARAGRAPH_SEPARATOR,
  formatParagraphLabels,
  type Annotation,
  type ColorKey,
  type Paragraph,
  type Section,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import {
  AnnotationsPanel,
  annotationTitle,
  highlightRangesByParagraph,
  selectionToOffsets,
  SelectionToolbar,
  useAnnotations,
  type AnnotationsState,
  type HighlightRange,
  type ToolbarRequest,
} from '../annotations/index.ts';
import { ViewBoundary } from '../../components/ViewBoundary.tsx';
import { DocumentDetailsDialog } from './DocumentDetailsDialog.tsx';
import { ReaderLayout, useReaderPanes } from './ReaderLayout.tsx';
import { useReaderKeyboard } from './useReaderKeyboard.ts';
import { ImportCheckBar, needsImportCheck, type ImportCheckState } from './ImportCheckBar.tsx';
import { useExcerptTransfer, usePassageHighlight } from './excerpt-transfer.ts';
import { NewerVersionNotice } from './NewerVersionNotice.tsx';
import { ParagraphView } from './ParagraphView.tsx';
import { SectionOutline, sectionElementId } from './SectionOutline.tsx';
import { StructureEditor } from './StructureEditor.tsx';
import { useDocument } from './useDocument.ts';
import { useDocumentWindow, type DocumentWindow } from './useDocumentWindow.ts';
import { bringIntoView, paragraphElement } from './reveal.ts';
import { OriginalView } from './OriginalView.tsx';
import { RedlineView, useVersions } from './RedlineView.tsx';
import { PairingBar, SideBySideView, useCrossAnnotations, usePairing, type PairingState } from '../pairing/index.ts';
import { formatDate, useLanguage } from '../../i18n/index.ts';

/** Date, place and issuer; the date is written in the interface's language. */
function Dateline({ document }: { document: StoredDocument }) {
  const language = useLanguage();
  const parts = [formatDate(document.date, language), document.place, document.issuer].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="dateline">{parts.join(' – ')}</p>;
}

/** Scrolls ¶ n into view and marks it, once the document is on screen. */
function useFocusParagraph(ready: boolean, paragraph: number | undefined): void {
  useEffect(() => {
    if (!ready || !paragraph) return;
    const element = document.getElementById(`p-${paragraph}`);
    if (element) bringIntoView(element, { block: 'center' });
    element?.focus({ preventScroll: true });
  }, [ready, paragraph]);
}

const EMPTY: readonly HighlightRange[] = [];
const ignore = () => {};

/** Paragraphs an excerpt's passage spans from its first (kept drawn in a long document). */
function passageSpan(quote: string | undefined): number {
  return quote ? quote.split(EXCERPT_PARAGRAPH_SEPARATOR).filter((part) => part.trim()).length : 1;
}

/** The first run of `runs` that ends after row `row` (runs are sorted). */
function firstRunAfter(runs: DocumentWindow['runs'], row: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid]?.end ?? 0) <= row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A section's paragraphs as the window draws them: the drawn ones, and a spacer for each stretch
 * that is not (a short document draws them all).
 */
function sectionParagraphs(
  view: DocumentWindow,
  index: number,
  section: Section,
  draw: (paragraph: Paragraph, row: number) => ReactNode,
): ReactNode[] {
  const rows = view.sectionRows(index);
  const first = section.heading ? rows.start + 1 : rows.start;
  if (!view.windowed) return section.paragraphs.map((paragraph, i) => draw(paragraph, first + i));
  const out: ReactNode[] = [];
  const spacer = (from: number, to: number) => (
    <div key={`gap-${from}`} className="window-spacer" aria-hidden="true" style={{ height: view.space(from, to) }} />
  );
  let cursor = first;
  for (let r = firstRunAfter(view.runs, first); r < view.runs.length; r++) {
    const run = view.runs[r] as { start: number; end: number };
    if (run.start >= rows.end) break;
    const from = Math.max(run.start, cursor);
    if (from > cursor) out.push(spacer(cursor, from));
    const to = Math.min(run.end, rows.end);
    for (let row = from; row < to; row++) {
      const paragraph = section.paragraphs[row - first];
      if (paragraph) out.push(draw(paragraph, row));
    }
    cursor = Math.max(cursor, to);
  }
  if (cursor < rows.end) out.push(spacer(cursor, rows.end));
  return out;
}

/** Where the toolbar goes for a rectangle on screen, kept inside the window. */
function toolbarPlace(rect: DOMRect): { top: number; left: number } {
  return {
    top: Math.min(Math.max(8, rect.top - 48), window.innerHeight - 56),
    left: Math.min(Math.max(8, rect.left), window.innerWidth - 420),
  };
}

function flash(element: Element | null): void {
  if (!element) return;
  bringIntoView(element, { block: 'center', smooth: true });
  element.classList.remove('flash');
  void (element as HTMLElement).offsetWidth; // restart the animation
  element.classList.add('flash');
}

/** The reading view: outline, the document with its highlights, and the annotations panel. */
export function ReaderView({
  documentId,
  focusParagraph,
  focusQuote,
  variant = 'full',
}: {
  documentId: string;
  focusParagraph?: number | undefined;
  /** An excerpt's text, marked within ¶ focusParagraph (and the paragraphs after it). */
  focusQuote?: string | undefined;
  /** `source`: the narrow pane beside a note — the text and its highlights, without outline or panel. */
  variant?: 'full' | 'source';
}) {
  const { t } = useTranslation();
  const load = useDocument(documentId);
  const [mode, setMode] = useState<'read' | 'structure' | 'compare' | 'side-by-side'>('read');
  const pairing = usePairing(documentId);
  // Bumped by each correction so the annotated view re-reads anchors placed on the new text.
  const [revision, setRevision] = useState(0);
  // Asked for with the document, not after it is drawn: both arrive together.
  const annotations = useAnnotations(documentId, revision);
  // Opened once per visit when the import was unsure; stays (with its Undo) until closed.
  const [check, setCheck] = useState<ImportCheckState>({ open: false, undo: [], message: null });
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const ready = load.status === 'ready' ? load.document : null;
  if (ready && checkedFor !== ready.id) {
    // Derived from the loaded document, during render (React's "adjusting state when a prop changes").
    setCheckedFor(ready.id);
    setCheck({ open: needsImportCheck(ready), undo: [], message: null });
  }
  useFocusParagraph(load.status === 'ready' && mode === 'read', focusParagraph);
  usePassageHighlight(load.status === 'ready' && mode === 'read', focusParagraph, focusQuote);
  if (load.status === 'loading') return <p className="muted reader-status">{t('reader.opening')}</p>;
  if (load.status === 'error') {
    return (
      <div className="message message--error reader-status" role="alert">
        {load.message}
      </div>
    );
  }
  const replace = (document: StoredDocument) => {
    load.replace(document);
    setRevision((r) => r + 1);
  };
  if (mode === 'structure') {
    return <StructureEditor document={load.document} onChange={replace} onDone={() => setMode('read')} />;
  }
  if (mode === 'compare') {
    return (
      <RedlineView
        document={load.document}
        onBack={() => {
          setMode('read');
          // Back where the comparison was opened from.
          requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-compare]')?.focus());
        }}
      />
    );
  }
  if (mode === 'side-by-side') {
    return <SideBySideView document={load.document} pairing={pairing} onBack={() => setMode('read')} />;
  }
  return (
    <AnnotatedDocument
      key={revision}
      document={load.document}
      annotations={annotations}
      focusParagraph={focusParagraph}
      focusSpan={passageSpan(focusQuote)}
      variant={variant}
      onCorrected={replace}
      onCorrectStructure={() => setMode('structure')}
      onCompare={() => setMode('compare')}
      check={variant === 'full' && check.open ? { state: check, setState: setCheck } : null}
      pairing={pairing}
      onSideBySide={() => setMode('side-by-side')}
    />
  );
}

type Pending = { target: AnnotationTarget; request: ToolbarRequest };

function AnnotatedDocument({
  document: doc,
  annotations,
  focusParagraph,
  focusSpan,
  variant,
  onCorrected,
  onCorrectStructure,
  onCompare,
  check,
  pairing,
  onSideBySide,
}: {
  document: StoredDocument;
  annotations: AnnotationsState;
  focusParagraph?: number | undefined;
  /** Paragraphs from focusParagraph that the route's passage covers. */
  focusSpan: number;
  variant: 'full' | 'source';
  onCorrected: (document: StoredDocument) => void;
  onCorrectStructure: () => void;
  /** Opens the comparison with another version. */
  onCompare: () => void;
  /** The import check bar's state, when it is open. */
  check: { state: ImportCheckState; setState: React.Dispatch<React.SetStateAction<ImportCheckState>> } | null;
  pairing: PairingState;
  onSideBySide: () => void;
}) {
  const { t } = useTranslation();
  const [editingDetails, setEditingDetails] = useState(false);
  // The other language version's annotations, dimmed on the paired paragraphs.
  const cross = useCrossAnnotations(doc.id, pairing.loaded ? pairing.alignment : null);
  const article = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The paragraph the keyboard is on stays drawn in a long document, so Tab comes back to it.
  const [currentParagraph, setCurrentParagraph] = useState<number | null>(null);
  const pinned = [
    ...(focusParagraph ? [{ n: focusParagraph, span: focusSpan }] : []),
    ...(currentParagraph ? [{ n: currentParagraph, span: 1 }] : []),
  ];
  const view = useDocumentWindow(doc.sections, body, pinned);
  // Paragraph numbers and selections can be dragged or copied into a note as excerpts.
  const language = useLanguage();
  useExcerptTransfer(article, doc, language);
  const canonical = useMemo(() => canonicalText(doc.sections), [doc.sections]);
  const startOf = useMemo(() => new Map(canonical.paragraphs.map((p) => [p.n, p])), [canonical]);
  // Each section's first paragraph at or after it (↓ from a heading goes there).
  const firstParagraphFrom = useMemo(() => {
    const firsts: number[] = [];
    let next = canonical.paragraphs.length + 1;
    for (let i = doc.sections.length - 1; i >= 0; i--) {
      next = doc.sections[i]?.paragraphs[0]?.n ?? next;
      firsts[i] = next;
    }
    return firsts;
  }, [doc.sections, canonical]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [reattaching, setReattaching] = useState<Annotation | null>(null);
  // What caret mode and keyboard selection say to screen readers.
  const [announcement, setAnnouncement] = useState('');
  const headed = doc.sections.some((section) => section.heading);
  const versions = useVersions(doc.id);
  const [panes, frameRef] = useReaderPanes(headed);

  // Highlights per paragraph, so a change re-renders only the paragraphs it touches.
  const rangesByParagraph = useMemo(
    () => highlightRangesByParagraph(annotations.annotations ?? [], canonical.paragraphs),
    [annotations.annotations, canonical],
  );

  const closeToolbar = useCallback(() => setPending(null), []);

  // A text selection in the document opens the toolbar beside it (focused when asked from the keyboard).
  const openToolbarOnSelection = useCallback(
    (focus: boolean): boolean => {
      const root = article.current;
      if (!root) return false;
      const selection = window.getSelection();
      const offsets = selectionToOffsets(root, selection);
      if (!offsets || !selection) return false;
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setPending({
        target: {
          type: 'range',
          start: offsets.start,
          end: offsets.end,
          exact: canonical.text.slice(offsets.start, offsets.end),
        },
        request: { label: t('reader.theSelection'), ...toolbarPlace(rect), focus },
      });
      return true;
    },
    [canonical, t],
  );
  const onSelectionEnd = useCallback(() => void openToolbarOnSelection(false), [openToolbarOnSelection]);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (selection?.isCollapsed && !document.activeElement?.closest('.selection-toolbar')) {
        setPending((p) => (p?.target.type === 'range' ? null : p));
      }
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const onAnnotateParagraph = useCallback(
    (n: number, button: HTMLElement) => {
      setPending({
        target: { type: 'paragraph', n },
        request: {
          label: formatParagraphLabels([startOf.get(n)?.label ?? String(n)]),
          ...toolbarPlace(button.getBoundingClientRect()),
          focus: true,
        },
      });
    },
    [startOf],
  );

  // Drawn at once (flushSync): in a long document the card and the highlight may not be yet.
  const selectAnnotation = useCallback(
    (id: string) => {
      flushSync(() => setSelectedId(id));
      const n = annotations.annotations?.find((a) => a.id === id)?.anchor.paragraph;
      if (n) paragraphElement(n);
      flash(document.querySelector(`mark[data-annotation-ids~="${CSS.escape(id)}"]`));
    },
    [annotations.annotations],
  );

  const keyboard = useReaderKeyboard(article, {
    annotateParagraph: onAnnotateParagraph,
    annotateSelection: () => openToolbarOnSelection(true),
    stepAnnotation: (step, fromParagraph) => {
      const placed = (annotations.annotations ?? []).filter((a) => a.anchor.start !== null);
      if (placed.length === 0) return;
      const from = startOf.get(fromParagraph)?.start ?? 0;
      const selected = placed.findIndex((a) => a.id === selectedId);
      // From the selected highlight if it is in this paragraph, else from the paragraph's start.
      const base = selected !== -1 && (placed[selected]?.anchor.paragraph ?? 0) === fromParagraph ? selected : -1;
      const target =
        base !== -1
          ? placed[(base + step + placed.length) % placed.length]
          : step === 1
            ? (placed.find((a) => (a.anchor.start ?? 0) >= from) ?? placed[0])
            : (placed.findLast((a) => (a.anchor.start ?? 0) < from) ?? placed.at(-1));
      if (!target) return;
      selectAnnotation(target.id);
      const paragraph = target.anchor.paragraph ? paragraphElement(target.anchor.paragraph) : null;
      keyboard.focusParagraph(paragraph ?? undefined);
      const card = document.querySelector(`[data-annotation-id="${CSS.escape(target.id)}"]`);
      if (card) bringIntoView(card, { block: 'nearest' });
      setAnnouncement(t('readerKeys.atAnnotation', { title: annotationTitle(target) }));
    },
    selectionChanged: (text) =>
      setAnnouncement(
        text ? t('readerKeys.selected', { text: text.length > 80 ? `${text.slice(0, 79)}…` : text }) : '',
      ),
    caretChanged: (on) => setAnnouncement(on ? t('readerKeys.caretOn') : t('readerKeys.caretOff')),
    paragraph: paragraphElement,
    paragraphCount: canonical.paragraphs.length,
    currentChanged: view.windowed ? setCurrentParagraph : ignore,
  });

  const finish = useCallback(
    (created: Annotation | null, edit: boolean) => {
      // Where the toolbar was opened from: focus goes back there, never to the page itself.
      const from = pending?.target;
      setPending(null);
      window.getSelection()?.removeAllRanges();
      if (!created) return;
      setSelectedId(created.id);
      if (edit) {
        // The comment editor takes focus in its card; the annotations come into view for it.
        setEditingId(created.id);
        if (!panes.isShown('annotations')) panes.show('annotations');
      }
      requestAnimationFrame(() => {
        document
          .querySelector(`[data-annotation-id="${CSS.escape(created.id)}"]`)
          ?.scrollIntoView({ block: 'nearest' });
        if (edit) return;
        const n = created.anchor.paragraph ?? (from?.type === 'paragraph' ? from.n : undefined);
        const paragraph = n ? paragraphElement(n) : null;
        const heading = from?.type === 'section' ? document.getElementById(sectionElementId(from.index)) : null;
        keyboard.focusParagraph(paragraph ?? heading ?? undefined);
      });
    },
    [pending, panes, keyboard],
  );

  const highlight = async (color: ColorKey) => {
    if (!pending) return;
    finish(await annotations.create(pending.target, { color }), false);
  };
  const comment = async () => {
    if (!pending) return;
    finish(await annotations.create(pending.target, { color: 'yellow' }), true);
  };
  const attach = async () => {
    if (!pending || !reattaching || pending.target.type !== 'range') return;
    await annotations.reattach(reattaching.id, pending.target.start, pending.target.end);
    const id = reattaching.id;
    setReattaching(null);
    finish(null, false);
    setSelectedId(id);
  };

  // Clicking a highlight selects its annotation in the panel.
  const onArticleClick = (event: React.MouseEvent) => {
    const mark = (event.target as Element).closest('mark[data-annotation-ids]');
    if (!mark || !window.getSelection()?.isCollapsed) return;
    const id = (mark.getAttribute('data-annotation-ids') ?? '').split(' ').at(-1);
    if (!id) return;
    flushSync(() => setSelectedId(id));
    const card = document.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
    if (card) bringIntoView(card, { block: 'nearest', smooth: true });
  };

  const request: ToolbarRequest | null = pending
    ? reattaching && pending.target.type === 'range'
      ? { ...pending.request, reattach: { annotationLabel: annotationTitle(reattaching) } }
      : pending.request
    : null;

  const text = (
    <article
      ref={article}
      className={`document${view.windowed ? ' document--windowed' : ''}${keyboard.caret ? ' document--caret' : ''}`}
      lang={doc.language}
      aria-labelledby="document-title"
      onMouseUp={onSelectionEnd}
      onKeyUp={(e) => e.shiftKey && onSelectionEnd()}
      onClick={onArticleClick}
      onKeyDown={(e) => {
        // With text selected (e.g. by caret browsing), Alt+A moves to the annotation toolbar.
        if (e.altKey && e.key.toLowerCase() === 'a' && pending) {
          e.preventDefault();
          setPending({ ...pending, request: { ...pending.request, focus: true } });
          return;
        }
        if (variant === 'full') keyboard.onKeyDown(e);
      }}
    >
      <header className="document-header">
        <p className="document-kind">
          {t(`kinds.${doc.kind}`)}
          {doc.version > 1 ? ` · ${t('libraryView.versionNumber', { version: doc.version })}` : ''}
        </p>
        <h1 id="document-title" tabIndex={-1}>
          {doc.title}
        </h1>
        <Dateline document={doc} />
        <NewerVersionNotice document={doc} />
        {variant === 'full' && (
          <div className="document-corrections">
            <button type="button" className="link-button" onClick={() => setEditingDetails(true)}>
              {t('corrections.editDetails')}
            </button>
            <button type="button" className="link-button" onClick={onCorrectStructure}>
              {t('corrections.correctStructure')}
            </button>
          </div>
        )}
        {variant === 'full' && <PairingBar document={doc} pairing={pairing} onSideBySide={onSideBySide} />}
      </header>
      {check && <ImportCheckBar document={doc} state={check.state} setState={check.setState} onChange={onCorrected} />}
      {editingDetails && (
        <DocumentDetailsDialog document={doc} onClose={() => setEditingDetails(false)} onSaved={onCorrected} />
      )}
      {reattaching && (
        <div className="message reattach-banner" role="status">
          {t('reader.reattach', { title: annotationTitle(reattaching) })}{' '}
          <button type="button" className="link-button" onClick={() => setReattaching(null)}>
            {t('corrections.cancel')}
          </button>
        </div>
      )}
      <div ref={body} className="document-body">
        {doc.sections.map((section, index) => (
          <section
            key={index}
            id={sectionElementId(index)}
            className="document-section"
            tabIndex={-1}
            aria-label={section.heading ?? t('reader.opening_section')}
            data-first-paragraph={firstParagraphFrom[index]}
          >
            {section.heading && (
              <div className="section-head" ref={view.measure(view.sectionRows(index).start)}>
                <h2 className="section-heading">{section.heading}</h2>
                {section.paragraphs.length > 0 && (
                  <button
                    type="button"
                    className="section-annotate"
                    aria-label={t('reader.annotateSection', { heading: section.heading })}
                    onClick={(e) =>
                      setPending({
                        target: { type: 'section', index },
                        request: {
                          label: t('reader.thisSection'),
                          ...toolbarPlace(e.currentTarget.getBoundingClientRect()),
                          focus: true,
                        },
                      })
                    }
                  >
                    ✎
                  </button>
                )}
              </div>
            )}
            {sectionParagraphs(view, index, section, (paragraph, row) => (
              <ParagraphView
                key={paragraph.id}
                rowRef={view.measure(row)}
                paragraph={paragraph}
                start={startOf.get(paragraph.n)?.start ?? 0}
                ranges={rangesByParagraph.get(paragraph.n) ?? EMPTY}
                focused={paragraph.n === focusParagraph}
                onAnnotateParagraph={onAnnotateParagraph}
                cross={cross.get(paragraph.id)}
              />
            ))}
          </section>
        ))}
      </div>
    </article>
  );

  const toolbar = request && (
    <SelectionToolbar
      request={request}
      colors={annotations.colors}
      onHighlight={(color) => void highlight(color)}
      onComment={() => void comment()}
      onReattach={() => void attach()}
      onClose={() => {
        // Back to the text the toolbar was opened from.
        const from = pending?.target;
        closeToolbar();
        if (from?.type === 'paragraph') keyboard.focusParagraph(paragraphElement(from.n) ?? undefined);
      }}
    />
  );

  if (variant === 'source') {
    return (
      <div className="reader reader--source">
        {text}
        {toolbar}
      </div>
    );
  }

  return (
    <ReaderLayout
      panes={panes}
      frameRef={frameRef}
      outline={headed ? <SectionOutline sections={doc.sections} /> : null}
      annotationCount={annotations.annotations?.length ?? null}
      original={() => <OriginalView document={doc} />}
      onCompare={versions && versions.length > 1 ? onCompare : undefined}
      annotations={
        // A failing annotation card takes down its pane only: the text stays readable.
        <ViewBoundary view="annotations">
          <AnnotationsPanel
            state={annotations}
            sections={doc.sections}
            selectedId={selectedId}
            editingId={editingId}
            onSelect={selectAnnotation}
            onEdit={setEditingId}
            onReattach={(a) => {
              setReattaching(a);
              setEditingId(null);
            }}
          />
        </ViewBoundary>
      }
    >
      {text}
      {keyboard.caret && keyboard.caretBox && (
        <span
          className="reading-caret"
          aria-hidden="true"
          style={{ top: keyboard.caretBox.top, left: keyboard.caretBox.left, height: keyboard.caretBox.height }}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {toolbar}
    </ReaderLayout>
  );
}
