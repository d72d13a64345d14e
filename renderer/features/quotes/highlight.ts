/** Splits a text into plain pieces and marked ranges (ranges sorted, not overlapping). */
export interface Piece<T> {
  text: string;
  mark: T | null;
}

export function splitByRanges<T>(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number; mark: T }>,
): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: null });
    pieces.push({ text: text.slice(start, range.end), mark: range.mark });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}
