/**
 * Word-level alignment of a quotation with source text, by dynamic programming over tokens.
 * Words are equal when their stems are (content words) or their spelling keys are (function
 * words, numbers); rarer words weigh more, so the alignment anchors on what matters.
 */
import type { Token } from './tokens.ts';

/** Whether two tokens count as the same word for alignment. */
export function sameWord(a: Token, b: Token): boolean {
  if (a.class === 'content' && b.class === 'content')
    return a.stem === b.stem || a.verb === b.verb || sameFamily(a.key, b.key);
  return a.key === b.key;
}

/**
 * Two long words sharing most of their beginning are forms of one word the stemmer does not
 * know (French conjugations: "renforcer"/"renforcerons", "soutiendrons"/"soutiendront").
 */
export function sameFamily(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common >= 6 && common >= 0.8 * shorter;
}

export type Weigh = (token: Token) => number;

/** Function words weigh little; content words weigh what the caller says (rarity). */
export const uniformWeight: Weigh = (token) => (token.class === 'content' || token.class === 'number' ? 2 : 0.5);

export interface Fit {
  /** First and one-past-last region token of the passage the quotation fits best. */
  start: number;
  end: number;
  /** Pairs of (quote token, region token) aligned as the same word. */
  pairs: Array<[number, number]>;
  score: number;
}

const MATCH = 0;
const SKIP_QUOTE = 1;
const SKIP_REGION = 2;

/**
 * Fitting alignment: the whole quotation against the best stretch of `region` (free to start
 * and end anywhere in it). Region words skipped inside the stretch cost a little (a
 * quotation may drop words); at an ellipsis of the quotation they cost nothing.
 */
export function fitQuote(quote: readonly Token[], region: readonly Token[], weigh: Weigh = uniformWeight): Fit {
  const n = quote.length;
  const m = region.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width);
  const at = (k: number) => score[k] as number;
  const regionGap = region.map((t) => 0.35 * Math.min(weigh(t), 2));
  for (let i = 1; i <= n; i++) {
    const q = quote[i - 1] as Token;
    const quoteGap = weigh(q);
    const freeGap = i < n && (quote[i] as Token).afterEllipsis;
    const row = i * width;
    const previousRow = (i - 1) * width;
    score[row] = at(previousRow) - quoteGap;
    move[row] = SKIP_QUOTE;
    for (let j = 1; j <= m; j++) {
      let best = at(previousRow + j) - quoteGap;
      let how = SKIP_QUOTE;
      const r = region[j - 1] as Token;
      if (sameWord(q, r)) {
        const matched = at(previousRow + j - 1) + weigh(q) * (q.key === r.key ? 1 : 0.9);
        if (matched > best) {
          best = matched;
          how = MATCH;
        }
      }
      const skipped = at(row + j - 1) - (i === n || freeGap ? 0 : (regionGap[j - 1] as number));
      if (skipped > best) {
        best = skipped;
        how = SKIP_REGION;
      }
      score[row + j] = best;
      move[row + j] = how;
    }
  }
  // Free trailing region: the best end column; ties go to the earliest (shortest) stretch.
  let endColumn = 0;
  for (let j = 1; j <= m; j++) if (at(n * width + j) > at(n * width + endColumn) + 1e-9) endColumn = j;
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = endColumn;
  while (i > 0) {
    const how = move[i * width + j];
    if (j > 0 && how === MATCH) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (j > 0 && how === SKIP_REGION) j--;
    else i--;
  }
  pairs.reverse();
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  return {
    start: first ? first[1] : 0,
    end: last ? last[1] + 1 : 0,
    pairs,
    score: at(n * width + endColumn),
  };
}

export type DiffOp = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/**
 * A word diff of `a` (the source passage) into `b` (the quotation): a weighted longest
 * common subsequence, so a shared rare word anchors the diff before a shared "the".
 */
export function diffTokens(a: readonly Token[], b: readonly Token[], weigh: Weigh = uniformWeight): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const table = new Float64Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const x = a[i] as Token;
      const y = b[j] as Token;
      const down = table[(i + 1) * width + j] as number;
      const right = table[i * width + j + 1] as number;
      let best = down > right ? down : right;
      if (sameWord(x, y)) {
        const diagonal = (table[(i + 1) * width + j + 1] as number) + weigh(y);
        if (diagonal >= best) best = diagonal;
      }
      table[i * width + j] = best;
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const x = a[i] as Token;
    const y = b[j] as Token;
    const here = table[i * width + j] as number;
    if (sameWord(x, y) && Math.abs(here - ((table[(i + 1) * width + j + 1] as number) + weigh(y))) < 1e-9) {
      ops.push({ op: 'equal', a: i++, b: j++ });
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) {
      ops.push({ op: 'delete', a: i++ });
    } else {
      ops.push({ op: 'insert', b: j++ });
    }
  }
  while (i < n) ops.push({ op: 'delete', a: i++ });
  while (j < m) ops.push({ op: 'insert', b: j++ });
  return ops;
}
