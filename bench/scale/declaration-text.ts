/**
 * Generated declaration-like text in English and French for the scale benchmark: joint
 * statements, communiqués, resolutions and news articles with numbered paragraphs, built from
 * sentence frames (who, reporting verb, what, qualifiers) over word lists written for this
 * bench, plus an open-ended supply of invented place, person and body names, instrument
 * numbers, amounts and dates. The vocabulary keeps growing with the library (as a real desk's
 * does: every new text brings names and numbers), and common words follow a Zipf-like spread.
 *
 * Deterministic: document i is always the same text, on every machine, so a store built once
 * can be cached and the queries chosen from it stay valid.
 */
import { makeRandom } from '../search-library.ts';

export type Language = 'en' | 'fr';
export type Kind = 'declaration' | 'news' | 'other';

export interface GeneratedDocument {
  index: number;
  language: Language;
  kind: Kind;
  title: string;
  date: string;
  place: string;
  issuer: string;
  sections: Array<{ heading: string | null; paragraphs: string[] }>;
}

type Random = () => number;

/** Index into a list of `size`, favouring the start (rank r has weight ~ 1/(r+1)). */
function zipfIndex(random: Random, size: number): number {
  // Inverse of the continuous 1/x density: cheap and close enough for word choice.
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

const pick = <T>(random: Random, items: readonly T[]): T => items[zipfIndex(random, items.length)] as T;
const uniform = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const split = (text: string) => text.trim().split(/\s*\|\s*/);

/** Word lists: each entry may be several words. Ordered from common to rare. */
const EN = {
  subjects: split(`We | The Leaders | Ministers | The Parties | The participants | The Council | Both Governments |
    The Committee | The Ministers of Foreign Affairs | The Heads of State and Government | The delegations |
    The Chair | The Secretariat | The working group | Member States | The signatories | The Assembly |
    The Board | The Commission | The high-level panel | Observers | The co-chairs`),
  verbs: split(`reaffirm | welcome | underline | recognize | stress | commit to | support | call for | note |
    encourage | express concern about | condemn | agree on | emphasize | acknowledge | look forward to |
    endorse | take note of | urge progress on | decide to pursue | recall | request a report on |
    invite proposals on | deplore | resolve to advance | pledge support for | highlight | commend`),
  adjectives: split(`international | regional | sustainable | economic | humanitarian | strategic | national |
    full | effective | inclusive | shared | democratic | long-term | critical | global | common | secure |
    resilient | transparent | accountable | coordinated | lasting | peaceful | digital | maritime | civilian |
    nuclear | renewable | multilateral | bilateral | fair | open | urgent | comprehensive | sovereign |
    independent | predictable | responsible | legitimate | interoperable | low-carbon | affordable |
    equitable | coastal | rural | northern | fiscal | judicial | consular | electoral | territorial`),
  nouns: split(`cooperation | security | development | partnership | commitment | implementation | framework |
    stability | trade | investment | assistance | dialogue | sovereignty | reconstruction | resilience |
    capacity | governance | transition | infrastructure | supply chains | energy | climate action |
    ceasefire | negotiations | institutions | accountability | innovation | research | education | health |
    food security | water management | biodiversity | emissions | migration | border management |
    cyber defence | disinformation | critical minerals | semiconductors | artificial intelligence |
    export controls | sanctions | non-proliferation | disarmament | peacekeeping | mediation |
    humanitarian access | refugee protection | gender equality | indigenous rights | labour standards |
    public finance | debt relief | tax transparency | anti-corruption measures | election observation |
    press freedom | civil society | youth employment | vaccine production | pandemic preparedness |
    ocean protection | fisheries management | forest conservation | wildfire response | space debris |
    satellite navigation | quantum research | battery recycling | hydrogen production | grid integration |
    port security | aviation safety | rail corridors | customs procedures | mutual recognition |
    consular services | visa facilitation | student mobility | cultural heritage | official languages`),
  complements:
    split(`the rule of law | human rights | the Charter of the United Nations | international humanitarian law |
    the Paris Agreement | territorial integrity | the multilateral trading system | open markets |
    a rules-based order | the most vulnerable | women and girls | local communities | small island states |
    least developed countries | future generations | the private sector | partner countries |
    the affected populations | the Arctic region | the Indo-Pacific | the Sahel | the Western Balkans |
    the Great Lakes | the Caribbean | the Middle East | Eastern Europe | the Horn of Africa | Central Asia`),
  connectors: split(`in particular | including | notably | especially | as well as | together with`),
  means: split(`through joint programmes | by sharing information | with adequate funding |
    through regular consultations | by strengthening institutions | through technical assistance |
    by mobilizing private capital | through targeted training | by aligning standards |
    through a dedicated task force | by pooling procurement | through annual reviews`),
  purposes: split(`to reduce risks | to protect civilians | to build trust | to create jobs | to cut emissions |
    to improve access | to prevent conflict | to promote growth | to support recovery | to ensure compliance |
    to secure supply | to close gaps | to expand capacity | to lower costs | to deter aggression`),
  headings: split(`Preamble | Security and defence | Economic cooperation | Climate and energy | Trade and investment |
    Humanitarian assistance | Governance and institutions | Research and innovation | Health | Migration |
    Implementation and follow-up | Regional issues | Digital transformation | Critical minerals |
    Oceans and fisheries | The Arctic | Culture and education | Final provisions | Next steps | Annex`),
  titles: {
    declaration:
      split(`Joint Declaration on | Joint Statement on | Leaders' Communiqué on | Ministerial Declaration on |
      Resolution on | Chair's Statement on | Joint Communiqué on | Declaration of Intent on | Action Plan on`),
    news: split(`Ministers agree on | Leaders pledge | Talks stall over | Summit ends with deal on |
      Officials outline plan for | Allies promise | Delegates clash over | Breakthrough reported on`),
    other: split(`Background note on | Fact sheet: | Speaking points on | Briefing memo on | Summary record on`),
  },
  issuers:
    split(`Global Affairs Canada | Office of the Prime Minister | Department of Finance | Ministry of Foreign Affairs |
    Permanent Mission | Council Secretariat | Press Office | Embassy | Wire Service | Newsroom`),
  said: split(`said | told reporters | said in a statement | added | said on Tuesday | said after the meeting`),
  roles: split(`the minister | a senior official | the ambassador | the spokesperson | the envoy | the chair`),
  months: split(
    `January | February | March | April | May | June | July | August | September | October | November | December`,
  ),
  million: 'million dollars',
  percent: 'per cent',
};

const FR = {
  subjects:
    split(`Nous | Les dirigeants | Les ministres | Les Parties | Les participants | Le Conseil | Les deux gouvernements |
    Le Comité | Les ministres des Affaires étrangères | Les chefs d'État et de gouvernement | Les délégations |
    La présidence | Le Secrétariat | Le groupe de travail | Les États membres | Les signataires | L'Assemblée |
    Le conseil d'administration | La Commission | Le groupe de haut niveau | Les observateurs | Les coprésidents`),
  verbs: split(`réaffirment | saluent | soulignent | reconnaissent | insistent sur | s'engagent envers | appuient |
    demandent | prennent note de | encouragent | se disent préoccupés par | condamnent | conviennent de |
    mettent en relief | constatent | attendent avec intérêt | approuvent | relèvent | pressent d'avancer sur |
    décident de poursuivre | rappellent | demandent un rapport sur | invitent à proposer | déplorent |
    résolvent de faire progresser | promettent leur soutien à | mettent en lumière | félicitent`),
  adjectives: split(`internationale | régionale | durable | économique | humanitaire | stratégique | nationale |
    pleine | efficace | inclusive | partagée | démocratique | à long terme | critique | mondiale | commune |
    sûre | résiliente | transparente | responsable | coordonnée | durable | pacifique | numérique | maritime |
    civile | nucléaire | renouvelable | multilatérale | bilatérale | équitable | ouverte | urgente | globale |
    souveraine | indépendante | prévisible | légitime | interopérable | sobre en carbone | abordable |
    côtière | rurale | nordique | fiscale | judiciaire | consulaire | électorale | territoriale`),
  nouns: split(`la coopération | la sécurité | le développement | le partenariat | l'engagement | la mise en œuvre |
    le cadre | la stabilité | le commerce | l'investissement | l'aide | le dialogue | la souveraineté |
    la reconstruction | la résilience | la capacité | la gouvernance | la transition | les infrastructures |
    les chaînes d'approvisionnement | l'énergie | l'action climatique | le cessez-le-feu | les négociations |
    les institutions | la reddition de comptes | l'innovation | la recherche | l'éducation | la santé |
    la sécurité alimentaire | la gestion de l'eau | la biodiversité | les émissions | la migration |
    la gestion des frontières | la cyberdéfense | la désinformation | les minéraux critiques |
    les semi-conducteurs | l'intelligence artificielle | le contrôle des exportations | les sanctions |
    la non-prolifération | le désarmement | le maintien de la paix | la médiation | l'accès humanitaire |
    la protection des réfugiés | l'égalité des genres | les droits des Autochtones | les normes du travail |
    les finances publiques | l'allègement de la dette | la transparence fiscale | la lutte contre la corruption |
    l'observation électorale | la liberté de la presse | la société civile | l'emploi des jeunes |
    la production de vaccins | la préparation aux pandémies | la protection des océans | la gestion des pêches |
    la conservation des forêts | la lutte contre les feux de forêt | les débris spatiaux |
    la navigation par satellite | la recherche quantique | le recyclage des batteries |
    la production d'hydrogène | l'intégration des réseaux | la sûreté portuaire | la sécurité aérienne |
    les corridors ferroviaires | les procédures douanières | la reconnaissance mutuelle |
    les services consulaires | la facilitation des visas | la mobilité étudiante | le patrimoine culturel |
    les langues officielles`),
  complements:
    split(`l'état de droit | les droits de la personne | la Charte des Nations Unies | le droit international humanitaire |
    l'Accord de Paris | l'intégrité territoriale | le système commercial multilatéral | l'ouverture des marchés |
    un ordre fondé sur des règles | les plus vulnérables | les femmes et les filles | les collectivités locales |
    les petits États insulaires | les pays les moins avancés | les générations futures | le secteur privé |
    les pays partenaires | les populations touchées | la région arctique | l'Indo-Pacifique | le Sahel |
    les Balkans occidentaux | les Grands Lacs | les Caraïbes | le Moyen-Orient | l'Europe de l'Est |
    la Corne de l'Afrique | l'Asie centrale`),
  connectors: split(`en particulier | y compris | notamment | surtout | ainsi que | de même que`),
  means: split(`grâce à des programmes conjoints | par l'échange d'information | avec un financement suffisant |
    par des consultations régulières | en renforçant les institutions | par l'assistance technique |
    en mobilisant les capitaux privés | par une formation ciblée | en harmonisant les normes |
    par un groupe de travail dédié | en mettant en commun les achats | par des examens annuels`),
  purposes: split(`afin de réduire les risques | afin de protéger les civils | afin de bâtir la confiance |
    afin de créer des emplois | afin de réduire les émissions | afin d'améliorer l'accès | afin de prévenir les conflits |
    afin de favoriser la croissance | afin de soutenir la relance | afin d'assurer la conformité |
    afin de sécuriser l'approvisionnement | afin de combler les lacunes | afin d'accroître les capacités |
    afin de réduire les coûts | afin de dissuader toute agression`),
  headings:
    split(`Préambule | Sécurité et défense | Coopération économique | Climat et énergie | Commerce et investissement |
    Aide humanitaire | Gouvernance et institutions | Recherche et innovation | Santé | Migration |
    Mise en œuvre et suivi | Questions régionales | Transformation numérique | Minéraux critiques |
    Océans et pêches | L'Arctique | Culture et éducation | Dispositions finales | Prochaines étapes | Annexe`),
  titles: {
    declaration: split(`Déclaration commune sur | Déclaration conjointe sur | Communiqué des dirigeants sur |
      Déclaration ministérielle sur | Résolution sur | Déclaration de la présidence sur | Communiqué conjoint sur |
      Déclaration d'intention sur | Plan d'action sur`),
    news: split(`Les ministres s'entendent sur | Les dirigeants promettent | Les pourparlers achoppent sur |
      Le sommet se conclut par un accord sur | Des responsables présentent un plan sur | Les alliés promettent |
      Les délégués s'opposent sur | Percée annoncée sur`),
    other: split(`Note d'information sur | Fiche d'information : | Points de discussion sur | Note de breffage sur |
      Compte rendu sommaire sur`),
  },
  issuers: split(`Affaires mondiales Canada | Cabinet du premier ministre | Ministère des Finances |
    Ministère des Affaires étrangères | Mission permanente | Secrétariat du Conseil | Service de presse | Ambassade |
    Agence de presse | Salle de rédaction`),
  said: split(`a déclaré | a dit aux journalistes | a indiqué dans un communiqué | a ajouté | a affirmé mardi |
    a précisé après la rencontre`),
  roles: split(
    `la ministre | un haut responsable | l'ambassadeur | la porte-parole | l'envoyé spécial | la présidente`,
  ),
  months: split(
    `janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre`,
  ),
  million: 'millions de dollars',
  percent: 'pour cent',
};

const WORDS = { en: EN, fr: FR } as const;

const ONSETS = 'b br c ch d f g gr k kh l m n p pr r s st t tr v z w'.split(' ');
const VOWELS = 'a e i o u ai ou ia eo y'.split(' ');
const CODAS = ' n r s l m k t nd rk'.split(' ');

/** An invented name: a few syllables, capitalized. `seed` picks it, so name k is always the same. */
function inventedName(seed: number, syllables: number): string {
  const random = makeRandom(seed * 7919 + syllables);
  let name = '';
  for (let i = 0; i < syllables; i++) {
    name += uniform(random, ONSETS) + uniform(random, VOWELS) + (i === syllables - 1 ? uniform(random, CODAS) : '');
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Names grow with the library: document i draws from the first ~(200 + i / 2) places, people
 * and bodies, so a bigger library has a bigger vocabulary, as a real one does.
 */
class Names {
  private readonly random: Random;
  private readonly span: number;
  constructor(random: Random, span: number) {
    this.random = random;
    this.span = span;
  }
  private choose(offset: number): number {
    return offset + zipfIndex(this.random, this.span);
  }
  place(): string {
    return inventedName(this.choose(0), 2 + (this.choose(0) % 2));
  }
  person(): string {
    return `${inventedName(this.choose(100_000), 2)} ${inventedName(this.choose(200_000), 3)}`;
  }
  body(language: Language): string {
    const name = inventedName(this.choose(300_000), 2);
    return language === 'en' ? `the ${name} Forum` : `le Forum de ${name}`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dateOf(index: number): { iso: string; year: number; month: number; day: number } {
  const year = 2014 + (index % 12);
  const month = 1 + ((index * 7) % 12);
  const day = 1 + ((index * 13) % 28);
  return {
    iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year,
    month,
    day,
  };
}

function amount(random: Random, language: Language): string {
  const value = Math.round(5 + random() * 4995);
  const words = WORDS[language];
  const shown = language === 'en' ? value.toLocaleString('en-CA') : value.toLocaleString('fr-CA');
  return `${shown} ${words.million}`;
}

/**
 * The long tail: words built like the policy vocabulary's own (a root, a prefix, a suffix:
 * "interoperation", "recertification", "décarbonisation"), about 40,000 per language. Most
 * sentences use one, chosen with a Zipf spread, so the library's vocabulary grows with it.
 */
const ROOTS = split(`regul | stabil | fortif | certif | harmon | modern | digit | centr | nation | operat | integr |
  diversif | electr | hydr | geolog | therm | photon | carbon | miner | agricult | aquacult | migr | urban |
  industri | commerc | financ | monet | fisc | budget | legisl | judic | constitut | parlement | democrat |
  militar | navig | aviat | orbit | satellit | quant | cryptograph | biometr | genom | vaccin | epidem |
  sanit | nutrit | educat | cultur | linguist | patrimon | archiv | cartograph | statist | demograph |
  climat | meteorolog | seism | volcan | glaci | ocean | littor | forest | pastor | halieut | energet |
  nucle | petrol | gaz | solar | eol | batter | lithi | cobalt | nickel | graphit | uran | tungsten |
  semiconduct | logist | portu | ferrovi | autorout | douan | tarif | subvent | concess | privatis |
  mutual | coopér | syndic | associat | humanit | refug | asil | frontal | consul | diplomat | protocol |
  sanction | embarg | proliferat | desarm | verif | inspect | monitor | observ | evalu | audit | complian |
  transpar | corrupt | blanchi | fraud | contrefac | piratag | cybern | informat | telecom | radiodiffus |
  audiovisu | numer | algorithm | automat | robot | nanotechn | biotechn | pharmac | hospital | therap |
  rehabilit | reconstruct | reinstall | demin | decontamin | reboise | restaur | preserv | conserv | protect`),
  PREFIXES = [
    '',
    '',
    '',
    're',
    'co',
    'inter',
    'trans',
    'post',
    'pre',
    'sub',
    'multi',
    'contre',
    'de',
    'non',
    'bi',
    'intra',
  ],
  SUFFIXES = {
    en: [
      'ation',
      'ization',
      'ity',
      'ism',
      'ist',
      'ive',
      'al',
      'ally',
      'ment',
      'ance',
      'ence',
      'ure',
      'ics',
      'ology',
      'ator',
      'ing',
    ],
    fr: [
      'ation',
      'isation',
      'ité',
      'isme',
      'iste',
      'if',
      'al',
      'ement',
      'ance',
      'ence',
      'ure',
      'ique',
      'ologie',
      'ateur',
      'ière',
      'age',
    ],
  };

/** Rare word `k` of `language` (k < ROOTS × PREFIXES × SUFFIXES, about 40,000). */
function rareWord(language: Language, k: number): string {
  const suffixes = SUFFIXES[language];
  const root = ROOTS[k % ROOTS.length] as string;
  const rest = Math.floor(k / ROOTS.length);
  const suffix = suffixes[rest % suffixes.length] as string;
  const prefix = PREFIXES[Math.floor(rest / suffixes.length) % PREFIXES.length] as string;
  return `${prefix}${root}${suffix}`;
}

const RARE_WORDS = ROOTS.length * PREFIXES.length * SUFFIXES.en.length;

function rarePhrase(random: Random, language: Language): string {
  const word = rareWord(language, zipfIndex(random, RARE_WORDS));
  const frames =
    language === 'en'
      ? ['on the question of', 'with regard to', 'in the field of', 'concerning', 'including on']
      : ['sur la question de', "à l'égard de", 'dans le domaine de', 'concernant', 'y compris sur'];
  return `${uniform(random, frames)} ${word}`;
}

function sentence(random: Random, language: Language, names: Names, year: number): string {
  const w = WORDS[language];
  const adjective = () => uniform(random, w.adjectives);
  const noun = () => pick(random, w.nouns);
  const object = () => {
    const n = noun();
    if (language === 'en') return random() < 0.5 ? `${adjective()} ${n}` : n;
    return random() < 0.5 ? `${n} ${adjective()}` : n;
  };
  const parts = [pick(random, w.subjects), uniform(random, w.verbs), object()];
  const extra = random();
  if (extra < 0.25) parts.push(`${uniform(random, w.connectors)} ${object()}`);
  else if (extra < 0.45) parts.push(`${language === 'en' ? 'for' : 'pour'} ${pick(random, w.complements)}`);
  else if (extra < 0.6) parts.push(`${language === 'en' ? 'in' : 'à'} ${names.place()}`);
  if (random() < 0.6) parts.push(rarePhrase(random, language));
  if (random() < 0.4) parts.push(uniform(random, w.means));
  if (random() < 0.3) parts.push(uniform(random, w.purposes));
  const tail = random();
  const by = year + 1 + Math.floor(random() * 10);
  if (tail < 0.12) parts.push(language === 'en' ? `by ${by}` : `d'ici ${by}`);
  else if (tail < 0.22) parts.push(`${language === 'en' ? 'with' : 'avec'} ${amount(random, language)}`);
  else if (tail < 0.3) parts.push(`(${Math.round(random() * 95) + 1} ${w.percent})`);
  else if (tail < 0.36)
    parts.push(`${language === 'en' ? 'as agreed with' : 'comme convenu avec'} ${names.body(language)}`);
  return `${capitalize(parts.join(' '))}.`;
}

function newsQuoteParagraph(random: Random, language: Language, names: Names, year: number): string {
  const w = WORDS[language];
  const quoted = sentence(random, language, names, year).replace(/\.$/, '');
  const who = `${names.person()}, ${pick(random, w.roles)}`;
  return language === 'en'
    ? `“${quoted},” ${who}, ${pick(random, w.said)}.`
    : `« ${quoted} », ${pick(random, w.said)} ${who}.`;
}

/** Paragraphs per document: 20 to 60, 40 on average. */
function paragraphCount(random: Random): number {
  return 20 + Math.floor(random() * 41);
}

/** Document `index` of the generated library (60 % declarations, 25 % news, 15 % other; 60 % English). */
export function generateDocument(index: number): GeneratedDocument {
  const random = makeRandom(1_000_003 + index * 31);
  const language: Language = random() < 0.6 ? 'en' : 'fr';
  const roll = random();
  const kind: Kind = roll < 0.6 ? 'declaration' : roll < 0.85 ? 'news' : 'other';
  const names = new Names(random, 200 + Math.floor(index / 2));
  const w = WORDS[language];
  const date = dateOf(index);
  const place = names.place();
  const topic = pick(random, w.nouns);
  const titleTopic = `${topic} ${language === 'en' ? 'with' : 'avec'} ${names.place()}`;
  const title = `${uniform(random, w.titles[kind])} ${titleTopic} (${date.year})`;

  const total = paragraphCount(random);
  const sectionCount = kind === 'news' ? 1 : 2 + Math.floor(random() * 5);
  const headings = [...w.headings];
  const sections: GeneratedDocument['sections'] = [];
  for (let s = 0; s < sectionCount; s++) {
    const heading = s === 0 && kind !== 'news' ? null : kind === 'news' ? null : uniform(random, headings);
    sections.push({ heading, paragraphs: [] });
  }
  for (let p = 0; p < total; p++) {
    const section = sections[
      Math.min(sectionCount - 1, Math.floor((p / total) * sectionCount))
    ] as (typeof sections)[number];
    const sentences = 2 + Math.floor(random() * 3);
    if (kind === 'news' && random() < 0.3) {
      section.paragraphs.push(newsQuoteParagraph(random, language, names, date.year));
      continue;
    }
    const text: string[] = [];
    for (let s = 0; s < sentences; s++) text.push(sentence(random, language, names, date.year));
    section.paragraphs.push(text.join(' '));
  }
  return {
    index,
    language,
    kind,
    title,
    date: date.iso,
    place,
    issuer: uniform(random, w.issuers),
    sections: sections.filter((s) => s.paragraphs.length > 0),
  };
}

/** A news article quoting `source` (its paragraphs `quoted`), words changed in every other quote. */
export function articleQuoting(
  source: { title: string; language: Language; paragraphs: string[] },
  quoted: readonly number[],
  seed: number,
): { title: string; paragraphs: string[] } {
  const random = makeRandom(seed);
  const names = new Names(random, 500);
  const w = WORDS[source.language];
  const paragraphs: string[] = [];
  quoted.forEach((n, i) => {
    const text = source.paragraphs[n - 1] ?? '';
    const first = text.split(/(?<=\.)\s+/)[0]?.replace(/\.$/, '') ?? text;
    const words = first.split(' ');
    // Every other quotation changes a word, as reporters' quotations often do.
    if (i % 2 === 1 && words.length > 6) words.splice(3 + Math.floor(random() * (words.length - 4)), 1);
    const quote = words.join(' ');
    const who = `${names.person()}, ${pick(random, w.roles)}`;
    paragraphs.push(sentence(random, source.language, names, 2024));
    paragraphs.push(
      source.language === 'en'
        ? `“${quote},” ${who} ${pick(random, w.said)}.`
        : `« ${quote} », ${pick(random, w.said)} ${who}.`,
    );
  });
  return {
    title: source.language === 'en' ? `Reaction to ${source.title}` : `Réactions à ${source.title}`,
    paragraphs,
  };
}

/** Words typed into the search box by a user of this library, in both languages. */
export const SEARCH_WORDS = {
  en: [
    'security',
    'cooperation',
    'critical minerals',
    'ceasefire',
    'climate action',
    'sovereignty',
    'humanitarian access',
    'semiconductors',
  ],
  fr: [
    'sécurité',
    'coopération',
    'minéraux critiques',
    'cessez-le-feu',
    'souveraineté',
    'désinformation',
    'biodiversité',
    'électorale',
  ],
};
