/**
 * Three levels of word identity, from strict to loose:
 *
 *  - `normalizeWord`: case, accents and ligatures folded. Two words with the same normal form
 *    differ only by typography (an `exact` quote may differ this way).
 *  - `spellingKey`: British and American spellings folded (defence/defense, -our/-or,
 *    -ise/-ize, -yse/-yze, -tre/-ter, -lled/-led, -ogue/-og). Same key, different normal form:
 *    a spelling variant (`minor`).
 *  - `stemWord`: inflection folded (work/working, violation/violates, domain/domains).
 *    Same stem, different key: the same word in another form (a `paraphrase`).
 *
 * Every rule is applied to both sides, so a rule that folds two unrelated words (rare with
 * these suffixes) can only make two different words look alike, never tear one word apart.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** Whole-word British/American pairs the suffix rules in `spellingKey` do not cover. */
const SPELLING_WORDS: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['judgement', 'judgment'],
  ['ageing', 'aging'],
  ['grey', 'gray'],
  ['aluminium', 'aluminum'],
  ['cheque', 'check'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['fulfilment', 'fulfillment'],
  ['paediatric', 'pediatric'],
  ['oestrogen', 'estrogen'],
  ['sceptical', 'skeptical'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'],
  ['towards', 'toward'],
  ['amongst', 'among'],
  ['whilst', 'while'],
]);

/** Lower case, without accents or ligatures: `Défense` → `defense`, `Œuvre` → `oeuvre`. */
export function normalizeWord(word: string): string {
  return word
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Folds British/American spelling; the input is a normalized word. */
export function spellingKey(word: string): string {
  const whole = SPELLING_WORDS.get(word);
  if (whole) return whole;
  if (word.length < 5) return word;
  return (
    word
      // defence → defense, offences → offenses (but not "fence", "hence": length guard above)
      .replace(/([^aeiou])ence(s?)$/, '$1ense$2')
      // honour → honor, labourers → laborers, favourite → favorite
      .replace(/(\w{2})our(s|ed|ing|able|ably|ite|ites|er|ers)?$/, '$1or$2')
      // organise → organize, organisation → organization, recognised → recognized
      .replace(/(\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
      // analyse → analyze
      .replace(/ys(e|es|ed|ing)$/, 'yz$1')
      // centre → center, metres → meters
      .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
      // travelled → traveled, modelling → modeling
      .replace(/ell(ed|ing|er|ers)$/, 'el$1')
      // catalogue → catalog, dialogues → dialogs
      .replace(/ogue(s?)$/, 'og$1')
  );
}

/**
 * A light stemmer for English and French: strips plural, past, progressive, adverb and
 * nominal endings so different forms of one word meet. The input is a spelling key.
 */
export function stemWord(key: string): string {
  let word = key;
  if (word.length <= 3) return word;
  if (/ies$/.test(word) && word.length > 4) word = word.slice(0, -3) + 'y';
  else if (/[^su]s$/.test(word) || /[^aeiou]x$/.test(word)) word = word.slice(0, -1);
  if (/ations?$/.test(word) && word.length > 7) word = word.replace(/ations?$/, 'ate');
  else if (/[^aeiou]ions?$/.test(word) && word.length > 6) word = word.replace(/ions?$/, 'e');
  if (/ing$/.test(word) && word.length > 5) word = word.slice(0, -3);
  else if (/ed$/.test(word) && word.length > 4) word = word.slice(0, -2);
  else if (/ly$/.test(word) && word.length > 5) word = word.slice(0, -2);
  else if (/ment$/.test(word) && word.length > 7) word = word.slice(0, -4);
  // French feminine/verb endings: -ée(s), -é(s) folded by the accent stripping to -ee/-e
  if (/ee$/.test(word) && word.length > 4) word = word.slice(0, -1);
  // committ → commit, stopp → stop (but keep -ll, -ss, -zz: "call", "pass")
  if (/([bdfgkmnprt])\1$/.test(word)) word = word.slice(0, -1);
  if (/e$/.test(word) && word.length > 3) word = word.slice(0, -1);
  return word;
}

/** Endings of French (and a few English) verb forms, longest first. */
const VERB_ENDINGS = [
  'eraient',
  'erions',
  'eriez',
  'erons',
  'eront',
  'erais',
  'erait',
  'raient',
  'aient',
  'erai',
  'eras',
  'erez',
  'rions',
  'riez',
  'rons',
  'ront',
  'rais',
  'rait',
  'ions',
  'iez',
  'era',
  'ons',
  'ont',
  'ent',
  'ais',
  'ait',
  'ees',
  'ant',
  'ez',
  'es',
  'ee',
  'er',
  'ir',
  're',
  'e',
  's',
];

/**
 * A verb stem that meets the persons and tenses of one French verb ("engageons"/"engagent",
 * "décidera"/"décidé", "réduirons"/"réduire"): the longest verb ending whose removal leaves at
 * least five letters, then a final "e". The input is a spelling key. Used only to say two
 * words are forms of one word, never to index.
 */
export function verbStem(key: string): string {
  for (const ending of VERB_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= 5) {
      const stem = key.slice(0, -ending.length);
      return stem.endsWith('e') && stem.length > 5 ? stem.slice(0, -1) : stem;
    }
  }
  return key;
}
