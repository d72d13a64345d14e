/**
 * Word tokens with their offsets in the text they came from and the facts the matcher and
 * the classifier need: the three identity levels of `normalize.ts` and the word's class.
 */
import {
  ARTICLES,
  FUNCTION_WORDS,
  INTENSIFIERS,
  LIGHT_VERBS,
  NEGATIONS,
  NOUN_MARKERS,
  NOUN_SUFFIXES,
  PREPOSITIONAL_NOUNS,
} from './lexicon.ts';
import { normalizeWord, spellingKey, stemWord } from './normalize.ts';

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
  /** A light verb, an intensifier or the noun of a complex preposition ("in the area of"). */
  light: boolean;
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
const APOSTROPHE = /['’ʼ]$/;
const ELLIPSIS = /…|\.\.\./;
const OF = new Set(['of', 'de', 'd', 'du', 'des']);

function classify(norm: string, text: string, previousGap: string): { cls: TokenClass; negation: boolean } {
  // "n't": the "t" after an apostrophe, as in "don't", "isn’t"
  if (norm === 't' && APOSTROPHE.test(previousGap)) return { cls: 'function', negation: true };
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
const FORMS = new Map<string, { norm: string; key: string; stem: string }>();
function forms(word: string): { norm: string; key: string; stem: string } {
  let known = FORMS.get(word);
  if (!known) {
    const norm = normalizeWord(word).replace(/[.,](?=\p{N})/gu, '');
    const key = spellingKey(norm);
    known = { norm, key, stem: stemWord(key) };
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
    const { norm, key, stem } = forms(word);
    const { cls, negation } = classify(norm, word, gap);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      norm,
      key,
      stem: cls === 'content' ? stem : key,
      class: cls,
      negation,
      light: LIGHT_VERBS.has(norm) || INTENSIFIERS.has(norm),
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
    token.stem = token.key;
  });
  // A noun inside a complex preposition ("within the framework of") is light too.
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    if (PREPOSITIONAL_NOUNS.has(token.norm) && OF.has((tokens[i + 1] as Token).norm)) token.light = true;
  }
  return tokens;
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
