/**
 * How faithful a quotation is to the passage it was matched to. The quotation and the passage
 * are aligned word by word (`diffTokens`); each difference is classified, and the worst one
 * decides the quotation's fidelity. The rule is never to overstate fidelity:
 *
 *  - `exact`: identical but for typography, case and spacing;
 *  - `minor`: spelling variants (defence/defense), punctuation, articles, a number written
 *    another way (twelve/12), an omission marked by an ellipsis;
 *  - `paraphrase`: changes the tool can explain as keeping the meaning: function words and
 *    pronouns, other forms of the same word (work/working, réaffirmons/réaffirment), word
 *    order, abbreviations (UN / United Nations), dropped light or content words that are none
 *    of the kinds below, light words exchanged, a generic actor word for the same actor;
 *  - `reworded`: other content words that the tool cannot vouch for ("threat" → "danger"):
 *    perhaps a faithful synonym, perhaps not — a person should check;
 *  - `divergent`: a change to what the text commits to: a number, a negation, a modal or
 *    commitment verb ("may" → "will", "consider" → "introduce"), a future turned into a past
 *    or a conditional into a future, an actor ("leaders" → "ministers", "the G7" → "Canada"),
 *    a qualifier of strength ("fully", "all", "près de"), or a list cut short (scope).
 */
import { diffTokens, type DiffOp, type Weigh } from './align.ts';
import { COORDINATORS } from './lexicon.ts';
import { isSubstantive, type Token } from './tokens.ts';

/** Every fidelity, from most to least faithful; `not-found` last (the API's schema is made of it). */
export const FIDELITIES = ['exact', 'minor', 'paraphrase', 'reworded', 'divergent', 'not-found'] as const;
export type Fidelity = (typeof FIDELITIES)[number];

/** Every change kind, for schemas and catalogues. */
export const CHANGE_KINDS = [
  'spelling',
  'punctuation',
  'article',
  'number-format',
  'elision',
  'function-words',
  'word-form',
  'word-order',
  'abbreviation',
  'omission',
  'rewording',
  'content',
  'number',
  'negation',
  'modality',
  'tense',
  'actor',
  'qualifier',
  'scope',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

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
  /** An inserted word that changes what the source says, or that the tool cannot vouch for. */
  changed?: boolean;
}

export interface Classification {
  fidelity: Exclude<Fidelity, 'not-found'>;
  changes: QuoteChange[];
  diff: DiffSegment[];
  changedWords: string[];
}

/** The source words just outside the matched passage, in the same sentence. */
export interface PassageContext {
  before: readonly Token[];
  after: readonly Token[];
  /** The text between the passage's end and the first `after` token (a comma, say). */
  afterGap?: string;
  /** The text between the last `before` token and the passage's start. */
  beforeGap?: string;
  /** The article's words just before the opening quotation mark. */
  framing?: readonly Token[];
}

/** Relative pronouns: a run of words they open is a clause of its own. */
const RELATIVES: ReadonlySet<string> = new Set([
  'qui',
  'que',
  'dont',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
  'which',
  'who',
  'whom',
  'whose',
]);

/** Whether a sentence ends between two offsets of `text` (a full stop, "?", "!" or ";"). */
function sentenceBreak(text: string, from: number, to: number): boolean {
  return /[.!?;](?:["”»'’)\]]*)\s/u.test(`${text.slice(from, to)} `) && from < to;
}

const MINOR_KINDS: ReadonlySet<ChangeKind> = new Set([
  'spelling',
  'punctuation',
  'article',
  'number-format',
  'elision',
]);
const SIGNIFICANT_KINDS: ReadonlySet<ChangeKind> = new Set([
  'number',
  'negation',
  'modality',
  'tense',
  'actor',
  'qualifier',
  'scope',
]);

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

type Tense = 'future' | 'conditional' | 'infinitive' | 'other';
const FUTURE = /(?:rai|ras|ra|rons|rez|ront)$/;
const CONDITIONAL = /(?:rais|rait|rions|riez|raient)$/;
const FUTURE_AUXILIARIES = new Set(['sera', 'seront', 'serons', 'serez', 'serai', 'aura', 'auront', 'aurons', 'aurez']);
const CONDITIONAL_AUXILIARIES = new Set(['serait', 'seraient', 'serions', 'aurait', 'auraient', 'aurions']);

/**
 * The tense a (French) verb form carries: future or conditional by its ending, or by the
 * auxiliary just before a participle ("sera décidé" is a future); infinitives carry none.
 */
function tenseOf(tokens: readonly Token[], i: number): Tense {
  const token = tokens[i] as Token;
  const norm = token.norm;
  if (norm.length < 5) return 'other';
  if (CONDITIONAL.test(norm)) return 'conditional';
  if (FUTURE.test(norm)) return 'future';
  if (/(?:er|ir|re|oir)$/.test(norm)) return 'infinitive';
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const previous = (tokens[k] as Token).norm;
    if (FUTURE_AUXILIARIES.has(previous)) return 'future';
    if (CONDITIONAL_AUXILIARIES.has(previous)) return 'conditional';
  }
  return 'other';
}

function tenseChanged(a: Tense, b: Tense): boolean {
  if (a === b || a === 'infinitive' || b === 'infinitive') return false;
  return a !== 'other' || b !== 'other';
}

/** A qualifier's identity: "fully"/"full", "pleinement"/"pleine" are one qualifier. */
function qualifierKey(token: Token): string {
  return token.norm
    .replace(/e?ment$/, '')
    .replace(/ly$/, '')
    .replace(/ll$/, 'l')
    .replace(/e?s?$/, '');
}

/** Multiset difference: what `a` has that `b` has not. */
function missing(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

interface Hunk {
  deleted: number[];
  inserted: number[];
}

type Group = { equal: DiffOp & { op: 'equal' } } | { hunk: Hunk };

/** Groups the diff into runs of equal words and hunks of differences between them. */
function hunks(ops: readonly DiffOp[]): Group[] {
  const out: Group[] = [];
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
 * text and its tokens, `quote`/`quoteTokens` the quotation's; `context` the source words just
 * outside the passage, which tell a quotation that starts by replacing them ("Canada will…" for
 * "The G7 will…") or closes a list the source goes on with.
 */
export function classifyQuote(
  source: string,
  sourceTokens: readonly Token[],
  quote: string,
  quoteTokens: readonly Token[],
  weigh?: Weigh,
  context: PassageContext = { before: [], after: [] },
): Classification {
  const ops = diffTokens(sourceTokens, quoteTokens, weigh);
  const groups = hunks(ops);

  // Words moved elsewhere in the sentence: an inserted word whose stem is deleted elsewhere.
  const movedQuote = new Set<number>();
  const movedSource = new Set<number>();
  const deletedByStem = new Map<string, number[]>();
  // Negations, modals and qualifiers are function words that can move too ("ne se décidera
  // pas" → "ne sera pas décidé").
  const movable = (t: Token) => isSubstantive(t) || t.negation || t.modal !== null || t.qualifier;
  const identity = (t: Token) => (isSubstantive(t) ? t.stem : `=${t.norm}`);
  for (const op of ops) {
    if (op.op === 'delete' && movable(sourceTokens[op.a] as Token)) {
      const stem = identity(sourceTokens[op.a] as Token);
      deletedByStem.set(stem, [...(deletedByStem.get(stem) ?? []), op.a]);
    }
  }
  // The source word the quotation's word `b` sits next to: the nearest aligned neighbour.
  const equals = ops.filter((op): op is DiffOp & { op: 'equal' } => op.op === 'equal');
  const neighbour = (b: number): number | undefined =>
    (equals.find((op) => op.b > b) ?? [...equals].reverse().find((op) => op.b < b))?.a;
  // A negation, modal or qualifier moves within its sentence only: "Most" taken from the next
  // sentence to stand for the "Some" of this one changes who is meant.
  const sameSentence = (a: number, b: number): boolean => {
    const near = neighbour(b);
    if (near === undefined) return true;
    const [x, y] = a < near ? [a, near] : [near, a];
    for (let k = x; k < y; k++)
      if (sentenceBreak(source, (sourceTokens[k] as Token).end, (sourceTokens[k + 1] as Token).start)) return false;
    return true;
  };
  for (const op of ops) {
    if (op.op !== 'insert' || !movable(quoteTokens[op.b] as Token)) continue;
    const token = quoteTokens[op.b] as Token;
    const candidates = deletedByStem.get(identity(token));
    const bound = token.negation || token.modal !== null || token.qualifier;
    const at = bound ? (candidates ?? []).findIndex((a) => sameSentence(a, op.b)) : 0;
    const a = at >= 0 ? candidates?.splice(at, 1)[0] : undefined;
    if (a !== undefined) {
      movedQuote.add(op.b);
      movedSource.add(a);
    }
  }
  const firstEqual = groups.findIndex((g) => 'equal' in g);
  const lastEqual = groups.length - 1 - [...groups].reverse().findIndex((g) => 'equal' in g);

  const changes: QuoteChange[] = [];
  const diff: DiffSegment[] = [];
  const changedWords: string[] = [];
  let previousEqual: { a: number; b: number } | null = null;

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
  const change = (from: string, to: string, kind: ChangeKind, words: string[] = []) =>
    changes.push({ from, to, kind, significant: SIGNIFICANT_KINDS.has(kind), changedWords: words });

  groups.forEach((group, g) => {
    if ('equal' in group) {
      const { a, b } = group.equal;
      const s = sourceTokens[a] as Token;
      const q = quoteTokens[b] as Token;
      if (previousEqual && previousEqual.a === a - 1 && previousEqual.b === b - 1) {
        const before = sourceTokens[a - 1] as Token;
        const qBefore = quoteTokens[b - 1] as Token;
        if (punctuation(source, before.end, s.start) !== punctuation(quote, qBefore.end, q.start))
          change(source.slice(before.start, s.end), quote.slice(qBefore.start, q.end), 'punctuation');
      }
      previousEqual = { a, b };
      if (s.norm === q.norm) {
        pushSegment({ op: 'equal', text: shown(b) });
        return;
      }
      let kind: ChangeKind = s.key === q.key ? 'spelling' : 'word-form';
      const sourceTense = tenseOf(sourceTokens, a);
      const quoteTense = tenseOf(quoteTokens, b);
      if (kind === 'word-form' && tenseChanged(sourceTense, quoteTense)) kind = 'tense';
      // A quotation that opens on a finite verb where the source has an infinitive governed by
      // a modal or a verb of commitment just before ("pourrions … accueillir" quoted as
      // "accueillera") drops that modal.
      if (
        kind === 'word-form' &&
        g === firstEqual &&
        sourceTense === 'infinitive' &&
        (quoteTense === 'future' || quoteTense === 'conditional') &&
        context.before.some((t) => t.modal || t.commitment)
      )
        kind = 'modality';
      // The English counterpart: "will double" quoted from its verb as "doubled".
      const governing = context.before[context.before.length - 1];
      if (kind === 'word-form' && g === firstEqual && governing?.modal && /e?d$/.test(q.norm) && !/e?d$/.test(s.norm))
        kind = 'tense';
      const significant = SIGNIFICANT_KINDS.has(kind);
      change(s.text, q.text, kind, significant ? [q.text] : []);
      if (significant) changedWords.push(q.text);
      pushSegment({ op: 'delete', text: `${s.text} ` });
      pushSegment(significant ? { op: 'insert', text: shown(b), changed: true } : { op: 'insert', text: shown(b) });
      return;
    }

    previousEqual = null;
    const leading = g < firstEqual || firstEqual < 0;
    const trailing = g > lastEqual;
    // Source words before the quotation's first word or after its last are outside the
    // quotation (the passage reaches them only to take in moved words); a negation there was
    // taken in on purpose ("will not approve" quoted as "approve").
    const extended = group.hunk.deleted.some((i) => movedSource.has(i));
    const deleted = group.hunk.deleted.filter(
      (i) => !(leading || trailing) || !extended || movedSource.has(i) || (sourceTokens[i] as Token).negation,
    );
    const { inserted } = group.hunk;
    const deletedTokens = deleted.map((i) => sourceTokens[i] as Token);
    const insertedTokens = inserted.map((i) => quoteTokens[i] as Token);
    const from = surface(source, sourceTokens, deleted);
    const to = surface(quote, quoteTokens, inserted);
    if (from) pushSegment({ op: 'delete', text: `${from} ` });
    if (deleted.length === 0 && inserted.length === 0) return;

    const fresh = (i: number) => !movedQuote.has(i);
    const gone = (i: number) => !movedSource.has(i);
    const newTokens = inserted.filter(fresh).map((i) => quoteTokens[i] as Token);
    const lostTokens = deleted.filter(gone).map((i) => sourceTokens[i] as Token);
    // An omission the quotation marks with an ellipsis ("observatory … with a budget").
    const elided =
      inserted.length === 0 &&
      deleted.length > 0 &&
      (() => {
        const next = groups[g + 1];
        return next !== undefined && 'equal' in next && (quoteTokens[next.equal.b] as Token).afterEllipsis;
      })();
    // A date or a partner named in the stretch an ellipsis leaves out goes with it: the
    // quotation says words are missing. A negation, a modal or a qualifier does not: what is
    // left would say something else ("will … finance" for "will not finance").
    const countedLost = elided ? lostTokens.filter((t) => t.class !== 'number' && !t.actor) : lostTokens;

    const kinds = new Set<ChangeKind>();
    const flagged = new Set<Token>();
    const flag = (kind: ChangeKind, tokens: readonly Token[]) => {
      kinds.add(kind);
      for (const t of tokens) flagged.add(t);
    };

    // Negations, numbers, modals, commitment verbs, qualifiers, actors: compared as bags.
    const negIn = newTokens.filter((t) => t.negation);
    const negOut = lostTokens.filter((t) => t.negation);
    if (
      missing(
        negIn.map((t) => t.norm),
        negOut.map((t) => t.norm),
      ).length +
        missing(
          negOut.map((t) => t.norm),
          negIn.map((t) => t.norm),
        ).length >
      0
    )
      flag('negation', negIn);
    const numIn = newTokens.filter((t) => t.class === 'number');
    const numOut = countedLost.filter((t) => t.class === 'number');
    if (numIn.length + numOut.length > 0) {
      const valueIn = numIn.map((t) => String(t.value ?? t.key));
      const valueOut = numOut.map((t) => String(t.value ?? t.key));
      if (missing(valueIn, valueOut).length + missing(valueOut, valueIn).length > 0) flag('number', numIn);
      else kinds.add('number-format');
    }
    const modalIn = newTokens.filter((t) => t.modal).map((t) => t.modal as string);
    const modalOut = lostTokens.filter((t) => t.modal).map((t) => t.modal as string);
    const commitIn = newTokens.filter((t) => t.commitment);
    // A verb of commitment dropped with a whole clause ("…, study options for X, and …") is an
    // omission, not a change of modality; dropped alone or with a word or two, it is.
    const clauseDropped = inserted.length === 0 && lostTokens.filter((t) => t.class === 'content').length > 3;
    const commitOut = clauseDropped ? [] : lostTokens.filter((t) => t.commitment);
    if (
      missing(modalIn, modalOut).length + missing(modalOut, modalIn).length > 0 ||
      missing(
        commitIn.map((t) => t.commitment as string),
        commitOut.map((t) => t.commitment as string),
      ).length +
        missing(
          commitOut.map((t) => t.commitment as string),
          commitIn.map((t) => t.commitment as string),
        ).length >
        0
    )
      flag('modality', [...newTokens.filter((t) => t.modal), ...commitIn]);
    const qualIn = newTokens.filter((t) => t.qualifier);
    const qualOut = lostTokens.filter((t) => t.qualifier);
    if (
      missing(qualIn.map(qualifierKey), qualOut.map(qualifierKey)).length +
        missing(qualOut.map(qualifierKey), qualIn.map(qualifierKey)).length >
      0
    )
      flag('qualifier', qualIn);
    // Actors: abbreviations of the other side's words are the same actor.
    const actorIn = newTokens.filter((t) => t.actor && !(t.acronym && expandsTo(t, sourceTokens)));
    const actorOut = countedLost.filter((t) => t.actor && !(t.acronym && expandsTo(t, quoteTokens)));
    const actorsExplained = new Set<Token>();
    if (
      missing(
        actorIn.map((t) => t.actor as string),
        actorOut.map((t) => t.actor as string),
      ).length +
        missing(
          actorOut.map((t) => t.actor as string),
          actorIn.map((t) => t.actor as string),
        ).length >
      0
    ) {
      // A dropped proper name that the quotation still spells another way (an acronym) is not lost.
      const lostNames = actorOut.filter(
        (t) => !quoteTokens.some((q) => q.acronym && q.norm.includes(t.norm[0] ?? '') && expandsTo(q, sourceTokens)),
      );
      if (actorIn.length > 0 || lostNames.length > 0) flag('actor', actorIn);
    } else for (const t of actorIn) actorsExplained.add(t);
    // A quotation that opens on an actor where the source, just before the passage, names
    // another: "Canada will mobilize" for "The G7 will mobilize", even when the quotation's
    // actor is named elsewhere in the source.
    // Likewise a quotation that opens on a new verb where the source, just before, has a
    // modal or a verb of study or commitment: "créer un fonds" for "étudierons la mise en place
    // d'un fonds" turns a study into a decision.
    if (leading && context.before.length > 0) {
      const lead = inserted.map((i) => quoteTokens[i] as Token);
      const leadActors = lead.filter((t) => t.actor);
      const outside = context.before.filter((t) => t.actor);
      if (
        leadActors.length > 0 &&
        outside.length > 0 &&
        leadActors.some((t) => !outside.some((o) => o.actor === t.actor))
      )
        flag('actor', leadActors);
      const near = context.before.filter((t) => t.modal || t.commitment);
      const leadVerbs = lead.filter(
        (t) =>
          t.modal ||
          t.commitment ||
          FUTURE_AUXILIARIES.has(t.norm) ||
          CONDITIONAL_AUXILIARIES.has(t.norm) ||
          (t.class === 'content' && !t.light && !t.actor),
      );
      const kept = (o: Token) =>
        lead.some((t) => (o.modal && t.modal === o.modal) || (o.commitment && t.commitment === o.commitment));
      if (near.length > 0 && leadVerbs.length > 0 && near.some((o) => !kept(o))) flag('modality', leadVerbs);
    }
    // Scope: an item dropped from a list ("A, B and C" → "A and C"), or a list closed before
    // the source's last item ("A and B" for "A, B and C").
    const inList = (i: number) => {
      const t = sourceTokens[i] as Token;
      const previous = sourceTokens[i - 1];
      return COORDINATORS.has(t.norm) || (previous !== undefined && /,/.test(source.slice(previous.end, t.start)));
    };
    const run = group.hunk.deleted;
    if (!leading && !trailing && !elided && run.length > 0 && lostTokens.some((t) => t.class === 'content')) {
      const first = run[0] as number;
      const last = run[run.length - 1] as number;
      const next = sourceTokens[last + 1];
      const closes =
        next !== undefined &&
        (COORDINATORS.has(next.norm) || /,/.test(source.slice((sourceTokens[last] as Token).end, next.start)));
      if (inList(first) && closes) flag('scope', []);
    }

    // Content words the quotation brings in that nothing above explains.
    const words: string[] = [];
    let abbreviation = false;
    for (const [k, index] of inserted.entries()) {
      const token = insertedTokens[k] as Token;
      if (movedQuote.has(index) || !isSubstantive(token) || flagged.has(token)) continue;
      if (token.class === 'number' || token.qualifier || token.modal || token.commitment) continue;
      if (token.acronym && expandsTo(token, sourceTokens)) {
        abbreviation = true;
        continue;
      }
      if (token.light || actorsExplained.has(token)) continue;
      words.push(token.text);
    }
    for (const token of deletedTokens) if (token.acronym && expandsTo(token, quoteTokens)) abbreviation = true;
    // The quotation's insertions, word by word, with the words that change the meaning marked.
    for (const [k, index] of inserted.entries()) {
      const token = insertedTokens[k] as Token;
      const changed = flagged.has(token) || words.includes(token.text);
      pushSegment(changed ? { op: 'insert', text: shown(index), changed } : { op: 'insert', text: shown(index) });
    }

    // Content words the source has here that the quotation neither keeps nor moves: a word
    // replaced by one taken from elsewhere ("voluntary targets" quoted as "binding targets",
    // "binding" being further on), or a modifier dropped from a noun the quotation keeps
    // ("new dams" → "dams", "an independent review" → "a review") narrows or widens what is
    // said: the tool cannot vouch for it. A whole clause dropped (more than three content
    // words) leaves the rest as it was: an omission.
    const lostContent = lostTokens.filter(
      (t) => t.class === 'content' && !t.light && !t.actor && !flagged.has(t) && !leading && !trailing && !elided,
    );
    // A clause set off by a comma or opened by a relative pronoun ("…, qui se tiendra à") is
    // dropped whole; a modifier sits inside its phrase.
    const firstLost = deleted[0];
    const setOff =
      firstLost !== undefined &&
      (RELATIVES.has((sourceTokens[firstLost] as Token).norm) ||
        (firstLost > 0 &&
          /[,;:()—–]/u.test(
            source.slice((sourceTokens[firstLost - 1] as Token).end, (sourceTokens[firstLost] as Token).start),
          )));
    const droppedModifier =
      lostContent.length > 0 &&
      !setOff &&
      newTokens.every((t) => !isSubstantive(t)) &&
      (inserted.length > 0 || lostContent.length <= 3);
    const all = [...deletedTokens, ...insertedTokens];
    const movedOnly =
      !droppedModifier &&
      inserted.every((i) => movedQuote.has(i) || !isSubstantive(quoteTokens[i] as Token)) &&
      (deleted.some((i) => movedSource.has(i)) || inserted.some((i) => movedQuote.has(i)));
    let kind: ChangeKind;
    const priority: ChangeKind[] = ['negation', 'number', 'modality', 'actor', 'qualifier', 'scope'];
    const significant = priority.find((k) => kinds.has(k));
    if (significant) kind = significant;
    else if (words.length > 0 || droppedModifier) kind = 'content';
    else if (kinds.has('number-format')) kind = 'number-format';
    else if (all.every((t) => t.class === 'article')) kind = 'article';
    else if (movedOnly) kind = 'word-order';
    else if (abbreviation) kind = 'abbreviation';
    else if (elided) kind = 'elision';
    else if (all.every((t) => t.class === 'article' || t.class === 'function')) kind = 'function-words';
    else if (inserted.length === 0) kind = 'omission';
    else kind = 'rewording';
    const shownWords = [...new Set([...[...flagged].map((t) => t.text), ...words])];
    change(from, to, kind, shownWords);
    changedWords.push(...shownWords);
  });

  // A list closed before its end: the quotation joins with "and" what the source continues.
  const afterStartsList =
    context.after.length > 0 &&
    (COORDINATORS.has((context.after[0] as Token).norm) || /,/.test(context.afterGap ?? ''));
  if (afterStartsList) {
    // The coordinator must join the quotation's last item: only aligned words after it.
    let lastInsert = -1;
    ops.forEach((op, k) => {
      if (op.op !== 'equal') lastInsert = k;
    });
    const op = ops[lastInsert];
    const closing =
      op !== undefined &&
      op.op === 'insert' &&
      !movedQuote.has(op.b) &&
      COORDINATORS.has((quoteTokens[op.b] as Token).norm) &&
      ops.slice(lastInsert + 1).every((o) => o.op === 'equal');
    if (closing) change('', '', 'scope');
  }

  // A partial quotation that starts just after a qualifier or a negation of the source
  // ("strongly encourage", "some members") drops it, unless the article keeps it outside the
  // quotation marks: ministers strongly "encourage…".
  const edge = context.before[context.before.length - 1];
  const startsOnSource = ops[0]?.op === 'equal';
  if (
    edge &&
    startsOnSource &&
    (edge.qualifier || edge.negation) &&
    !/[,;:.!?()—–]/u.test(context.beforeGap ?? '') &&
    !(context.framing ?? []).some(
      (t) => t.norm === edge.norm || (edge.qualifier && t.qualifier && qualifierKey(t) === qualifierKey(edge)),
    ) &&
    !quoteTokens.some((t) => t.norm === edge.norm)
  ) {
    // A quotation that opens with a capital claims the start of the sentence ("Members
    // expressed…" for "Some members expressed…"): the qualifier is dropped from it. One that
    // opens in lower case shows it is partial: the word left out is shown for a person to check.
    const first = quoteTokens[0] as Token;
    const claimsStart = /^\p{Lu}/u.test(first.text) && !/^\p{Lu}/u.test((sourceTokens[0] as Token).text);
    if (edge.negation || claimsStart) change(edge.text, '', edge.negation ? 'negation' : 'qualifier');
    else change(edge.text, '', 'content');
  }

  const last = diff[diff.length - 1];
  if (last) last.text = last.text.trimEnd();

  let fidelity: Classification['fidelity'];
  if (changes.length === 0) fidelity = 'exact';
  else if (changes.every((c) => MINOR_KINDS.has(c.kind))) fidelity = 'minor';
  else if (changes.some((c) => c.significant)) fidelity = 'divergent';
  else if (changes.some((c) => c.kind === 'content')) fidelity = 'reworded';
  else fidelity = 'paraphrase';
  return { fidelity, changes, diff, changedWords };
}
