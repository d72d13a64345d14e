/**
 * Carrying an offset from one version of a document to another through the paragraphs they
 * share. Paragraph ids come from the paragraph's text, so an unchanged paragraph has the same
 * id in both versions wherever it moved; this gives the matcher a very good first guess.
 */
import type { ParagraphSpan } from './canonical.ts';

/**
 * Where `offset` (in the old text) probably is in the new text: the same place in the same
 * paragraph if it survived, else the same distance after the nearest surviving paragraph
 * before it (or before the nearest one after it). `undefined` when no paragraph survived.
 */
export function mapOffset(
  oldParagraphs: readonly ParagraphSpan[],
  newParagraphs: readonly ParagraphSpan[],
  offset: number,
): number | undefined {
  return offsetMapper(oldParagraphs, newParagraphs)(offset);
}

/** `mapOffset` for many offsets between the same two versions (the index is built once). */
export function offsetMapper(
  oldParagraphs: readonly ParagraphSpan[],
  newParagraphs: readonly ParagraphSpan[],
): (offset: number) => number | undefined {
  const newById = new Map(newParagraphs.map((p) => [p.id, p]));
  return (offset) => mapWith(oldParagraphs, newById, offset);
}

function mapWith(
  oldParagraphs: readonly ParagraphSpan[],
  newById: ReadonlyMap<string, ParagraphSpan>,
  offset: number,
): number | undefined {
  if (oldParagraphs.length === 0 || newById.size === 0) return undefined;
  // Binary search: the first paragraph ending at or after the offset.
  let low = 0;
  let high = oldParagraphs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((oldParagraphs[mid] as ParagraphSpan).end < offset) low = mid + 1;
    else high = mid;
  }
  const index = low;
  const own = oldParagraphs[index] as ParagraphSpan;
  const same = newById.get(own.id);
  if (same && offset >= own.start) return same.start + (offset - own.start);
  for (let i = index - 1; i >= 0; i--) {
    const before = oldParagraphs[i] as ParagraphSpan;
    const mapped = newById.get(before.id);
    if (mapped) return mapped.end + (offset - before.end);
  }
  for (let i = index + 1; i < oldParagraphs.length; i++) {
    const after = oldParagraphs[i] as ParagraphSpan;
    const mapped = newById.get(after.id);
    if (mapped) return Math.max(0, mapped.start - (after.start - offset));
  }
  return undefined;
}
