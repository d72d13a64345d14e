/**
 * Document metadata from text: language by stopword frequency, kind (declaration, news,
 * other), and names (publishers, copyright holders). Datelines are read by dateline.ts.
 */
import type { DocumentKind } from '../../../shared/model/index.ts';
import { wordCount } from './cruft.ts';

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'the and of to in is that for with on as are our we will this by be it from have has which at an not their its was were been'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des du et est un une que qui pour dans sur par nous notre nos avec au aux ce cette sont pas ses leur leurs été être ont'.split(
      ' ',
    ),
  ),
};

/** `en` or `fr` by stopword frequency, or `fallback` when the text is too short to tell. */
export function detectLanguage(texts: readonly string[], fallback: string | null): string {
  const counts: Record<string, number> = { en: 0, fr: 0 };
  let total = 0;
  for (const text of texts) {
    for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
      total++;
      for (const lang of ['en', 'fr'] as const) if (STOPWORDS[lang]?.has(m[0])) counts[lang] = (counts[lang] ?? 0) + 1;
    }
    if (total > 5000) break;
  }
  const en = counts.en ?? 0;
  const fr = counts.fr ?? 0;
  if (en + fr < 3) return normalizeLanguage(fallback) ?? 'en';
  return fr > en ? 'fr' : 'en';
}

function normalizeLanguage(tag: string | null): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

const DECLARATION =
  /(?<!\p{L})(declaration|statement|communiqu[eé]|joint statement|press release|news release|readout|d[ée]claration|communiqué de presse|compte rendu|conclusions|resolution|résolution|memorandum|protocol|protocole)s?(?!\p{L})/iu;
const SPEECH = /^(?:remarks|speech|address|allocution|discours|notes for|notes pour|keynote)(?!\p{L})/iu;
const REPORTING =
  /\b(said|says|stated|according to|reads|is noted|noted that|reported|told|emphasi[sz]es|emphasi[sz]ed|announced|a déclaré|a indiqué|a affirmé|a souligné|selon|a annoncé|rapporte)(?!\p{L})/giu;
const FIRST_PERSON = /\b(we|our|us|nous|notre|nos)\b/gi;

/**
 * `declaration` when the title says so, or a dated, issued text speaks in the first person
 * plural; `news` when a page reports on something (reporting verbs, a publisher); else `other`.
 */
export function detectKind(input: {
  title: string;
  paragraphs: readonly string[];
  hasIssuerDateline: boolean;
  hasPublisher: boolean;
  fromWeb: boolean;
  /** The text opens with an institution as its subject ("The Council today approved …") or enacts. */
  institutionSubject?: boolean;
}): DocumentKind {
  if (SPEECH.test(input.title)) return 'other';
  if (DECLARATION.test(input.title)) return 'declaration';
  const body = input.paragraphs.join('\n');
  const firstPerson = body.match(FIRST_PERSON)?.length ?? 0;
  const reporting = body.match(REPORTING)?.length ?? 0;
  const words = Math.max(1, wordCount(body));
  if (input.hasIssuerDateline && firstPerson / words > 0.01 && reporting < 3) return 'declaration';
  if (input.hasPublisher) return 'news';
  // An institution reporting its own action (a press release, meetings coverage) is official.
  if (input.institutionSubject) return 'declaration';
  if (input.fromWeb && reporting >= 2) return 'news';
  if (input.hasIssuerDateline) return 'declaration';
  return 'other';
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'on', 'in']);

/** A short proper name: "The Daily Courier", "Le Journal de Montréal". */
export function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 1 || words.length > 6 || /[\d.!?:;,@/|>]/.test(text)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * A French-style institution name, where only the first word and proper nouns are capitalized:
 * "Ministère de l'Europe et des Affaires étrangères".
 */
function isOfficialName(text: string): boolean {
  const words = text.split(/\s+/);
  if (/\b(rights|reserved|réservés|droits|copyright|licen[cs]e)\b/i.test(text)) return false;
  return words.length >= 2 && words.length <= 10 && /^\p{Lu}/u.test(text) && !/[\d.!?:;,@/|>]/.test(text);
}

/** "© 2024 Name. All rights reserved." -> "Name". */
export function copyrightHolder(text: string): string | null {
  // "Name — Reproduction interdite", "Name. All rights reserved.": the holder before the notice.
  const notice =
    /^(.{3,60}?)\s*[—–|.,-]\s*(?:reproduction interdite|tous droits réservés|all rights reserved)\.?$/i.exec(text);
  if (notice && !/©|copyright/i.test(notice[1] as string)) {
    const name = (notice[1] as string).trim();
    if (isNameLike(name) || isOfficialName(name)) return name;
  }
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.|,]+?)\s*(?:[.|,]|$)/i.exec(text);
  // "© Name 2025": the year may follow the name.
  const name = m?.[1]?.trim().replace(/\s+\d{4}$/, '');
  return name && (isNameLike(name) || isOfficialName(name)) ? name : null;
}
