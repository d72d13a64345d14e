/**
 * When the user opens a view (a document, a note, a pack…), focus moves into it — to its
 * `data-view-focus` element, else its first heading (not while a `data-view-pending` placeholder
 * says the target is still loading) — so that a keyboard or screen-reader
 * user continues where the content is, never from the top of the page. Views load their data
 * first, so it waits (a few seconds at most) for the heading to appear. It leaves focus alone
 * when the view has already placed it (a paragraph to show) or the user is typing elsewhere
 * (the search box, which opens the results view as you type).
 */
import { useEffect, type RefObject } from 'react';
import { focusElement, isTypingTarget, lastInputWasKeyboard } from './keys.ts';

/** How long to wait for a view to render its heading (frames, about 3 s). */
const MAX_FRAMES = 180;

export function focusView(root: HTMLElement): boolean {
  // A view still loading what should take focus (an opened pack) marks its placeholder.
  if (root.querySelector('[data-view-pending]')) return false;
  const target = root.querySelector<HTMLElement>('[data-view-focus]') ?? root.querySelector<HTMLElement>('h1');
  // `focusVisible` (Chromium): the ring shows when the user came by keyboard, not after a click.
  return focusElement(target, { preventScroll: true, focusVisible: lastInputWasKeyboard() } as FocusOptions);
}

export function useViewFocus(viewKey: string, main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let frames = 0;
    let frame = 0;
    // What had focus when the view changed: the link or button that opened it, or a field.
    const trigger = document.activeElement;
    if (isTypingTarget(trigger)) return;
    const attempt = () => {
      const root = main.current;
      if (!root) return;
      const active = document.activeElement;
      if (active && active !== trigger && active !== root && root.contains(active)) return;
      if (isTypingTarget(active)) return;
      if (focusView(root)) return;
      if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
      else focusElement(root, { preventScroll: true });
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [viewKey, main]);
}
