/**
 * A windowed list: of many rows, only those in view (and a few either side) are in the page;
 * spacers above and below stand for the rest, so the scrollbar is the whole list's. Rows may
 * differ in height: each starts at an estimate and is measured once drawn.
 *
 * The list scrolls with its nearest scrolling ancestor (the library sidebar, the main pane):
 * it needs no scroll box of its own and keeps the page's layout.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface WindowedRows {
  /** The first and one-past-last row to draw. */
  start: number;
  end: number;
  /** Space standing for the rows above `start` and below `end`, in pixels. */
  before: number;
  after: number;
  /** Give each drawn row's element (with its index) so its height is measured. */
  measure: (index: number) => (element: HTMLElement | null) => void;
  /** Scrolls so that row `index` is in view (keyboard movement past the drawn rows). */
  scrollToRow: (index: number) => void;
}

function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** First index whose row ends below `y` (offsets[i] is row i's top; offsets has count + 1 entries). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] as number) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function useWindowedRows(
  /** The list (or table body) element, inside its scroll container. */
  listRef: RefObject<HTMLElement | null>,
  count: number,
  estimate: number,
  overscan = 6,
): WindowedRows {
  // Heights of rows measured once drawn (by index); the others count as `estimate`.
  const [measured, setMeasured] = useState<ReadonlyMap<number, number>>(() => new Map());
  const [viewport, setViewport] = useState({ top: 0, bottom: 800 });

  const offsets = useMemo(() => {
    const result = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) result[i + 1] = (result[i] as number) + (measured.get(i) ?? estimate);
    return result;
  }, [count, estimate, measured]);

  const update = useCallback(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    if (!list) return;
    const listTop = list.getBoundingClientRect().top;
    const viewTop = parent ? parent.getBoundingClientRect().top : 0;
    const viewHeight = parent ? parent.clientHeight : window.innerHeight;
    // The visible band, in the list's own coordinates.
    const top = viewTop - listTop;
    setViewport((current) =>
      current.top === top && current.bottom === top + viewHeight ? current : { top, bottom: top + viewHeight },
    );
  }, [listRef]);

  useLayoutEffect(() => {
    update();
    const parent = scrollParent(listRef.current);
    const target: HTMLElement | Window = parent ?? window;
    target.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      target.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [listRef, update, count]);

  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      const changes: Array<[number, number]> = [];
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.rowIndex);
        const height = (entry.target as HTMLElement).offsetHeight;
        if (Number.isInteger(index) && height > 0) changes.push([index, height]);
      }
      setMeasured((previous) => {
        if (changes.every(([index, height]) => previous.get(index) === height)) return previous;
        const next = new Map(previous);
        for (const [index, height] of changes) next.set(index, height);
        return next;
      });
    });
    return () => observer.current?.disconnect();
  }, []);

  // Drawn rows by index: a row scrolled out of the window is no longer observed.
  const drawn = useRef(new Map<number, HTMLElement>());
  const measure = useCallback(
    (index: number) => (element: HTMLElement | null) => {
      const previous = drawn.current.get(index);
      if (previous && previous !== element) observer.current?.unobserve(previous);
      if (!element) {
        drawn.current.delete(index);
        return;
      }
      element.dataset.rowIndex = String(index);
      drawn.current.set(index, element);
      observer.current?.observe(element);
    },
    [],
  );

  const total = offsets[count] as number;
  const start = count === 0 ? 0 : Math.max(0, rowAt(offsets, Math.max(0, viewport.top)) - overscan);
  const end = count === 0 ? 0 : Math.min(count, rowAt(offsets, Math.max(0, viewport.bottom)) + 1 + overscan);

  const scrollToRow = useCallback(
    (index: number) => {
      const list = listRef.current;
      const parent = scrollParent(list);
      if (!list || !parent) return;
      const rowTop = offsets[Math.max(0, Math.min(count, index))] as number;
      const listTop = list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
      const y = listTop + rowTop;
      if (y < parent.scrollTop || y > parent.scrollTop + parent.clientHeight - estimate) {
        parent.scrollTop = y - parent.clientHeight / 3;
      }
    },
    [listRef, offsets, count, estimate],
  );

  return {
    start,
    end,
    before: offsets[start] as number,
    after: total - (offsets[end] as number),
    measure,
    scrollToRow,
  };
}
