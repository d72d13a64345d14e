/**
 * Marks search hits in the reader with the CSS Custom Highlight API: ranges over the text the
 * reader already rendered, so the reader's DOM (and React's hold on it) is never changed.
 * Where the API is missing, hits are still listed and scrolled to, only not painted.
 */
import type { SnippetSegment } from '../../../shared/search/snippet.ts';

export const HIT_HIGHLIGHT = 'search-hit';
export const CURRENT_HIGHLIGHT = 'search-hit-current';

interface HighlightRegistry {
  set: (name: string, highlight: unknown) => void;
  delete: (name: string) => void;
}

function registry(): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !HighlightClass) return null;
  return { highlights: css.highlights, make: (ranges) => new HighlightClass(...ranges) };
}

/** The text nodes of a paragraph element, without its ¶ number. */
function textNodes(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.paragraph-number') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** DOM ranges for the matching segments of one paragraph's text. */
export function rangesFor(element: Element, segments: readonly SnippetSegment[]): Range[] {
  const nodes = textNodes(element);
  const rendered = nodes.map((n) => n.data).join('');
  const text = segments.map((s) => s.text).join('');
  const base = rendered.indexOf(text);
  if (base === -1) return [];
  const locate = (offset: number): [Text, number] | null => {
    let seen = 0;
    for (const node of nodes) {
      if (offset <= seen + node.data.length) return [node, offset - seen];
      seen += node.data.length;
    }
    return null;
  };
  const ranges: Range[] = [];
  let offset = base;
  for (const segment of segments) {
    if (segment.match) {
      const start = locate(offset);
      const end = locate(offset + segment.text.length);
      if (start && end) {
        const range = document.createRange();
        range.setStart(start[0], start[1]);
        range.setEnd(end[0], end[1]);
        ranges.push(range);
      }
    }
    offset += segment.text.length;
  }
  return ranges;
}

/** Paints every hit, and the current paragraph's hits more strongly; returns how many were painted. */
export function paintHits(
  paragraphs: ReadonlyArray<{ n: number; segments: readonly SnippetSegment[] }>,
  current: number | null,
): number {
  const api = registry();
  const all: Range[] = [];
  const currentRanges: Range[] = [];
  for (const paragraph of paragraphs) {
    const element = document.getElementById(`p-${paragraph.n}`);
    if (!element) continue;
    const ranges = rangesFor(element, paragraph.segments);
    all.push(...ranges);
    if (paragraph.n === current) currentRanges.push(...ranges);
  }
  if (api) {
    api.highlights.set(HIT_HIGHLIGHT, api.make(all));
    api.highlights.set(CURRENT_HIGHLIGHT, api.make(currentRanges));
  }
  return all.length;
}

export function clearHits(): void {
  const api = registry();
  api?.highlights.delete(HIT_HIGHLIGHT);
  api?.highlights.delete(CURRENT_HIGHLIGHT);
}
