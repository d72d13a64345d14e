/**
 * Ranking search hits without FTS5's bm25(). bm25() weighs each query word by how many rows of
 * the whole index contain it, which it learns by reading every one of them: for a common word
 * in a library of 10,000 documents that is 190,000 rows read for each query, 50-70 ms, five
 * times that at 50,000. The matches to rank are already bounded (the rank window in
 * search.store.ts), so they are scored here with BM25 over themselves: word weights from how
 * many of these matches contain each word, lengths against their own average, the columns
 * weighted as before (a note's title and tags above body text).
 *
 * Words are cut and folded as FTS5's tokenizer (`unicode61 remove_diacritics 2`) does: runs of
 * letters and digits, lower case, accents dropped.
 */

/** A positive term of the user's expression: a word, a prefix (`nucl*`) or a phrase. */
export interface RankTerm {
  tokens: string[];
  prefix: boolean;
}

export interface RankRow {
  rowid: number;
  body: string;
  title: string;
  comment: string;
  tags: string;
}

/** Column weights, as the index's bm25 configuration had them (migration 004). */
const COLUMN_WEIGHTS = { body: 1, title: 4, comment: 2, tags: 3 } as const;
type Column = keyof typeof COLUMN_WEIGHTS;
const COLUMNS = Object.keys(COLUMN_WEIGHTS) as Column[];
const K1 = 1.2;
const B = 0.75;

/** Folded forms of accented letters, worked out once per letter (NFKD, marks dropped). */
const FOLDED = new Map<string, string>();
function foldLetter(letter: string): string {
  let folded = FOLDED.get(letter);
  if (folded === undefined) FOLDED.set(letter, (folded = letter.normalize('NFKD').replace(/\p{M}+/gu, '')));
  return folded;
}

/** Text as the index compares it: lower case, accents dropped (one letter at a time, only where there are any). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return /[^ -~\t\n\r]/.test(lower) ? lower.replace(/[^ -~\t\n\r]/g, foldLetter) : lower;
}

/** Text as the index sees it: folded tokens. */
export function foldTokens(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The quoted terms of an FTS5 expression built by `parseSearchQuery` ("word", "a phrase",
 * "pre"*), filters aside. Words the expression leaves out (NOT) are listed too: no match
 * contains them, so they add nothing to a score.
 */
export function rankTerms(userMatch: string): RankTerm[] {
  const terms: RankTerm[] = [];
  for (const found of userMatch.matchAll(/"((?:[^"]|"")*)"(\*)?/g)) {
    const tokens = foldTokens((found[1] ?? '').replace(/""/g, '"'));
    if (tokens.length > 0) terms.push({ tokens, prefix: found[2] === '*' });
  }
  return terms;
}

/** Whether the character at `i` belongs to a word (letters and digits, as the tokenizer has it). */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return /[\p{L}\p{N}]/u.test(text[i] as string);
}

/**
 * Where the term's next word starts after `from` (its words in a row, separated by anything but
 * letters and digits), or -1. `folded` is folded text, the term's words folded tokens.
 */
function matchAt(term: RankTerm, folded: string, at: number): boolean {
  let position = at;
  const last = term.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const word = term.tokens[k] as string;
    if (!folded.startsWith(word, position)) return false;
    position += word.length;
    if (k === last) return term.prefix || !isWordChar(folded, position);
    if (isWordChar(folded, position)) return false;
    while (position < folded.length && !isWordChar(folded, position)) position++;
  }
  return false;
}

/** How often the term occurs in folded text (whole words; a prefix: the last word begun). */
function occurrences(term: RankTerm, folded: string): number {
  const first = term.tokens[0] as string;
  let count = 0;
  for (let i = folded.indexOf(first); i >= 0; i = folded.indexOf(first, i + 1)) {
    if ((i === 0 || !isWordChar(folded, i - 1)) && matchAt(term, folded, i)) count++;
  }
  return count;
}

/** About how many words a column has (length normalization needs no more than that). */
function wordCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** Scores each row (higher is better) with BM25 over the rows given. */
export function scoreRows(rows: readonly RankRow[], terms: readonly RankTerm[]): Map<number, number> {
  const prepared = rows.map((row) => ({
    rowid: row.rowid,
    folded: Object.fromEntries(COLUMNS.map((c) => [c, row[c] === '' ? '' : foldText(row[c])])) as Record<
      Column,
      string
    >,
    length: Object.fromEntries(COLUMNS.map((c) => [c, wordCount(row[c])])) as Record<Column, number>,
  }));
  const averageLength = Object.fromEntries(
    COLUMNS.map((c) => [c, Math.max(1, prepared.reduce((n, r) => n + r.length[c], 0) / Math.max(1, rows.length))]),
  ) as Record<Column, number>;
  // Occurrences per row, term and column; and in how many rows each term occurs at all.
  const counts = prepared.map((row) => terms.map((term) => COLUMNS.map((c) => occurrences(term, row.folded[c]))));
  const containing = terms.map((_, t) => counts.filter((row) => (row[t] as number[]).some((n) => n > 0)).length);
  const total = rows.length;
  const scores = new Map<number, number>();
  prepared.forEach((row, r) => {
    let score = 0;
    terms.forEach((_, t) => {
      const df = containing[t] as number;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      COLUMNS.forEach((column, c) => {
        const tf = (counts[r] as number[][])[t]?.[c] ?? 0;
        if (tf === 0) return;
        const norm = 1 - B + (B * row.length[column]) / averageLength[column];
        score += COLUMN_WEIGHTS[column] * idf * ((tf * (K1 + 1)) / (tf + K1 * norm));
      });
    });
    scores.set(row.rowid, score);
  });
  return scores;
}
