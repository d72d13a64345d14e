/**
 * Small, generic word lists (English and French) the quote classifier uses to tell
 * wording changes that matter from ones that do not. Nothing here is specific to any
 * document: these are closed word classes (articles, pronouns, prepositions…), spelling
 * conventions (British/American) and a few classes of "light" words whose change rarely
 * changes what a sentence commits to.
 */
import { normalizeWord } from './normalize.ts';

/** A word list written as whitespace-separated words, normalized as tokens are. */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).map(normalizeWord);
}

/** Articles: adding or dropping one is a `minor` change. */
export const ARTICLES: ReadonlySet<string> = new Set(
  words(`
  a an the le la les l un une des du d
`),
);

/**
 * Function words: pronouns, prepositions, conjunctions, auxiliaries, determiners.
 * A change among these alone is a `paraphrase`, never `divergent`.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...words(`
  about above across after against all along also am among and any are as at be been being both but by can could
  did do does during each either for from had has have he her hers him his how i if in including into is it its
  itself may me might more most must my of on onto or other our ours ourselves over own s shall she should so
  some such than that their theirs them themselves then there these they this those through throughout to toward
  towards under until upon us was we were what when where whether which while who whom whose why will with
  within would you your yours ever further thus therefore well via between before because since out up down off
  per again only just ll ve re m à a au aux avec ce ces cet cette c dans de donc dont elle elles en entre est et
  étaient était être eux il ils j je leur leurs lui ma mais me mes moi mon même n nos notre nous on ont ou où
  par pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tu vers vos votre vous y ainsi aussi afin
  lors selon sera seront sous chez contre depuis pendant auprès lequel laquelle lesquels lesquelles avons avez
  ont sommes êtes fait été
`),
]);

/** Words that negate: adding or removing one reverses a statement, so it is always `divergent`. */
export const NEGATIONS: ReadonlySet<string> = new Set(
  words(`
  not no never nor none nothing neither without cannot ne pas jamais aucun aucune rien ni nullement guère
`),
);

/**
 * Semantically light verbs: their exchange ("help" for "support", "provide" for "give")
 * is a paraphrase unless something else changes.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  words(`
  help helps helping helped assist assisting assisted aid aiding provide provides providing provided give gives
  giving given gave make makes making made take takes taking took taken get gets getting got do does doing done
  carry carrying carried conduct conducting conducted undertake undertaking undertaken ensure ensuring ensured
  put putting keep keeping kept go going went come coming came say says said note noted state stated seek
  seeking sought aim aims aiming intend intends intending aider aide aident fournir fournit donner donne faire
  fait font prendre prend veiller assurer assure mener mène dire dit viser vise
`),
);

/** Intensifiers and hedges: adding "firmly" or "fully" shifts emphasis, not content. */
export const INTENSIFIERS: ReadonlySet<string> = new Set(
  words(`
  very firmly strongly fully deeply highly greatly truly really clearly entirely completely totally absolutely
  particularly especially wholeheartedly resolutely steadfastly actively closely grossly seriously gravely
  utterly indeed further still even already always respectively jointly together très fermement fortement
  pleinement profondément vivement résolument activement étroitement gravement pleinement toujours déjà encore
  ensemble respectivement
`),
);

/**
 * Nouns that occur inside complex prepositions ("within the framework of", "in the area of",
 * "as part of", "dans le cadre de"): there they carry no content of their own. They count as
 * light only when the following word is "of"/"de" (see `tokens.ts`).
 */
export const PREPOSITIONAL_NOUNS: ReadonlySet<string> = new Set(
  words(`
  framework area field part context terms course light basis behalf support line respect regard view case name
  spirit scope means way order sake cadre domaine matière titre lumière base nom vue égard faveur ordre sein
`),
);

/** Function words that, right before a word, show it is used as a noun ("the X", "of X"). */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(
  words(`
  the a an of its their our his her my your this these those that le la les l un une des du de d sa son ses leur
  leurs notre nos cette ce ces
`),
);

/** Noun-forming suffixes, the other cue that a word is a noun. */
export const NOUN_SUFFIXES: readonly string[] = words(
  `tion sion ment ness ity ism ance ence ense ship hood dom ure age cy ist eur ité isme ance`,
);
