/**
 * Word tokens with their offsets in the text they came from and the facts the matcher and
 * the classifier need: the three identity levels of `normalize.ts` and the word's class.
 */
import {
  ARTICLES,
  COMMITMENT_PREFIXES,
  FUNCTION_WORDS,
  LIGHT_WORDS,
  MODALS,
  NEGATIONS,
  NOUN_MARKERS,
  NOUN_SUFFIXES,
  PREPOSITIONAL_NOUNS,
  QUALIFIERS,
  ROLE_GROUPS,
} from './lexicon.ts';
import { normalizeWord, spellingKey, stemWord, verbStem } from './normalize.ts';

export type TokenClass = 'article' | 'function' | 'content' | 'number';

export interface Token {
  /** The word as written. */
  text: string;
  /** Offsets in the analysed string: `string.slice(start, end) === text`. */
  start: number;
  end: number;
  norm: string;
  key: string;
  stem: string;
  class: TokenClass;
  /** A negation ("not", "never", "n't", "ne … pas"): changing one reverses the statement. */
  negation: boolean;
  /** A light verb, a discourse word or the noun of a complex preposition ("in the area of"). */
  light: boolean;
  /** The modality of a modal verb ("may", "pourraient"), else null. */
  modal: string | null;
  /** The verb stem (`verbStem`): forms of one French verb share it. */
  verb: string;
  /** The class of a verb of commitment, intention, study or decision, else null. */
  commitment: string | null;
  /** A qualifier of strength, degree, quantity or certainty ("fully", "all", "près"). */
  qualifier: boolean;
  /** Who speaks or commits: a generic role group ("minister") or a proper name, else null. */
  actor: string | null;
  /** The value of a number (digits or a number word), else null. */
  value: number | null;
  /** Written in capitals, two to six letters: possibly an abbreviation ("UN", "OTAN"). */
  acronym: boolean;
  /** The quotation omits text just before this word ("…", "[...]"). */
  afterEllipsis: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,]\p{N}+)*/gu;
const NUMBER_WORDS = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds ' +
    'thousand thousands million millions billion billions trillion dozen dozens tens half twice double triple ' +
    'deux trois quatre cinq six sept huit neuf dix douze vingt trente cent cents mille million millions ' +
    'milliard milliards dizaines centaines milliers moitie'
  ).split(' '),
);
const NUMBER_VALUES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    hundred: 100,
    thousand: 1000,
    million: 1e6,
    millions: 1e6,
    billion: 1e9,
    billions: 1e9,
    trillion: 1e12,
    dozen: 12,
    half: 0.5,
    twice: 2,
    double: 2,
    triple: 3,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    douze: 12,
    vingt: 20,
    trente: 30,
    cent: 100,
    mille: 1000,
    milliard: 1e9,
    milliards: 1e9,
    moitie: 0.5,
  }),
);
const APOSTROPHE = /['’ʼ]$/;
const ELLIPSIS = /…|\.\.\./;
const OF = new Set(['of', 'de', 'd', 'du', 'des']);

function classify(norm: string, text: string, previousGap: string): { cls: TokenClass; negation: boolean } {
  // "n't": the "t" after an apostrophe, as in "don't", "isn’t"
  if (norm === 't' && APOSTROPHE.test(previousGap)) return { cls: 'function', negation: true };
  // "per cent": "cent" is not a hundred there
  if (norm === 'cent' && /\bper\s*$/i.test(previousGap)) return { cls: 'function', negation: false };
  if (/\p{N}/u.test(text) || NUMBER_WORDS.has(norm)) return { cls: 'number', negation: false };
  if (NEGATIONS.has(norm)) return { cls: 'function', negation: true };
  if (ARTICLES.has(norm)) return { cls: 'article', negation: false };
  if (FUNCTION_WORDS.has(norm) || norm.length === 1) return { cls: 'function', negation: false };
  return { cls: 'content', negation: false };
}

/**
 * The identity levels of a word as written, memoized: a long source repeats its vocabulary,
 * and normalizing (Unicode decomposition) is the costly part of tokenizing. Bounded so a
 * long-running app does not grow it without limit.
 */
interface Forms {
  norm: string;
  key: string;
  stem: string;
  verb: string;
  commitment: string | null;
}
const FORMS = new Map<string, Forms>();
function forms(word: string): Forms {
  let known = FORMS.get(word);
  if (!known) {
    const norm = normalizeWord(word).replace(/[.,](?=\p{N})/gu, '');
    const key = spellingKey(norm);
    known = { norm, key, stem: stemWord(key), verb: verbStem(key), commitment: commitmentOf(key) };
    if (FORMS.size > 100_000) FORMS.clear();
    FORMS.set(word, known);
  }
  return known;
}

/** Splits text into word tokens; punctuation and spacing stay in the gaps between them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const { norm, key, stem, verb, commitment } = forms(word);
    const { cls, negation } = classify(
      norm,
      word,
      previousEnd === 0 ? gap : text.slice(Math.max(0, previousEnd - 4), start),
    );
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      norm,
      key,
      stem: cls === 'content' ? stem : key,
      class: cls,
      negation,
      light: LIGHT_WORDS.has(norm) || QUALIFIERS.has(norm),
      modal: MODALS.get(norm) ?? null,
      commitment: cls === 'content' ? commitment : null,
      verb,
      qualifier: QUALIFIERS.has(norm),
      actor: ROLE_GROUPS.get(norm) ?? null,
      value: cls === 'number' ? numberValue(norm) : null,
      acronym: /^\p{Lu}{2,6}$/u.test(word),
      afterEllipsis: tokens.length > 0 && ELLIPSIS.test(gap),
    });
    previousEnd = start + word.length;
  }
  // Capitals mark an abbreviation ("UN", "US"), not the article or pronoun it spells, unless
  // the words around are in capitals too (a headline).
  tokens.forEach((token, i) => {
    if (!token.acronym || token.class === 'content' || token.class === 'number') return;
    const shouted = [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\p{Lu}+$/u.test(t.text));
    if (shouted) {
      token.acronym = false;
      return;
    }
    token.class = 'content';
    token.negation = false;
    token.modal = null;
    token.qualifier = false;
    token.stem = token.key;
  });
  markProperNames(text, tokens);
  // A noun inside a complex preposition ("within the framework of") is light too.
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (PREPOSITIONAL_NOUNS.has(token.norm) && OF.has((tokens[i + 1] as Token).norm)) token.light = true;
  }
  return tokens;
}

function commitmentOf(key: string): string | null {
  for (const [commitment, prefix] of COMMITMENT_PREFIXES) if (prefix.test(key)) return commitment;
  return null;
}

function numberValue(norm: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(norm)) return Number(norm);
  return NUMBER_VALUES.get(norm) ?? null;
}

const SENTENCE_END = /[.!?:;…]\s*[«“"]?\s*$/u;

/**
 * Proper names are actors: a capitalized content word that is not the first word of a
 * sentence, or one that is but never appears in lower case in the text ("Canada will…"), and
 * abbreviations ("UN"). Their identity is their spelling key.
 */
function markProperNames(text: string, tokens: Token[]): void {
  const lowerCase = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.key));
  tokens.forEach((token, i) => {
    // Names with figures ("G7", "G20") are names too.
    if (token.class === 'number' && /^\p{Lu}/u.test(token.text) && /\p{N}/u.test(token.text)) {
      token.actor = `name:${token.key}`;
      return;
    }
    if (token.actor || token.class !== 'content' || !/^\p{Lu}/u.test(token.text)) return;
    const previous = tokens[i - 1];
    const sentenceStart = !previous || SENTENCE_END.test(text.slice(previous.end, token.start));
    if (token.acronym || !sentenceStart || !lowerCase.has(token.key)) token.actor = `name:${token.key}`;
  });
}

/** Content and number words: the ones whose change can change what a text says. */
export function isSubstantive(token: Token): boolean {
  return token.class === 'content' || token.class === 'number';
}

/**
 * Whether `tokens[i]` reads as a noun: after a determiner or "of" (perhaps with one adjective
 * between), or with a nominal suffix. A guess that errs towards "noun", so towards flagging.
 */
export function looksLikeNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  const previous = tokens[i - 1];
  if (previous && NOUN_MARKERS.has(previous.norm)) return true;
  // "a grave danger": one adjective between the determiner and the noun (not an adverb:
  // "are firmly committed").
  const before = tokens[i - 2];
  if (previous?.class === 'content' && !previous.norm.endsWith('ly') && before && NOUN_MARKERS.has(before.norm))
    return true;
  return NOUN_SUFFIXES.some((suffix) => token.norm.length > suffix.length + 2 && token.norm.endsWith(suffix));
}
