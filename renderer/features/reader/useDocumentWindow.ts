/**
 * Which parts of a long document are drawn. A document of more than `WINDOWED_FROM` paragraphs
 * draws its paragraphs near the view (components/useWindowedRows.ts), the section headings
 * (so the outline, heading navigation and the sections' landmarks stay whole), and the
 * paragraphs something is pointing at: the one the keyboard is on, a jump's target, the ends of
 * the selection. Spacers stand for the rest, at their measured or estimated height, so the
 * scrollbar is the whole document's. Shorter documents are drawn whole, as before.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Section } from '../../../shared/model/index.ts';
import { useWindowedRows, type RowRun } from '../../components/useWindowedRows.ts';
import { registerParagraphRevealer } from './reveal.ts';

/** Paragraphs above which the reader windows the document. */
export const WINDOWED_FROM = 300;

/** Rows beyond the view drawn on either side: room for the keyboard and a screen reader's next line. */
const OVERSCAN = 12;

/** A selection's ends are kept drawn; the paragraphs between too, up to this many. */
const SELECTION_SPAN = 400;

/** Estimated heights (the reading column: ~70 characters a line, 28 px lines, 1 em between paragraphs). */
const HEADING_HEIGHT = 70;
const LINE_HEIGHT = 28.4;
const CHARACTERS_PER_LINE = 70;
const PARAGRAPH_GAP = 17;

interface Row {
  section: number;
  /** The paragraph's number, or null for the section's heading. */
  n: number | null;
  length: number;
}

export interface DocumentWindow {
  windowed: boolean;
  /** Rows to draw (row indices), merged and in order; everything when not windowed. */
  runs: readonly RowRun[];
  /** Row indices of a section: its heading (if any) and its paragraphs, `[first, end)`. */
  sectionRows: (section: number) => RowRun;
  /** The row of ¶ n. */
  rowOf: (n: number) => number;
  /** Space standing for rows `[from, to)`. */
  space: (from: number, to: number) => number;
  /** Measures a drawn row (windowed only). */
  measure: (row: number) => ((element: HTMLElement | null) => void) | undefined;
}

export function useDocumentWindow(
  sections: readonly Section[],
  bodyRef: RefObject<HTMLElement | null>,
  /** Paragraph numbers to keep drawn (the focused one, the route's target and the passage after it). */
  pinned: ReadonlyArray<{ n: number; span: number }>,
): DocumentWindow {
  const { rows, sectionStarts, paragraphRows } = useMemo(() => {
    const rows: Row[] = [];
    const sectionStarts: number[] = [];
    const paragraphRows = new Map<number, number>();
    sections.forEach((section, index) => {
      sectionStarts.push(rows.length);
      if (section.heading) rows.push({ section: index, n: null, length: section.heading.length });
      for (const paragraph of section.paragraphs) {
        paragraphRows.set(paragraph.n, rows.length);
        rows.push({ section: index, n: paragraph.n, length: paragraph.text.length });
      }
    });
    sectionStarts.push(rows.length);
    return { rows, sectionStarts, paragraphRows };
  }, [sections]);
  const windowed = paragraphRows.size > WINDOWED_FROM;

  const estimate = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row || row.n === null) return HEADING_HEIGHT;
      return Math.max(1, Math.ceil(row.length / CHARACTERS_PER_LINE)) * LINE_HEIGHT + PARAGRAPH_GAP;
    },
    [rows],
  );
  const rowOf = useCallback((n: number) => paragraphRows.get(n) ?? -1, [paragraphRows]);

  // A jump's target (outline, find, a card) stays drawn until the next jump.
  const [target, setTarget] = useState<RowRun | null>(null);
  // The selection's ends (and what lies between, if not too far).
  const [selected, setSelected] = useState<readonly RowRun[]>([]);

  useEffect(() => {
    if (!windowed) return;
    const onSelectionChange = () => {
      const selection = window.getSelection();
      const body = bodyRef.current;
      const rowOfNode = (node: Node | null | undefined) => {
        const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.paragraph');
        return paragraph && body?.contains(paragraph) ? rowOf(Number(paragraph.dataset.paragraphN)) : -1;
      };
      const ends =
        selection && !selection.isCollapsed ? [rowOfNode(selection.anchorNode), rowOfNode(selection.focusNode)] : [];
      const [a, b] = ends.filter((row) => row >= 0).sort((x, y) => x - y);
      const next: RowRun[] =
        a === undefined
          ? []
          : b === undefined || b - a <= SELECTION_SPAN
            ? [{ start: a, end: (b ?? a) + 1 }]
            : [
                { start: a, end: a + 1 },
                { start: b, end: b + 1 },
              ];
      setSelected((current) =>
        current.length === next.length && current.every((r, i) => r.start === next[i]?.start && r.end === next[i]?.end)
          ? current
          : next,
      );
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [windowed, bodyRef, rowOf]);

  const headingRuns = useMemo(
    () => rows.flatMap((row, index) => (row.n === null ? [{ start: index, end: index + 1 }] : [])),
    [rows],
  );
  const pinnedKey = pinned.map((p) => `${p.n}+${p.span}`).join(',');
  const keep = useMemo(() => {
    const runs: RowRun[] = [...headingRuns, ...selected];
    if (target) runs.push(target);
    for (const { n, span } of pinned) {
      const row = rowOf(n);
      if (row >= 0) runs.push({ start: row, end: row + Math.max(1, span) });
    }
    return runs;
    // pinned is compared by value (pinnedKey): callers pass a fresh array each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [headingRuns, selected, target, pinnedKey, rowOf]);

  const visible = useWindowedRows(bodyRef, windowed ? rows.length : 0, estimate, {
    overscan: OVERSCAN,
    keep,
    margins: true,
    learn: true,
  });

  // Other parts of the reader (find, cards, keyboard) draw a paragraph before reaching it.
  useEffect(() => {
    if (!windowed) return;
    return registerParagraphRevealer((n, span) => {
      const row = rowOf(n);
      if (row < 0) return;
      flushSync(() => setTarget({ start: row, end: row + Math.max(1, span) }));
    });
  }, [windowed, rowOf]);

  const all = useMemo(() => [{ start: 0, end: rows.length }], [rows.length]);
  const sectionRows = useCallback(
    (section: number) => ({ start: sectionStarts[section] ?? 0, end: sectionStarts[section + 1] ?? 0 }),
    [sectionStarts],
  );
  const { offsetOf, measure: measureRow } = visible;
  const space = useCallback((from: number, to: number) => offsetOf(to) - offsetOf(from), [offsetOf]);
  const measure = useCallback((row: number) => (windowed ? measureRow(row) : undefined), [windowed, measureRow]);
  return { windowed, runs: windowed ? visible.runs : all, sectionRows, rowOf, space, measure };
}
