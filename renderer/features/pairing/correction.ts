import type { ParagraphPairView } from '../../../shared/api/index.ts';

type Side = 'a' | 'b';

/** Paragraph ids of each side of a correction (an empty side: "no counterpart"). */
export interface PairCorrection {
  a: string[];
  b: string[];
}

const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** `ids` with `id` added, in reading order, when `id` stands right before or after them. */
function joined(ids: readonly string[], id: string, order: readonly string[]): string[] | null {
  const at = (x: string) => order.indexOf(x);
  const positions = ids.map(at).filter((k) => k >= 0);
  if (positions.length === 0) return null;
  const k = at(id);
  if (k < 0 || (k !== Math.min(...positions) - 1 && k !== Math.max(...positions) + 1)) return null;
  return [...ids, id].sort((x, y) => at(x) - at(y));
}

/**
 * The correction made by pairing paragraph `id` of `side` with paragraph `other` of the other
 * side (dropped onto it, or chosen from the keyboard), or with nothing.
 *
 * A paragraph the aligner left alone that stands next to a paragraph of the target's pair
 * joins that pair: the translation split or merged it (FR ¶ 2 and ¶ 3 both render EN ¶ 2), and
 * that is the only way a 1–2 or 2–1 pair can be set by hand. Either end may be the alone one:
 * the alone paragraph dropped onto its neighbour's counterpart, or the counterpart dropped onto
 * it. Any other drop makes a pair of the two paragraphs alone (a swap put right).
 */
export function correctionFor(
  pairs: readonly ParagraphPairView[],
  orders: Readonly<Record<Side, readonly string[]>>,
  side: Side,
  id: string,
  other: string | null,
): PairCorrection {
  const alone = (s: Side, x: string) => pairs.some((p) => p[s].includes(x) && p[otherSide(s)].length === 0);
  const pairOf = (s: Side, x: string) => pairs.find((p) => p[s].includes(x));
  const make = (s: Side, mine: string[], theirs: string[]): PairCorrection =>
    s === 'a' ? { a: mine, b: theirs } : { a: theirs, b: mine };
  if (other === null) return make(side, [id], []);
  // The dragged paragraph is alone and next to one paired with the target: it joins that pair.
  const target = pairOf(otherSide(side), other);
  if (target && alone(side, id)) {
    const mine = joined(target[side], id, orders[side]);
    if (mine) return make(side, mine, [...target[otherSide(side)]]);
  }
  // The target is alone and next to one paired with the dragged paragraph: it joins that pair.
  const source = pairOf(side, id);
  if (source && alone(otherSide(side), other)) {
    const theirs = joined(source[otherSide(side)], other, orders[otherSide(side)]);
    if (theirs) return make(side, [...source[side]], theirs);
  }
  return make(side, [id], [other]);
}
