/**
 * A windowed list: of many rows, only those in view (and a few either side) are in the page;
 * spacers above and below stand for the rest, so the scrollbar is the whole list's. Rows may
 * differ in height: each starts at an estimate and is measured once drawn.
 *
 * The list scrolls with its nearest scrolling ancestor (the library sidebar, the main pane):
 * it needs no scroll box of its own and keeps the page's layout.
 *
 * Rows can be kept drawn outside the window (`keep`: the focused row, a jump's target, the
 * section headings of a long document): `runs` then lists what to draw, in order, and
 * `offsetOf` gives the space a gap between runs stands for.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** A stretch of rows to draw, `[start, end)`. */
export interface RowRun {
  start: number;
  end: number;
}

export interface WindowedRows {
  /** The first and one-past-last row to draw. */
  start: number;
  end: number;
  /** Space standing for the rows above `start` and below `end`, in pixels. */
  before: number;
  after: number;
  /** The window and the kept rows, merged and in order. */
  runs: readonly RowRun[];
  /** Row `index`'s top in the list (measured or estimated); `offsetOf(count)` is the list's height. */
  offsetOf: (index: number) => number;
  /** Give each drawn row's element (with its index) so its height is measured. */
  measure: (index: number) => (element: HTMLElement | null) => void;
  /** Scrolls so that row `index` is in view (keyboard movement past the drawn rows). */
  scrollToRow: (index: number) => void;
}

export interface WindowOptions {
  /** Rows beyond the view drawn on either side. */
  overscan?: number;
  /** Rows drawn wherever the view is, as `[start, end)` runs. */
  keep?: readonly RowRun[];
  /**
   * Count rows' vertical margins in their height (rows that are paragraphs with a bottom
   * margin; not for rows whose top and bottom margins collapse together).
   */
  margins?: boolean;
  /**
   * Scale the estimates of rows not yet measured by how the measured ones compared with theirs
   * (per-row estimates from text length, in a column whose width is not known in advance).
   */
  learn?: boolean;
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

/** The window and the kept runs, clipped to the list, sorted and merged. */
export function mergeRuns(window: RowRun, keep: readonly RowRun[], count: number): RowRun[] {
  const runs = [window, ...keep]
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(count, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: RowRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && run.start <= last.end) last.end = Math.max(last.end, run.end);
    else merged.push({ ...run });
  }
  return merged;
}

const NO_RUNS: readonly RowRun[] = [];

function outerHeight(element: HTMLElement, margins: boolean): number {
  if (!margins) return element.offsetHeight;
  const style = getComputedStyle(element);
  return element.offsetHeight + (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
}

export function useWindowedRows(
  /** The list (or table body) element, inside its scroll container. */
  listRef: RefObject<HTMLElement | null>,
  count: number,
  /** A row's height before it is measured: one for all, or per row. */
  estimate: number | ((index: number) => number),
  overscanOrOptions: number | WindowOptions = 6,
): WindowedRows {
  const options = typeof overscanOrOptions === 'number' ? { overscan: overscanOrOptions } : overscanOrOptions;
  const overscan = options.overscan ?? 6;
  const keep = options.keep ?? NO_RUNS;
  const margins = options.margins ?? false;
  const learn = options.learn ?? false;
  // Heights of rows measured once drawn (by index); the others count as `estimate`.
  const [measured, setMeasured] = useState<ReadonlyMap<number, number>>(() => new Map());
  const [viewport, setViewport] = useState({ top: 0, bottom: 800 });

  const offsets = useMemo(() => {
    const result = new Float64Array(count + 1);
    const guess = typeof estimate === 'number' ? () => estimate : estimate;
    let scale = 1;
    if (learn) {
      let actual = 0;
      let guessed = 0;
      for (const [index, height] of measured) {
        if (index >= count) continue;
        actual += height;
        guessed += guess(index);
      }
      if (guessed > 0) scale = actual / guessed;
    }
    for (let i = 0; i < count; i++) result[i + 1] = (result[i] as number) + (measured.get(i) ?? guess(i) * scale);
    return result;
  }, [count, estimate, measured, learn]);

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
    // Any scroll (caught on its way down): the scroll box can change when a pane moves from
    // beside the text to over it.
    document.addEventListener('scroll', update, { passive: true, capture: true });
    window.addEventListener('resize', update);
    // A list shown again (a pane toggled open) or a scroll box resized scrolls nothing: look again.
    const resized = new ResizeObserver(update);
    const parent = scrollParent(listRef.current);
    if (parent) resized.observe(parent);
    if (listRef.current) resized.observe(listRef.current);
    return () => {
      document.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
      resized.disconnect();
    };
  }, [listRef, update, count]);

  // Drawn rows by index: a row scrolled out of the window is no longer observed. One callback
  // per index, so a memoized row is not re-rendered for a new ref.
  const drawn = useRef(new Map<number, HTMLElement>());
  const callbacks = useRef(new Map<number, (element: HTMLElement | null) => void>());
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    observer.current = new ResizeObserver((entries) => {
      const changes: Array<[number, number]> = [];
      for (const entry of entries) {
        const element = entry.target as HTMLElement;
        const index = Number(element.dataset.rowIndex);
        const height = outerHeight(element, margins);
        if (Number.isInteger(index) && element.isConnected && element.offsetHeight > 0) changes.push([index, height]);
      }
      setMeasured((previous) => {
        if (changes.every(([index, height]) => previous.get(index) === height)) return previous;
        const next = new Map(previous);
        for (const [index, height] of changes) next.set(index, height);
        return next;
      });
    });
    // Rows drawn before the observer existed (the first render's) are observed now.
    for (const element of drawn.current.values()) observer.current.observe(element);
    return () => observer.current?.disconnect();
  }, [margins]);

  const measure = useCallback((index: number) => {
    let callback = callbacks.current.get(index);
    if (!callback) {
      callback = (element: HTMLElement | null) => {
        const previous = drawn.current.get(index);
        if (previous && previous !== element) observer.current?.unobserve(previous);
        if (!element) {
          drawn.current.delete(index);
          return;
        }
        element.dataset.rowIndex = String(index);
        drawn.current.set(index, element);
        observer.current?.observe(element);
      };
      callbacks.current.set(index, callback);
    }
    return callback;
  }, []);

  const total = offsets[count] as number;
  const start = count === 0 ? 0 : Math.max(0, rowAt(offsets, Math.max(0, viewport.top)) - overscan);
  const end = count === 0 ? 0 : Math.min(count, rowAt(offsets, Math.max(0, viewport.bottom)) + 1 + overscan);
  const runs = useMemo(() => mergeRuns({ start, end }, keep, count), [start, end, keep, count]);
  const offsetOf = useCallback(
    (index: number) => offsets[Math.max(0, Math.min(count, index))] as number,
    [offsets, count],
  );

  const scrollToRow = useCallback(
    (index: number) => {
      const list = listRef.current;
      const parent = scrollParent(list);
      if (!list || !parent) return;
      const rowTop = offsets[Math.max(0, Math.min(count, index))] as number;
      const listTop = list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
      const y = listTop + rowTop;
      const height = typeof estimate === 'number' ? estimate : estimate(index);
      if (y < parent.scrollTop || y > parent.scrollTop + parent.clientHeight - height) {
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
    runs,
    offsetOf,
    measure,
    scrollToRow,
  };
}
