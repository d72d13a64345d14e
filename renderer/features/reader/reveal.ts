/**
 * Reaching a paragraph of a long document that is not drawn yet. The reader draws only the
 * paragraphs near the view (useDocumentWindow.ts); whoever needs ¶ n's element (the find bar, a
 * highlight's card, the keyboard) asks here, and the open reader draws it first, in place.
 */
type Revealer = (n: number, span: number) => void;

const revealers = new Set<Revealer>();

/** The open reader offers to draw paragraphs on demand; returns the function that withdraws it. */
export function registerParagraphRevealer(revealer: Revealer): () => void {
  revealers.add(revealer);
  return () => revealers.delete(revealer);
}

/**
 * ¶ n's element, drawn first if the reader had not drawn it (with the `span - 1` paragraphs
 * after it). Call it from an event handler: the drawing happens synchronously (flushSync).
 */
export function paragraphElement(n: number, span = 1): HTMLElement | null {
  const found = document.getElementById(`p-${n}`);
  if (found) return found;
  for (const reveal of revealers) reveal(n, span);
  return document.getElementById(`p-${n}`);
}

/** Windowed lists: a long document's text, a long list of annotation cards. */
const WINDOWED = '.document--windowed, .annotation-list--windowed';

/**
 * Scrolls `element` into view. In a windowed (long) document the rows drawn on the way are
 * measured and the spacers change height, so a smooth scroll would land short: it jumps, then
 * scrolls again on the next frames until the element stays put.
 */
export function bringIntoView(element: Element, options: { block: ScrollLogicalPosition; smooth?: boolean }): void {
  if (!element.closest(WINDOWED)) {
    element.scrollIntoView({ block: options.block, behavior: options.smooth ? 'smooth' : 'auto' });
    return;
  }
  element.scrollIntoView({ block: options.block });
  let frames = 0;
  let top = element.getBoundingClientRect().top;
  const settle = () => {
    if (!element.isConnected || frames++ > 10) return;
    element.scrollIntoView({ block: options.block });
    const now = element.getBoundingClientRect().top;
    if (Math.abs(now - top) < 1 && frames > 2) return;
    top = now;
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
