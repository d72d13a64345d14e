/**
 * From a DOM selection in the reading view to offsets in the canonical text. Each paragraph's
 * text sits in a `.paragraph-text` element whose `data-start` is its offset in the canonical
 * text; highlight marks inside it do not change its text, so lengths add up.
 */

export const PARAGRAPH_TEXT_CLASS = 'paragraph-text';

function offsetWithin(element: Element, node: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

function startOf(element: Element): number {
  return Number((element as HTMLElement).dataset.start ?? 0);
}

/** `[start, end)` in the canonical text for a selection inside `root`, or null if none. */
export function selectionToOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const touched = [...root.querySelectorAll(`.${PARAGRAPH_TEXT_CLASS}`)].filter((el) => range.intersectsNode(el));
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return null;
  const start = first.contains(range.startContainer)
    ? startOf(first) + offsetWithin(first, range.startContainer, range.startOffset)
    : startOf(first);
  const end = last.contains(range.endContainer)
    ? startOf(last) + offsetWithin(last, range.endContainer, range.endOffset)
    : startOf(last) + (last.textContent ?? '').length;
  return end > start ? { start, end } : null;
}
