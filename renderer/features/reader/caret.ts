/**
 * Caret mode: selecting the document's text from the keyboard. The document is not editable,
 * so the browser shows no caret there; we keep a collapsed DOM selection as the caret, move or
 * extend it with `Selection.modify` (by character, word, line, sentence or paragraph, as the
 * browser's own text editing does), and draw the caret ourselves. The selection is the same one
 * the mouse makes, so annotating it takes the same path.
 */

export type Granularity = 'character' | 'word' | 'line' | 'sentence' | 'paragraph' | 'lineboundary';

export interface CaretMove {
  granularity: Granularity;
  direction: 'forward' | 'backward';
  /** Shift held: extend the selection instead of moving the caret. */
  extend: boolean;
}

/**
 * The caret movement a key asks for, or null: arrows by character and line, Ctrl+arrows by
 * word and paragraph, Alt+↑/↓ by sentence, Home/End to the line's ends; Shift extends.
 */
export function caretMoveFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): CaretMove | null {
  const word = event.ctrlKey || event.metaKey;
  const extend = event.shiftKey;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      if (event.altKey) return null;
      return {
        granularity: word ? 'word' : 'character',
        direction: event.key === 'ArrowRight' ? 'forward' : 'backward',
        extend,
      };
    case 'ArrowUp':
    case 'ArrowDown': {
      const granularity = event.altKey ? 'sentence' : word ? 'paragraph' : 'line';
      return { granularity, direction: event.key === 'ArrowDown' ? 'forward' : 'backward', extend };
    }
    case 'Home':
    case 'End':
      return { granularity: 'lineboundary', direction: event.key === 'End' ? 'forward' : 'backward', extend };
    default:
      return null;
  }
}

/** Puts a collapsed selection (the caret) at the start of `element`'s text. */
export function placeCaret(element: Element): void {
  const selection = window.getSelection();
  if (!selection) return;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) selection.collapse(first, 0);
  else selection.collapse(element, 0);
}

/**
 * Moves or extends the selection inside `root`. A move that would leave `root` (past the last
 * paragraph, into the page's header) is undone, so the caret stays in the document.
 */
export function moveCaret(root: Element, move: CaretMove): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const before = {
    anchorNode: selection.anchorNode,
    anchorOffset: selection.anchorOffset,
    focusNode: selection.focusNode,
    focusOffset: selection.focusOffset,
  };
  selection.modify(move.extend ? 'extend' : 'move', move.direction, move.granularity);
  if (!selection.focusNode || !root.contains(selection.focusNode)) {
    if (before.anchorNode && before.focusNode) {
      selection.setBaseAndExtent(before.anchorNode, before.anchorOffset, before.focusNode, before.focusOffset);
    }
  }
}

/** Where the caret is on screen (the selection's moving end), or null. */
export function caretRect(): DOMRect | null {
  const selection = window.getSelection();
  if (!selection?.focusNode) return null;
  const range = document.createRange();
  try {
    range.setStart(selection.focusNode, selection.focusOffset);
  } catch {
    return null;
  }
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // At an element boundary a collapsed range has no box: use the text around it.
  const element = selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement;
  const box = element?.getBoundingClientRect();
  return box ? new DOMRect(box.left, box.top, 0, Math.min(box.height, 24)) : null;
}

/** The paragraph (`.paragraph`) holding the caret, if any. */
export function caretParagraph(): HTMLElement | null {
  const node = window.getSelection()?.focusNode;
  const element = node instanceof Element ? node : node?.parentElement;
  return element?.closest<HTMLElement>('.paragraph') ?? null;
}
