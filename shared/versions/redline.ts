/**
 * A redline between two versions of a document: which paragraphs (and headings) stayed, moved,
 * changed, came or went, and for each changed one which words. Paragraphs are aligned as whole
 * texts (Myers' diff over one symbol per distinct text, via diff-match-patch); inside a run of
 * removals and additions, a removed paragraph is paired with the added one it most resembles,
 * in order, when they share at least half their words — else they stand as removed and added.
 * A removed text that reappears word for word elsewhere is a move; one that reappears reworded
 * elsewhere is a change, shown where it now is.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Section } from '../model/document.ts';

/** A paragraph or heading as the redline shows it. */
export interface RedlineItem {
  /** The paragraph's number in its version (for a heading: the number of the paragraph after it). */
  n: number;
  /** The printed label, as citations show it. */
  label: string;
  text: string;
  heading: boolean;
}

export type WordOp = 'same' | 'added' | 'removed';
export interface WordChange {
  op: WordOp;
  text: string;
}

export type RedlineRow =
  | { kind: 'same'; before: RedlineItem; after: RedlineItem }
  | { kind: 'changed'; before: RedlineItem; after: RedlineItem; words: WordChange[] }
  | { kind: 'removed'; before: RedlineItem }
  | { kind: 'added'; after: RedlineItem }
  /** Same text in another place: `before` where it was, shown where it now is (`after`). */
  | { kind: 'moved'; before: RedlineItem; after: RedlineItem };

export interface RedlineSummary {
  same: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
}

const DIFF_DELETE = -1;
const DIFF_INSERT = 1;

/** Paragraphs and headings in reading order. */
export function redlineItems(sections: readonly Section[]): RedlineItem[] {
  const items: RedlineItem[] = [];
  for (const section of sections) {
    const next = section.paragraphs[0]?.n ?? (items.at(-1)?.n ?? 0) + 1;
    if (section.heading) items.push({ n: next, label: '', text: section.heading, heading: true });
    for (const p of section.paragraphs)
      items.push({ n: p.n, label: p.label ?? String(p.n), text: p.text, heading: false });
  }
  return items;
}

/**
 * The diff of two sequences of strings, one symbol per distinct string: runs of equal,
 * deleted and inserted indexes. diff-match-patch works on text, so each string becomes one
 * character (its rank), as its own `diff_linesToChars_` does for lines.
 */
function sequenceDiff(a: readonly string[], b: readonly string[]): Array<{ op: -1 | 0 | 1; count: number }> {
  const codes = new Map<string, string>();
  const encode = (list: readonly string[]) =>
    list
      .map((s) => {
        let code = codes.get(s);
        if (code === undefined) {
          // Skip the surrogate range: each symbol must be one UTF-16 unit.
          const rank = codes.size;
          code = String.fromCharCode(rank < 0xd800 ? rank : rank + 0x800);
          codes.set(s, code);
        }
        return code;
      })
      .join('');
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0; // exact, however long: a redline must not guess
  return dmp.diff_main(encode(a), encode(b), false).map(([op, text]) => ({ op: op as -1 | 0 | 1, count: text.length }));
}

/** Words, spaces and punctuation, so a diff can mark whole words and keep the text whole. */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}’'-]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** Which words changed between two texts; consecutive tokens of one kind are joined. */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  const changes: WordChange[] = [];
  const push = (op: WordOp, text: string) => {
    const last = changes.at(-1);
    if (last?.op === op) last.text += text;
    else changes.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const { op, count } of sequenceDiff(a, b)) {
    if (op === 0) {
      push('same', a.slice(i, i + count).join(''));
      i += count;
      j += count;
    } else if (op === DIFF_DELETE) {
      push('removed', a.slice(i, i + count).join(''));
      i += count;
    } else {
      push('added', b.slice(j, j + count).join(''));
      j += count;
    }
  }
  return absorbSpaces(changes);
}

/**
 * A lone space between two changes reads better inside them: "old words" → "new words" rather
 * than "old" "new" " " "words" "words".
 */
function absorbSpaces(changes: WordChange[]): WordChange[] {
  const out: WordChange[] = [];
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k] as WordChange;
    const previous = out.at(-1);
    const next = changes[k + 1];
    if (
      change.op === 'same' &&
      /^\s+$/.test(change.text) &&
      previous &&
      previous.op !== 'same' &&
      next &&
      next.op !== 'same'
    ) {
      // Keep the space once on each side's run.
      out.push({ op: 'removed', text: change.text }, { op: 'added', text: change.text });
      continue;
    }
    out.push({ ...change });
  }
  // Regroup: all removals of a changed stretch first, then its additions.
  const grouped: WordChange[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) grouped.push({ op: 'removed', text: removed });
    if (added) grouped.push({ op: 'added', text: added });
    removed = added = '';
  };
  for (const change of out) {
    if (change.op === 'removed') removed += change.text;
    else if (change.op === 'added') added += change.text;
    else {
      flush();
      grouped.push(change);
    }
  }
  flush();
  return grouped;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

/** Dice coefficient over the two texts' words (with repeats): 1 when the same words, 0 when none shared. */
export function resemblance(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Paragraphs that share at least this much (Dice, over words) are one paragraph, changed. */
export const SAME_PARAGRAPH = 0.5;

/** Pairs removed and added items of one run, in order, each with the best-matching one still free. */
function pairRun(removed: RedlineItem[], added: RedlineItem[]): RedlineRow[] {
  const rows: RedlineRow[] = [];
  let j = 0;
  for (const before of removed) {
    let best = -1;
    let bestScore = SAME_PARAGRAPH;
    for (let k = j; k < added.length; k++) {
      const candidate = added[k] as RedlineItem;
      if (candidate.heading !== before.heading) continue;
      const score = resemblance(before.text, candidate.text);
      if (score >= bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best === -1) {
      rows.push({ kind: 'removed', before });
      continue;
    }
    // Additions before the match came first in the new version.
    for (; j < best; j++) rows.push({ kind: 'added', after: added[j] as RedlineItem });
    const after = added[best] as RedlineItem;
    rows.push({ kind: 'changed', before, after, words: wordDiff(before.text, after.text) });
    j = best + 1;
  }
  for (; j < added.length; j++) rows.push({ kind: 'added', after: added[j] as RedlineItem });
  return rows;
}

/** The redline of `before` → `after`, in the newer version's order (removed items where they stood). */
export function redline(before: readonly Section[], after: readonly Section[]): RedlineRow[] {
  const a = redlineItems(before);
  const b = redlineItems(after);
  const rows: RedlineRow[] = [];
  let i = 0;
  let j = 0;
  let removed: RedlineItem[] = [];
  let added: RedlineItem[] = [];
  const flush = () => {
    rows.push(...pairRun(removed, added));
    removed = [];
    added = [];
  };
  for (const { op, count } of sequenceDiff(
    a.map((x) => `${x.heading ? '#' : '¶'}${x.text}`),
    b.map((x) => `${x.heading ? '#' : '¶'}${x.text}`),
  )) {
    if (op === 0) {
      flush();
      for (let k = 0; k < count; k++)
        rows.push({ kind: 'same', before: a[i + k] as RedlineItem, after: b[j + k] as RedlineItem });
      i += count;
      j += count;
    } else if (op === DIFF_DELETE) {
      removed.push(...a.slice(i, i + count));
      i += count;
    } else if (op === DIFF_INSERT) {
      added.push(...b.slice(j, j + count));
      j += count;
    }
  }
  flush();
  return pairAcrossRuns(markMoves(rows));
}

/** A removed item whose exact text was added elsewhere is one item, moved: shown where it now is. */
function markMoves(rows: RedlineRow[]): RedlineRow[] {
  const addedByText = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (row.kind !== 'added') return;
    const key = `${row.after.heading}${row.after.text}`;
    addedByText.set(key, [...(addedByText.get(key) ?? []), index]);
  });
  const drop = new Set<number>();
  const result = rows.slice();
  rows.forEach((row, index) => {
    if (row.kind !== 'removed') return;
    const key = `${row.before.heading}${row.before.text}`;
    const at = addedByText.get(key)?.shift();
    if (at === undefined) return;
    const added = rows[at] as Extract<RedlineRow, { kind: 'added' }>;
    result[at] = { kind: 'moved', before: row.before, after: added.after };
    drop.add(index);
  });
  return result.filter((_, index) => !drop.has(index));
}

/**
 * A removed paragraph still unpaired that resembles one added elsewhere (it moved and was
 * reworded) is shown changed, where it now is.
 */
function pairAcrossRuns(rows: RedlineRow[]): RedlineRow[] {
  const result: Array<RedlineRow | null> = rows.slice();
  rows.forEach((row, index) => {
    if (row.kind !== 'removed') return;
    let best = -1;
    let bestScore = SAME_PARAGRAPH;
    result.forEach((other, k) => {
      if (other?.kind !== 'added' || other.after.heading !== row.before.heading) return;
      const score = resemblance(row.before.text, other.after.text);
      if (score >= bestScore) {
        bestScore = score;
        best = k;
      }
    });
    if (best === -1) return;
    const added = result[best] as Extract<RedlineRow, { kind: 'added' }>;
    result[best] = {
      kind: 'changed',
      before: row.before,
      after: added.after,
      words: wordDiff(row.before.text, added.after.text),
    };
    result[index] = null;
  });
  return result.filter((row): row is RedlineRow => row !== null);
}

export function summarize(rows: readonly RedlineRow[]): RedlineSummary {
  const summary: RedlineSummary = { same: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  for (const row of rows) summary[row.kind]++;
  return summary;
}
