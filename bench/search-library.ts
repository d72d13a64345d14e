/**
 * A deterministic synthetic library for the search benchmark: documents in English and
 * French whose words follow a Zipf distribution over a vocabulary of real policy words and
 * invented ones, with common phrases sprinkled in, and a fixed set of 100 queries over it.
 * Same seed, same library, same queries, every run and every machine.
 */
import type { Section } from '../shared/model/index.ts';

/** mulberry32: small, fast, deterministic. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = {
  en: 'the of and to in a that for is on with as by be this will are our from at it their its we which an have has'.split(
    ' ',
  ),
  fr: 'de la le et les des à en du un une pour dans que qui sur par au nous est sont avec leur ses aux ce cette'.split(
    ' ',
  ),
};

const CONTENT_WORDS = {
  en: (
    'security defence defense cooperation partnership climate energy trade agreement ministers government ' +
    'president minister sovereignty ukraine russia europe canada france alliance nato council nations ' +
    'sanctions development investment innovation research nuclear critical minerals supply chains ' +
    'economic growth resilience democracy rights humanitarian assistance refugees migration border ' +
    'cyber artificial intelligence technology digital infrastructure transport maritime arctic ocean ' +
    'biodiversity emissions transition renewable hydrogen electricity summit declaration statement ' +
    'communique commitment support peace stability region pacific africa middle east conflict ceasefire ' +
    'reconstruction finance budget fiscal taxation health vaccine pandemic education culture language ' +
    'francophonie diplomacy embassy consular citizens visa mobility youth gender equality indigenous ' +
    'reconciliation justice accountability sanctions export import tariffs industry manufacturing ' +
    'agriculture food fisheries forestry space satellite quantum semiconductors battery vehicles ' +
    'interoperability procurement training exercise deployment troops navy army air force intelligence'
  ).split(' '),
  fr: (
    'sécurité défense coopération partenariat climat énergie commerce accord ministres gouvernement ' +
    'président ministre souveraineté ukraine russie europe canada france alliance otan conseil nations ' +
    'sanctions développement investissement innovation recherche nucléaire minéraux critiques ' +
    'approvisionnement économique croissance résilience démocratie droits humanitaire aide réfugiés ' +
    'migration frontière cybersécurité intelligence artificielle technologie numérique infrastructure ' +
    'transport maritime arctique océan biodiversité émissions transition renouvelable hydrogène ' +
    'électricité sommet déclaration communiqué engagement soutien paix stabilité région pacifique ' +
    'afrique moyen-orient conflit cessez-le-feu reconstruction finances budget fiscalité santé vaccin ' +
    'pandémie éducation culture langue francophonie diplomatie ambassade consulaire citoyens visa ' +
    'mobilité jeunesse égalité autochtones réconciliation justice responsabilité exportations ' +
    'importations tarifs industrie fabrication agriculture alimentation pêches forêts espace satellite ' +
    'quantique semi-conducteurs batteries véhicules interopérabilité formation exercice déploiement ' +
    'troupes marine armée renseignement'
  ).split(' '),
};

/** Phrases inserted into some paragraphs, so phrase queries have something to find. */
export const PHRASES = {
  en: [
    'climate change',
    'critical minerals',
    'human rights',
    'supply chains',
    'artificial intelligence',
    'energy security',
    'rule of law',
    'international humanitarian law',
    'territorial integrity',
    'clean energy transition',
  ],
  fr: [
    'changement climatique',
    'minéraux critiques',
    "droits de l'homme",
    "chaînes d'approvisionnement",
    'intelligence artificielle',
    'sécurité énergétique',
    'état de droit',
    'droit international humanitaire',
    'intégrité territoriale',
    'transition énergétique propre',
  ],
};

const SYLLABLES =
  'ba be bi bo bu ca ce ci co da de di do fa fe fi ga go la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi zo'.split(
    ' ',
  );

/** The vocabulary in rank order: function words, then content words spread among invented ones. */
function vocabulary(language: 'en' | 'fr', size: number): string[] {
  const random = makeRandom(language === 'en' ? 11 : 12);
  const invented: string[] = [];
  const seen = new Set<string>();
  while (invented.length < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (language === 'fr' && random() < 0.15) word = word.replace(/e/, 'é');
    if (!seen.has(word)) {
      seen.add(word);
      invented.push(word);
    }
  }
  const words = [...FUNCTION_WORDS[language]];
  const content = CONTENT_WORDS[language];
  // Content word i sits at rank ~ 30 + 12 i: from common to middling.
  let c = 0;
  for (const word of invented) {
    if (c < content.length && words.length >= 30 + 12 * c) words.push(content[c++] as string);
    words.push(word);
  }
  return words;
}

/** Cumulative Zipf weights (s = 1) for sampling ranks by binary search. */
function zipfCumulative(size: number): Float64Array {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    total += 1 / (i + 1);
    cumulative[i] = total;
  }
  for (let i = 0; i < size; i++) cumulative[i] = (cumulative[i] as number) / total;
  return cumulative;
}

function sample(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SyntheticDocument {
  index: number;
  language: 'en' | 'fr';
  title: string;
  date: string;
  sections: Section[];
}

const VOCABULARY_SIZE = 30_000;

/** Yields `count` documents of about `bytesPerDocument` bytes of text each. */
export function* syntheticLibrary(count: number, bytesPerDocument: number): Generator<SyntheticDocument> {
  const random = makeRandom(2024);
  const vocab = { en: vocabulary('en', VOCABULARY_SIZE), fr: vocabulary('fr', VOCABULARY_SIZE) };
  const cumulative = zipfCumulative(VOCABULARY_SIZE);
  const word = (language: 'en' | 'fr') => vocab[language][sample(cumulative, random())] as string;
  const sentence = (language: 'en' | 'fr', words: number) => {
    const parts: string[] = [];
    for (let i = 0; i < words; i++) parts.push(word(language));
    if (random() < 0.25) {
      const phrases = PHRASES[language];
      parts.splice(Math.floor(random() * parts.length), 0, phrases[Math.floor(random() * phrases.length)] as string);
    }
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  for (let index = 0; index < count; index++) {
    const language = index % 2 === 0 ? 'en' : 'fr';
    const sectionCount = 3 + Math.floor(random() * 4);
    const sections: Section[] = [];
    let bytes = 0;
    let n = 0;
    for (let s = 0; s < sectionCount; s++) {
      sections.push({ heading: s === 0 ? null : sentence(language, 4).slice(0, -1), paragraphs: [] });
    }
    while (bytes < bytesPerDocument) {
      const sentences: string[] = [];
      const sentenceCount = 2 + Math.floor(random() * 4);
      for (let i = 0; i < sentenceCount; i++) sentences.push(sentence(language, 8 + Math.floor(random() * 18)));
      const text = sentences.join(' ');
      bytes += Buffer.byteLength(text);
      n += 1;
      const section = sections[Math.min(sectionCount - 1, Math.floor((bytes / bytesPerDocument) * sectionCount))];
      section?.paragraphs.push({ id: `p${n}`, n, text });
    }
    const month = String(1 + (index % 12)).padStart(2, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    yield {
      index,
      language,
      title: sentence(language, 6).slice(0, -1),
      date: `${2015 + (index % 10)}-${month}-${day}`,
      sections,
    };
  }
}

/** 100 fixed queries of every shape the search box accepts, in both languages. */
const FIXED_QUERIES: readonly string[] = [
  // single words, common to middling, with and without accents
  'security',
  'sécurité',
  'securite',
  'défense',
  'defense',
  'cooperation',
  'coopération',
  'climate',
  'climat',
  'energy',
  'énergie',
  'nuclear',
  'nucleaire',
  'ukraine',
  'sanctions',
  'democracy',
  'démocratie',
  'arctic',
  'arctique',
  'hydrogen',
  'hydrogène',
  'vaccine',
  'quantum',
  'quantique',
  'francophonie',
  'reconciliation',
  'réconciliation',
  'semiconductors',
  'interoperability',
  'renseignement',
  // rare invented words (long tail): see rareWords()
  // phrases
  '"climate change"',
  '"changement climatique"',
  '"critical minerals"',
  '"minéraux critiques"',
  '"human rights"',
  '"droits de l\'homme"',
  '"supply chains"',
  '"artificial intelligence"',
  '"intelligence artificielle"',
  '"energy security"',
  '"securite energetique"',
  '"rule of law"',
  '"état de droit"',
  '"territorial integrity"',
  '"clean energy transition"',
  // prefixes
  'secur*',
  'sécur*',
  'clim*',
  'énerg*',
  'nucl*',
  'démocr*',
  'cyber*',
  'hydro*',
  'reconc*',
  'interop*',
  'semi*',
  'franco*',
  'arct*',
  'quant*',
  'vacc*',
  // AND
  'security cooperation',
  'sécurité coopération',
  'climate energy',
  'ukraine sanctions',
  'nuclear energy',
  'arctic sovereignty',
  'défense troupes',
  'hydrogen transition',
  'vaccine pandemic',
  'trade AND tariffs',
  // OR
  'defence OR defense',
  'climate OR climat',
  'security | sécurité',
  'nuclear OR hydrogen',
  'arctic OU arctique',
  'quantum OR semiconductors',
  '(ukraine OR russia) sanctions',
  'vaccine OR vaccin',
  'refugees OR réfugiés',
  'satellite OR space',
  // NOT
  'security -cooperation',
  'climate NOT energy',
  'sécurité SAUF défense',
  'ukraine -russia',
  'nuclear -"clean energy transition"',
  'arctic -ocean',
  'trade -tariffs',
  'énergie -hydrogène',
  'defense -troops',
  '"human rights" -democracy',
];

/** Ten invented words from the long tail of each vocabulary (ranks 2,000 to 29,000). */
function rareWords(): string[] {
  const en = vocabulary('en', VOCABULARY_SIZE);
  const fr = vocabulary('fr', VOCABULARY_SIZE);
  return [2_000, 8_000, 15_000, 22_000, 29_000].flatMap((rank) => [en[rank] as string, fr[rank + 1] as string]);
}

/** 100 fixed queries of every shape the search box accepts, in both languages. */
export function benchQueries(): string[] {
  const queries = [...FIXED_QUERIES];
  queries.splice(30, 0, ...rareWords());
  return queries;
}
