/**
 * The reading view from the keyboard. The text is one stop in the Tab order (the paragraph last
 * visited); ↓/↑ (or J/K) move between paragraphs, Enter annotates the paragraph, ]/[ step
 * through the highlights, C starts caret mode to select text (caret.ts), and A or Enter then
 * annotates the selection.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isPlainKey } from '../../app/keys.ts';
import { caretMoveFor, caretParagraph, caretRect, moveCaret, placeCaret } from './caret.ts';

const PARAGRAPH = '.paragraph';
/** Where ↓/↑ and Enter act: the text itself, not a button or link inside it. */
const TEXT_TARGET = '.paragraph, .document-section, article, #document-title';

export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

export interface ReaderKeyboardHandlers {
  /** Opens the annotation toolbar on a paragraph, focused. */
  annotateParagraph: (n: number, element: HTMLElement) => void;
  /** Opens the annotation toolbar on the current selection, focused; false if nothing is selected. */
  annotateSelection: () => boolean;
  /** Moves to the next (1) or previous (-1) highlight after ¶ `fromParagraph`. */
  stepAnnotation: (step: 1 | -1, fromParagraph: number) => void;
  /** The selection changed by keyboard (caret mode, Shift+arrows). */
  selectionChanged: (text: string) => void;
  /** Caret mode started or ended. */
  caretChanged: (on: boolean) => void;
  /** ¶ n's element, drawn first if a long document had not drawn it (reveal.ts). */
  paragraph: (n: number) => HTMLElement | null;
  /** How many paragraphs the document has (numbered 1 to this). */
  paragraphCount: number;
  /** The paragraph the Tab key returns to changed (a long document keeps it drawn). */
  currentChanged: (n: number) => void;
}

/** The first paragraph at or after a heading, section or the title (set on each section). */
function paragraphAfter(target: HTMLElement): number {
  const section = target.closest<HTMLElement>('.document-section');
  return section ? Number(section.dataset.firstParagraph) : 1;
}

export function useReaderKeyboard(article: RefObject<HTMLElement | null>, handlers: ReaderKeyboardHandlers) {
  const [caret, setCaret] = useState(false);
  const [caretBox, setCaretBox] = useState<CaretBox | null>(null);
  const current = useRef<HTMLElement | null>(null);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  /** The paragraph the Tab key returns to, and F6 focuses. */
  const makeCurrent = useCallback((paragraph: HTMLElement) => {
    const previous = current.current;
    if (previous && previous !== paragraph) {
      previous.tabIndex = -1;
      previous.removeAttribute('data-pane-focus');
    }
    paragraph.tabIndex = 0;
    paragraph.setAttribute('data-pane-focus', '');
    current.current = paragraph;
    const n = Number(paragraph.dataset.paragraphN);
    if (n) handlersRef.current.currentChanged(n);
  }, []);

  const focusParagraph = useCallback(
    (paragraph: HTMLElement | undefined) => {
      if (!paragraph) return;
      makeCurrent(paragraph);
      paragraph.focus();
    },
    [makeCurrent],
  );

  // The first paragraph is the text's stop in the Tab order until another is visited.
  useEffect(() => {
    const root = article.current;
    if (!root) return;
    const first = root.querySelector<HTMLElement>(PARAGRAPH);
    if (first && !current.current?.isConnected) makeCurrent(first);
    const onFocusIn = (event: FocusEvent) => {
      const paragraph = (event.target as Element).closest?.<HTMLElement>(PARAGRAPH);
      if (paragraph && root.contains(paragraph)) makeCurrent(paragraph);
    };
    root.addEventListener('focusin', onFocusIn);
    return () => root.removeEventListener('focusin', onFocusIn);
  }, [article, makeCurrent]);

  const updateCaretBox = useCallback(() => {
    const rect = caretRect();
    setCaretBox(rect ? { top: rect.top, left: rect.left, height: rect.height } : null);
  }, []);

  const exitCaret = useCallback(
    (focus: boolean) => {
      setCaret(false);
      setCaretBox(null);
      handlersRef.current.caretChanged(false);
      if (focus) focusParagraph(caretParagraph() ?? current.current ?? undefined);
    },
    [focusParagraph],
  );

  const enterCaret = useCallback(
    (paragraph: HTMLElement) => {
      const text = paragraph.querySelector('.paragraph-text') ?? paragraph;
      makeCurrent(paragraph);
      paragraph.focus({ preventScroll: true });
      placeCaret(text);
      setCaret(true);
      handlersRef.current.caretChanged(true);
      updateCaretBox();
    },
    [makeCurrent, updateCaretBox],
  );

  // While in caret mode, the caret follows scrolling and resizing; clicking or leaving ends it.
  useEffect(() => {
    if (!caret) return;
    const root = article.current;
    const onScroll = () => updateCaretBox();
    const onPointer = () => exitCaret(false);
    const onFocusOut = (event: FocusEvent) => {
      if (!root?.contains(event.relatedTarget as Node | null)) exitCaret(false);
    };
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    root?.addEventListener('pointerdown', onPointer);
    root?.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
      root?.removeEventListener('pointerdown', onPointer);
      root?.removeEventListener('focusout', onFocusOut);
    };
  }, [caret, article, updateCaretBox, exitCaret]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const root = article.current;
    if (!root || event.defaultPrevented) return;
    const h = handlersRef.current;
    if (caret) {
      const move = caretMoveFor(event);
      if (move) {
        event.preventDefault();
        moveCaret(root, move);
        updateCaretBox();
        caretParagraph()?.scrollIntoView({ block: 'nearest' });
        const text = window.getSelection()?.toString() ?? '';
        if (move.extend) h.selectionChanged(text);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        window.getSelection()?.collapseToEnd();
        exitCaret(true);
        return;
      }
      if (isPlainKey(event) && (event.key === 'Enter' || event.key.toLowerCase() === 'a')) {
        event.preventDefault();
        if (h.annotateSelection()) exitCaret(false);
        return;
      }
      return;
    }
    const target = event.target as HTMLElement;
    if (!isPlainKey(event) || !target.matches(TEXT_TARGET)) return;
    const here = target.closest<HTMLElement>(PARAGRAPH);
    // By number, not by what is drawn: a long document draws only the paragraphs near the view.
    // From a paragraph, its neighbours; from a heading or section, the paragraphs around it.
    const count = h.paragraphCount;
    const clamp = (n: number) => Math.min(Math.max(n, 1), count);
    const hereN = here ? Number(here.dataset.paragraphN) : null;
    const next = hereN !== null ? hereN + 1 : paragraphAfter(target);
    const previous = hereN !== null ? hereN - 1 : next - 1;
    const at = (n: number) => (n >= 1 && n <= count ? h.paragraph(n) : null);
    const key = event.key;
    if (key === 'ArrowDown' || key === 'j') {
      event.preventDefault();
      focusParagraph(h.paragraph(clamp(next)) ?? undefined);
    } else if (key === 'ArrowUp' || key === 'k') {
      event.preventDefault();
      focusParagraph(h.paragraph(clamp(previous)) ?? undefined);
    } else if (key === 'Enter' && here) {
      event.preventDefault();
      h.annotateParagraph(Number(here.dataset.paragraphN), here);
    } else if ((key === 'c' || key === 'C') && count > 0) {
      const nearest = here ?? at(next) ?? at(previous);
      if (!nearest) return;
      event.preventDefault();
      enterCaret(nearest);
    } else if (key === 'a' || key === 'A') {
      event.preventDefault();
      if (!h.annotateSelection() && here) h.annotateParagraph(Number(here.dataset.paragraphN), here);
    } else if (key === ']' || key === '[') {
      event.preventDefault();
      h.stepAnnotation(key === ']' ? 1 : -1, hereN ?? (next <= count ? next : previous));
    }
  };

  return { caret, caretBox, onKeyDown, focusParagraph };
}
