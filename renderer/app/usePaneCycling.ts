/**
 * F6 and Shift+F6 move between the window's panes (the sidebar, the outline, the text, the
 * annotations…), as in most desktop apps. A pane is a visible element marked `data-pane`.
 */
import { useEffect } from 'react';
import { firstFocusable, focusElement } from './keys.ts';

function visible(element: HTMLElement): boolean {
  if (element.closest('[inert]')) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/**
 * The panes in reading order, innermost only: the main area is a pane for views that have
 * none of their own, and gives way to the reader's outline, text and annotations.
 */
export function panes(root: ParentNode = document): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>('[data-pane]')].filter(visible);
  return all.filter((pane) => !all.some((other) => other !== pane && pane.contains(other)));
}

/**
 * Where focus goes in a pane: its `data-pane-focus` element (one marked `fallback` only when
 * no other is marked), else its first control, else the pane itself.
 */
export function paneFocusTarget(pane: HTMLElement): HTMLElement {
  return (
    pane.querySelector<HTMLElement>('[data-pane-focus]:not([data-pane-focus="fallback"])') ??
    pane.querySelector<HTMLElement>('[data-pane-focus]') ??
    firstFocusable(pane) ??
    pane
  );
}

/** Focuses the pane `step` places from the one holding focus (wrapping around). */
export function cyclePanes(step: 1 | -1): void {
  const list = panes();
  if (list.length === 0) return;
  const active = document.activeElement;
  let index = list.findIndex((pane) => pane.contains(active));
  if (index === -1) {
    // Focus between panes (a toolbar, the page itself): step from where it is in reading order.
    const before = active
      ? list.filter((pane) => pane.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING).length
      : 0;
    index = step === 1 ? before - 1 : before;
  }
  const next = list[(index + step + list.length) % list.length];
  if (next) focusElement(paneFocusTarget(next));
}

export function usePaneCycling(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      cyclePanes(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
