/**
 * Splitting a paragraph's text into runs covered by the same annotations, so highlights are
 * derived from anchors (never stored in the text) and overlapping ones nest correctly.
 */

export interface HighlightRange {
  id: string;
  color: string;
  /** `[start, end)` in the canonical text. */
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Annotations covering this run, latest-starting last (its colour shows). */
  ids: string[];
  color: string | null;
}

/** Runs of `text` (which starts at `offset` in the canonical text) and who covers each. */
export function segmentParagraph(text: string, offset: number, ranges: readonly HighlightRange[]): Segment[] {
  const end = offset + text.length;
  const local = ranges
    .filter((r) => r.end > offset && r.start < end)
    .map((r) => ({ ...r, from: Math.max(0, r.start - offset), to: Math.min(text.length, r.end - offset) }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  if (local.length === 0) return [{ text, ids: [], color: null }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of local) {
    cuts.add(r.from);
    cuts.add(r.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    if (to <= from) continue;
    const covering = local.filter((r) => r.from <= from && r.to >= to);
    segments.push({
      text: text.slice(from, to),
      ids: covering.map((r) => r.id),
      color: covering.at(-1)?.color ?? null,
    });
  }
  return segments;
}

/**
 * Each paragraph's highlight ranges (by ¶ number), from annotations anchored in the canonical
 * text: a change then re-renders only the paragraphs it touches.
 */
export function highlightRangesByParagraph(
  annotations: ReadonlyArray<{ id: string; color: string; anchor: { start: number | null; end: number | null } }>,
  paragraphs: ReadonlyArray<{ n: number; start: number; end: number }>,
): Map<number, HighlightRange[]> {
  const map = new Map<number, HighlightRange[]>();
  for (const a of annotations) {
    if (a.anchor.start === null || a.anchor.end === null) continue;
    const range = { id: a.id, color: a.color, start: a.anchor.start, end: a.anchor.end };
    // Paragraphs are in text order: start at the first one ending after the range starts.
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((paragraphs[mid]?.end ?? 0) <= range.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < paragraphs.length; i++) {
      const p = paragraphs[i] as { n: number; start: number; end: number };
      if (p.start >= range.end) break;
      const list = map.get(p.n);
      if (list) list.push(range);
      else map.set(p.n, [range]);
    }
  }
  return map;
}
