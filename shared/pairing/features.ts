/**
 * What the aligner knows about one paragraph without understanding it: its length, its
 * printed number, and the things a translation keeps — numbers (however they are written),
 * dates, acronyms (through the bilingual table), proper names and cognates (words that share
 * their first letters across English and French: coopération/cooperation, Ukraine/Ukraine).
 */
import { ACRONYMS, MONTHS, NUMBER_WORDS, STOPWORDS } from './lexicon.ts';

/** Kinds of feature, and how much sharing one says about two paragraphs being translations. */
export const FEATURE_WEIGHTS = {
  /** A number's value: 1,000 = 1 000 = 1000; 5.5% = 5,5 %. */
  number: 3,
  /** A month named beside a number (a date). */
  month: 1.5,
  /** An acronym, through the bilingual table (NATO = OTAN). */
  acronym: 3,
  /** A printed paragraph number or item letter ("12.", "(b)"). */
  label: 4,
  /** A capitalized word inside a sentence (a name), by its first letters. */
  name: 1.5,
  /** Any other content word, by its first four letters… */
  cognate: 0.6,
  /** …and, when it is longer, by its first six (a longer shared beginning says more). */
  longCognate: 0.6,
} as const;
export type FeatureKind = keyof typeof FEATURE_WEIGHTS;

const KIND_PREFIX: Record<FeatureKind, string> = {
  number: '#',
  month: 'm',
  acronym: 'A',
  label: 'L',
  name: 'N',
  cognate: 'c',
  longCognate: 'd',
};
const PREFIX_KIND = new Map(Object.entries(KIND_PREFIX).map(([kind, prefix]) => [prefix, kind as FeatureKind]));

/** The kind of a feature key made by `paragraphFeatures`. */
export function featureKind(key: string): FeatureKind {
  return PREFIX_KIND.get(key[0] ?? '') ?? 'cognate';
}

/**
 * How many first letters make a cognate key: four survive inflection and spelling
 * (commun/common, projet/project); six tell long words apart (international/internet).
 */
const COGNATE_PREFIX = 4;
const LONG_COGNATE_PREFIX = 6;
const NAME_PREFIX = 5;

export interface ParagraphFeatures {
  /** Characters of text (the printed number left out), the measure of the length model. */
  length: number;
  /** The printed number ("12") or item letter ("b"), if the paragraph starts with one. */
  label: string | null;
  /** Distinct feature keys, each starting with its kind's prefix. */
  keys: string[];
}

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/** Without accents or ligatures, case kept: `Défense` → `Defense`. */
export function fold(text: string): string {
  // Plain ASCII (most English) has nothing to fold.
  if (!/[\u0080-\uffff]/.test(text)) return text;
  return text
    .replace(/[œŒæÆ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** "12. ", "(12) ", "12) ", "(b) ", "b) ", "iv. " at the start of a paragraph. */
const LABEL = /^\s*(?:\((\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|(\d{1,3})[.)]|([a-z]{1,2}|[ivxlc]{1,6})\))\s+/i;

/** "4(a)", "4 a)" and "4a" are one label. */
export function normalizeLabel(label: string): string {
  return fold(label)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The printed number or letter a paragraph starts with, and the text after it. */
export function splitLabel(text: string): { label: string | null; rest: string } {
  const match = LABEL.exec(text);
  if (!match) return { label: null, rest: text };
  const label = normalizeLabel(match[1] ?? match[2] ?? match[3] ?? '');
  return { label, rest: text.slice(match[0].length) };
}

const SPACES = '[ \\u00A0\\u202F\\u2009]';
/** Numbers as each language writes them: grouping and decimal marks differ. */
const NUMBER_PATTERNS: Record<string, RegExp> = {
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g,
  fr: new RegExp(`\\d{1,3}(?:${SPACES}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`, 'g'),
};
const OTHER_NUMBERS = new RegExp(`\\d{1,3}(?:(?:,|${SPACES})\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?`, 'g');

/** The values of the numbers in a text, as canonical strings ("1000", "84.5"). */
const SPACE_RUN = new RegExp(SPACES, 'g');

export function numbersIn(text: string, language: string): string[] {
  if (!/\d/.test(text)) return [];
  const pattern = NUMBER_PATTERNS[primary(language)] ?? OTHER_NUMBERS;
  const french = primary(language) === 'fr';
  const values: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const digits = french
      ? raw.replace(SPACE_RUN, '').replace(',', '.')
      : raw.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(SPACE_RUN, '');
    const value = Number(digits.replace(/,/g, '.'));
    if (Number.isFinite(value)) values.push(String(value));
  }
  return values;
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}

const ACRONYM_TO_CANONICAL: Record<string, ReadonlyMap<string, string>> = {
  en: new Map(),
  fr: new Map(ACRONYMS.map(([en, fr]) => [fr, en])),
};

/** The acronym as the English table spells it, so that OTAN and NATO are one feature. */
export function canonicalAcronym(acronym: string, language: string): string {
  const upper = fold(acronym).toUpperCase();
  return ACRONYM_TO_CANONICAL[primary(language)]?.get(upper) ?? upper;
}

/** Words, numbers and acronyms in order; French elisions (l', d', qu') split off. */
const TOKEN = /[\p{L}\p{N}]+(?:[&][\p{L}\p{N}]+)*/gu;

interface Token {
  text: string;
  /** Starts a sentence (or the paragraph), so a capital says nothing. */
  initial: boolean;
  numeric: boolean;
}

/** Characters after which a capital starts a sentence or a quotation, not a name. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '«', '“', '"', '(', '–', '—', '\n']);

function tokens(text: string): Token[] {
  const list: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    // The last character before the word that is not a space.
    let k = at - 1;
    while (k >= last && (text[k] === ' ' || text[k] === '\u00a0')) k--;
    const initial = list.length === 0 || (k >= last && OPENERS.has(text[k] as string));
    const word = match[0];
    const first = word.charCodeAt(0);
    list.push({ text: word, initial, numeric: first >= 48 && first <= 57 });
    last = at + word.length;
  }
  return list;
}

/** All capitals (with digits or &), at least two letters, in a text that is not all capitals. */
function isAcronym(word: string): boolean {
  return /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d&]+$/u.test(word) || /^\p{Lu}\d{1,2}$/u.test(word);
}

/**
 * The features of one paragraph. `language` decides how numbers are read and which acronym
 * table applies; everything else is the same for every language.
 */
export function paragraphFeatures(text: string, language: string, label?: string | null): ParagraphFeatures {
  const split = splitLabel(text);
  const printed = label ? normalizeLabel(label) : split.label;
  // The import may keep the printed number in the text as well as in the label.
  const body = !label || split.label === printed ? split.rest : text;
  const keys = new Set<string>();
  if (printed) keys.add(KIND_PREFIX.label + printed.toLowerCase());
  for (const value of numbersIn(body, language)) keys.add(KIND_PREFIX.number + value);

  // Folded once for the whole paragraph: accents never decide whether two words are cognates.
  const list = tokens(fold(body));
  const shouting = body.length > 40 && body === body.toUpperCase();
  list.forEach((token, index) => {
    if (token.numeric) return;
    const word = token.text;
    if (!shouting && isAcronym(word)) {
      keys.add(KIND_PREFIX.acronym + canonicalAcronym(word, language));
      return;
    }
    const folded = word.toLowerCase();
    const month = MONTHS.get(folded);
    const neighbours = [list[index - 1], list[index + 1]];
    if (month !== undefined && neighbours.some((n) => n?.numeric)) {
      keys.add(KIND_PREFIX.month + month);
      return;
    }
    const spelled = NUMBER_WORDS.get(folded);
    if (spelled !== undefined) {
      keys.add(KIND_PREFIX.number + spelled);
      return;
    }
    if (STOPWORDS.has(folded) || folded.length < 4) return;
    if (!token.initial && word[0] !== folded[0]) keys.add(KIND_PREFIX.name + folded.slice(0, NAME_PREFIX));
    keys.add(KIND_PREFIX.cognate + folded.slice(0, COGNATE_PREFIX));
    if (folded.length >= LONG_COGNATE_PREFIX) keys.add(KIND_PREFIX.longCognate + folded.slice(0, LONG_COGNATE_PREFIX));
  });
  return {
    length: body.replace(/\s+/g, ' ').trim().length,
    label: printed ? printed.toLowerCase() : null,
    keys: [...keys],
  };
}
