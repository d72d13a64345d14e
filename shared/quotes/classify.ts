/**
 * How faithful a quotation is to the passage it was matched to. The quotation and the passage
 * are aligned word by word (`diffTokens`); each difference is classified, and the worst one
 * decides the quotation's fidelity:
 *
 *  - `exact`: identical but for typography, case and spacing;
 *  - `minor`: spelling variants (defence/defense), punctuation, articles;
 *  - `paraphrase`: other words for the same content: function words, other forms of the same
 *    word (work/working), word order, abbreviations (UN / United Nations), dropped words,
 *    light verbs and intensifiers ("help" for "support", "firmly committed"), at most one
 *    other changed verb or adjective;
 *  - `divergent`: content the source does not say: a changed number or negation, a changed
 *    noun ("war of conquest" for "war of aggression"), or two or more changed content words.
 */
import { diffTokens, type DiffOp, type Weigh } from './align.ts';
import { isSubstantive, looksLikeNoun, type Token } from './tokens.ts';

export type Fidelity = 'exact' | 'minor' | 'paraphrase' | 'divergent' | 'not-found';

export const FIDELITIES: readonly Fidelity[] = ['exact', 'minor', 'paraphrase', 'divergent', 'not-found'];

export type ChangeKind =
  | 'spelling'
  | 'punctuation'
  | 'article'
  | 'function-words'
  | 'word-form'
  | 'word-order'
  | 'abbreviation'
  | 'omission'
  | 'rewording'
  | 'content'
  | 'number'
  | 'negation';

/** One difference between the source passage (`from`) and the quotation (`to`). */
export interface QuoteChange {
  from: string;
  to: string;
  kind: ChangeKind;
  /** Whether this change alone can change the meaning (it makes the quotation `divergent`). */
  significant: boolean;
  /** Content words of the quotation the source passage does not have, as written. */
  changedWords: string[];
}

/**
 * The word diff for display, in reading order: source-only text (`delete`), quotation-only
 * text (`insert`). Concatenated, the `equal` and `insert` texts give the quotation back.
 */
export interface DiffSegment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  /** An inserted content word that changes what the source says. */
  changed?: boolean;
}

export interface Classification {
  fidelity: Exclude<Fidelity, 'not-found'>;
  changes: QuoteChange[];
  diff: DiffSegment[];
  changedWords: string[];
}

const MINOR_KINDS: ReadonlySet<ChangeKind> = new Set(['spelling', 'punctuation', 'article']);

function surface(text: string, tokens: readonly Token[], indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = tokens[indices[0] as number] as Token;
  const last = tokens[indices[indices.length - 1] as number] as Token;
  return text.slice(first.start, last.end);
}

/** Punctuation between two words, for comparison: spacing, quote marks and dash styles ignored. */
function punctuation(text: string, from: number, to: number): string {
  return text
    .slice(from, to)
    .replace(/[\s\u00A0\u202F"“”«»„'’‘]/gu, '')
    .replace(/[‐‑‒–—-]+/g, '-')
    .replace(/…/g, '...');
}

/** Whether `acronym` spells the initials of consecutive content words in `tokens`. */
function expandsTo(acronym: Token, tokens: readonly Token[]): boolean {
  const letters = acronym.norm;
  const words = tokens.filter((t) => t.class === 'content' || t.class === 'number');
  for (let i = 0; i + letters.length <= words.length; i++) {
    let initials = '';
    for (let k = 0; k < letters.length; k++) initials += (words[i + k] as Token).norm[0] ?? '';
    if (initials === letters) return true;
  }
  return false;
}

interface Hunk {
  deleted: number[];
  inserted: number[];
}

/** Groups the diff into runs of equal words and hunks of differences between them. */
function hunks(ops: readonly DiffOp[]): Array<{ equal: DiffOp & { op: 'equal' } } | { hunk: Hunk }> {
  const out: Array<{ equal: DiffOp & { op: 'equal' } } | { hunk: Hunk }> = [];
  let current: Hunk | null = null;
  for (const op of ops) {
    if (op.op === 'equal') {
      current = null;
      out.push({ equal: op });
    } else {
      if (!current) {
        current = { deleted: [], inserted: [] };
        out.push({ hunk: current });
      }
      if (op.op === 'delete') current.deleted.push(op.a);
      else current.inserted.push(op.b);
    }
  }
  return out;
}

/**
 * Classifies a quotation against its matched passage. `source`/`sourceTokens` is the passage
 * text and its tokens, `quote`/`quoteTokens` the quotation's.
 */
export function classifyQuote(
  source: string,
  sourceTokens: readonly Token[],
  quote: string,
  quoteTokens: readonly Token[],
  weigh?: Weigh,
): Classification {
  const ops = diffTokens(sourceTokens, quoteTokens, weigh);
  const groups = hunks(ops);

  // Words moved elsewhere in the sentence: an inserted word whose stem is deleted elsewhere.
  const movedQuote = new Set<number>();
  const movedSource = new Set<number>();
  const deletedByStem = new Map<string, number[]>();
  for (const op of ops) {
    if (op.op === 'delete' && isSubstantive(sourceTokens[op.a] as Token)) {
      const stem = (sourceTokens[op.a] as Token).stem;
      deletedByStem.set(stem, [...(deletedByStem.get(stem) ?? []), op.a]);
    }
  }
  for (const op of ops) {
    if (op.op !== 'insert' || !isSubstantive(quoteTokens[op.b] as Token)) continue;
    const candidates = deletedByStem.get((quoteTokens[op.b] as Token).stem);
    const a = candidates?.shift();
    if (a !== undefined) {
      movedQuote.add(op.b);
      movedSource.add(a);
    }
  }

  const changes: QuoteChange[] = [];
  const diff: DiffSegment[] = [];
  const changedWords: string[] = [];
  let previousEqual: { a: number; b: number } | null = null;
  let unexplained = 0;
  let nounChanged = false;

  // A quotation word as displayed: with the punctuation and space that follow it.
  const shown = (b: number): string => {
    const token = quoteTokens[b] as Token;
    const next = quoteTokens[b + 1];
    return quote.slice(token.start, next ? next.start : token.end);
  };
  const pushSegment = (segment: DiffSegment) => {
    if (!segment.text) return;
    const last = diff[diff.length - 1];
    if (last && last.op === segment.op && !!last.changed === !!segment.changed) last.text += segment.text;
    else diff.push(segment);
  };

  for (const group of groups) {
    if ('equal' in group) {
      const { a, b } = group.equal;
      const s = sourceTokens[a] as Token;
      const q = quoteTokens[b] as Token;
      if (previousEqual && previousEqual.a === a - 1 && previousEqual.b === b - 1) {
        const before = sourceTokens[a - 1] as Token;
        const qBefore = quoteTokens[b - 1] as Token;
        const p1 = punctuation(source, before.end, s.start);
        const p2 = punctuation(quote, qBefore.end, q.start);
        if (p1 !== p2) {
          changes.push({
            from: source.slice(before.start, s.end),
            to: quote.slice(qBefore.start, q.end),
            kind: 'punctuation',
            significant: false,
            changedWords: [],
          });
        }
      }
      previousEqual = { a, b };
      if (s.norm === q.norm) {
        pushSegment({ op: 'equal', text: shown(b) });
        continue;
      }
      const kind: ChangeKind = s.key === q.key ? 'spelling' : 'word-form';
      changes.push({ from: s.text, to: q.text, kind, significant: false, changedWords: [] });
      pushSegment({ op: 'delete', text: `${s.text} ` });
      pushSegment({ op: 'insert', text: shown(b) });
      continue;
    }

    previousEqual = null;
    const { deleted, inserted } = group.hunk;
    const deletedTokens = deleted.map((i) => sourceTokens[i] as Token);
    const insertedTokens = inserted.map((i) => quoteTokens[i] as Token);
    const from = surface(source, sourceTokens, deleted);
    const to = surface(quote, quoteTokens, inserted);
    if (from) pushSegment({ op: 'delete', text: `${from} ` });

    const words: string[] = [];
    let hunkNoun = false;
    let negation = false;
    let number = false;
    let abbreviation = false;
    for (const [k, index] of inserted.entries()) {
      const token = insertedTokens[k] as Token;
      if (token.negation) negation = true;
      if (movedQuote.has(index) || !isSubstantive(token)) continue;
      if (token.class === 'number') {
        number = true;
        continue;
      }
      if (token.acronym && expandsTo(token, sourceTokens)) {
        abbreviation = true;
        continue;
      }
      if (token.light) continue;
      words.push(token.text);
      if (looksLikeNoun(quoteTokens, index)) hunkNoun = true;
    }
    for (const [k, index] of deleted.entries()) {
      const token = deletedTokens[k] as Token;
      if (token.negation) negation = true;
      if (token.class === 'number' && !movedSource.has(index)) number = true;
      if (token.acronym && expandsTo(token, quoteTokens)) abbreviation = true;
    }
    // The quotation's insertions, word by word, with changed content words marked.
    for (const [k, index] of inserted.entries()) {
      const token = insertedTokens[k] as Token;
      const changed = words.includes(token.text);
      pushSegment(changed ? { op: 'insert', text: shown(index), changed } : { op: 'insert', text: shown(index) });
    }

    const all = [...deletedTokens, ...insertedTokens];
    // Moved words, and perhaps dropped ones, but nothing new in the quotation.
    const movedOnly =
      inserted.every((i) => movedQuote.has(i) || !isSubstantive(quoteTokens[i] as Token)) &&
      (deleted.some((i) => movedSource.has(i)) || inserted.some((i) => movedQuote.has(i)));
    let kind: ChangeKind;
    if (negation) kind = 'negation';
    else if (number) kind = 'number';
    else if (words.length > 0) kind = 'content';
    else if (all.every((t) => t.class === 'article')) kind = 'article';
    else if (movedOnly) kind = 'word-order';
    else if (abbreviation) kind = 'abbreviation';
    else if (all.every((t) => t.class === 'article' || t.class === 'function')) kind = 'function-words';
    else if (inserted.length === 0) kind = 'omission';
    else kind = 'rewording';
    const significant = kind === 'negation' || kind === 'number' || (kind === 'content' && hunkNoun);
    changes.push({ from, to, kind, significant, changedWords: words });
    changedWords.push(...words);
    unexplained += words.length;
    if (hunkNoun) nounChanged = true;
  }

  const last = diff[diff.length - 1];
  if (last) last.text = last.text.trimEnd();

  let fidelity: Classification['fidelity'];
  if (changes.length === 0) fidelity = 'exact';
  else if (changes.every((c) => MINOR_KINDS.has(c.kind))) fidelity = 'minor';
  else if (changes.some((c) => c.kind === 'negation' || c.kind === 'number') || nounChanged || unexplained >= 2)
    fidelity = 'divergent';
  else fidelity = 'paraphrase';
  if (fidelity === 'divergent') for (const change of changes) if (change.kind === 'content') change.significant = true;
  return { fidelity, changes, diff, changedWords };
}
