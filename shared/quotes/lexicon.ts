/**
 * Small, generic word lists (English and French) the quote classifier uses to tell wording
 * changes that matter from ones that do not. Nothing here comes from any sample document:
 * these are closed word classes (articles, pronouns, prepositions, modal verbs, negations,
 * quantifiers and degree words), the verbs of commitment that official texts are built on,
 * generic roles of the people and bodies that make commitments, and spelling conventions.
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
 * Modal verbs and their French forms, each with the modality it expresses. Any change of
 * modality ("may" → "will", "pourraient" → "pourront", a dropped "could") changes what a text
 * commits to, so it is `divergent`. Forms of one modality ("peut"/"peuvent") are equal.
 */
export const MODALS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['will', 'will ll'],
      ['shall', 'shall'],
      ['would', 'would'],
      ['may', 'may'],
      ['might', 'might'],
      ['can', 'can peut peuvent peux pouvons pouvez puisse puissent'],
      ['could', 'could pourrait pourraient pourrions pourriez pourrais'],
      ['can-future', 'pourra pourront pourrons pourrez pourrai pourras'],
      ['must', 'must doit doivent dois devons devez faut'],
      ['should', 'should ought devrait devraient devrions devriez devrais'],
      ['must-future', 'devra devront devrons devrez devrai devras'],
    ] as const
  ).flatMap(([modality, forms]) => words(forms).map((form) => [form, modality] as [string, string])),
);

/**
 * Function words: pronouns, prepositions, conjunctions, auxiliaries, determiners. A change
 * among these alone is a `paraphrase` (modals, negations and quantifiers are checked first).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...MODALS.keys(),
  ...words(`
  about above across after against all along also am among and any are as at be been being both but by
  did do does during each either for from had has have he her hers him his how i if in including into is it its
  itself me more most my of on onto or other our ours ourselves over own s she so
  some such than that their theirs them themselves then there these they this those through throughout to toward
  towards under until upon us was we were what when where whether which while who whom whose why with
  within you your yours ever further thus therefore well via between before because since out up down off
  per again only just ve re m à a au aux avec ce ces cet cette c dans de donc dont elle elles en entre est et
  étaient était être eux il ils j je leur leurs lui ma mais me mes moi mon même n nos notre nous on ont ou où
  par pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tu vers vos votre vous y ainsi aussi afin
  lors selon sera seront sous chez contre depuis pendant auprès lequel laquelle lesquels lesquelles avons avez
  ont sommes êtes fait été ai as avait avaient aura auront serait seraient serons
`),
]);

/** Words that negate: adding or removing one reverses a statement, so it is always `divergent`. */
export const NEGATIONS: ReadonlySet<string> = new Set(
  words(`
  not no never nor none nothing neither without cannot ne pas jamais aucun aucune rien ni nullement guère non
  sans nul nulle
`),
);

/**
 * Qualifiers of strength, degree, quantity and certainty: "fully", "strongly", "all", "some",
 * "partly", "at least", "pleinement", "tous", "près de". Adding, dropping or changing one changes
 * how much a text commits to, so it is `divergent`.
 */
export const QUALIFIERS: ReadonlySet<string> = new Set(
  words(`
  fully firmly strongly deeply highly greatly truly clearly entirely completely totally absolutely wholly partly
  partially largely mostly mainly primarily substantially significantly considerably slightly somewhat
  particularly especially very extremely seriously gravely grossly utterly resolutely steadfastly wholeheartedly
  unequivocally unreservedly unconditionally categorically vigorously actively closely urgently immediately
  swiftly rapidly quickly gradually progressively fundamentally only solely exclusively merely increasingly
  always often sometimes rarely almost nearly approximately roughly least most more less fewer majority minority
  all every each some several many much few whole entire full firm strong deep strict serious grave gross
  flagrant blatant major significant substantial considerable unwavering steadfast unconditional unequivocal
  utmost maximum minimum total complete absolute immediate urgent swift rapid partial limited potential possible
  possibly likely unlikely probable probably alleged
  pleinement fermement fortement vivement profondément totalement entièrement complètement absolument
  partiellement largement principalement essentiellement particulièrement surtout très extrêmement gravement
  sérieusement résolument activement étroitement immédiatement rapidement progressivement uniquement seulement
  exclusivement souvent parfois presque environ quasi près moins plus plupart majorité minorité
  tous toutes tout toute chaque certains certaines quelques plusieurs nombreux nombreuses seul seule seuls seules
  plein pleine entier entière totale ferme fort forte profond profonde grave graves sérieux majeur majeure
  majeurs considérable indéfectible inébranlable absolu absolue immédiat immédiate urgente rapide
  partiel partielle éventuel éventuelle éventuellement potentiel potentielle probable probablement flagrant
  flagrante flagrantes
`),
);

/**
 * Verbs (and their nouns and adjectives) of commitment, intention, study and decision, by what
 * they commit to. Words are matched by their beginning (accents folded): "engag" covers
 * s'engager, engageons, engagement. Changing one class for another ("consider" → "introduce"
 * is a study turned into a decision; "étudierons" → "créerons") is `divergent`.
 */
export const COMMITMENT_PREFIXES: ReadonlyArray<readonly [string, RegExp]> = [
  ['commit', /^(commit|pledg|undertak|undertook|vow|promis|promet|engag)/],
  ['resolve', /^(determin|resolv|resolute|resolu)/],
  ['decide', /^(decid|decis|agree|conven(?!tion))/],
  ['intend', /^(intend|intent|aims?$|aimed|aiming|seek|sought|striv|endeavo|entend|efforc|visons|visent|viser)/],
  ['wish', /^(hope|wish|want|souhait|esper|voul|veul|veut|veux)/],
  [
    'consider',
    /^(consider(?!ab)|study|studies|studied|studying|explor|examin|reexamin|assess|review|evaluat|evalu|envisag|contemplat|etudi|reflech|analys)/,
  ],
  ['ready', /^(ready|willing|prepared|pret|prets|prete|pretes|dispose|disposes|disposee|disposees)$/],
  ['propose', /^(propos)/],
  ['need', /^(need|necessar|necessit|requir)/],
];

/**
 * Generic roles of the people and bodies that speak and commit ("leaders", "ministers",
 * "countries"), grouped where two words name the same generic actor (country, nation, state).
 * A change from one group to another ("leaders" → "ministers") is an actor change: `divergent`.
 */
export const ROLE_GROUPS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['state', 'country countries nation nations state states pays etat etats'],
      ['leader', 'leader leaders dirigeant dirigeants'],
      ['head', 'head heads chef chefs'],
      ['minister', 'minister ministers ministre ministres ministry ministries ministere ministeres'],
      ['government', 'government governments gouvernement gouvernements'],
      ['official', 'official officials fonctionnaire fonctionnaires responsable responsables'],
      ['ally', 'ally allies allie allies alliee allies'],
      ['partner', 'partner partners partenaire partenaires'],
      ['member', 'member members membre membres'],
      ['president', 'president presidents presidente'],
      ['delegation', 'delegation delegations'],
      ['ambassador', 'ambassador ambassadors ambassadeur ambassadeurs'],
      ['governor', 'governor governors gouverneur gouverneurs'],
      ['parliament', 'parliament parliaments parlement parlements'],
      ['participant', 'participant participants'],
      ['signatory', 'signatory signatories signataire signataires'],
      ['donor', 'donor donors bailleur bailleurs'],
      ['secretary', 'secretary secretaire'],
    ] as const
  ).flatMap(([group, forms]) => words(forms).map((form) => [form, group] as [string, string])),
);

/**
 * Light verbs and discourse words: their exchange or omission ("ensure the return of" →
 * "return", a dropped "also" or "together") does not change what is committed to.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set(
  words(`
  help helps helping helped assist assisting assisted aid aiding provide provides providing provided give gives
  giving given gave make makes making made take takes taking took taken get gets getting got do does doing done
  carry carrying carried conduct conducting conducted ensure ensuring ensured put putting keep keeping kept
  say says said note noted
  aider aide aident fournir fournit donner donne faire fait font prendre prend veiller assurer assure mener mène
  dire dit
  also therefore together jointly respectively moreover furthermore indeed still already even thereby hence
  également ensemble conjointement respectivement notamment encore déjà ainsi outre
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

/** Coordinators of a list: "A, B and C". */
export const COORDINATORS: ReadonlySet<string> = new Set(words(`and or et ou`));

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
