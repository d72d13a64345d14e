/**
 * Document metadata from text: the dateline ("September 26, 2024 – Ottawa, Ontario – Issuer",
 * "Le 26 septembre 2024 – Ottawa", "Ottawa (Ontario), le 26 septembre 2024 –"), language by
 * stopword frequency, and kind (declaration, news, other).
 */
import type { DocumentKind } from '../../../shared/model/index.ts';
import { findDate } from './dates.ts';
import { wordCount } from './cruft.ts';

export interface Dateline {
  date: string;
  place: string | null;
  issuer: string | null;
  /** Text after the dateline on the same line: the start of the first paragraph. */
  rest: string | null;
}

const SEPARATOR = /\s+[–—|]\s+|\s+-\s+|\s*[–—]\s*/;

/** A dateline at the start of a block, or null. */
export function parseDateline(text: string): Dateline | null {
  const found = findDate(text);
  if (!found || found.index > 60) return null;
  const before = text.slice(0, found.index).trim();
  const after = text.slice(found.index + found.length).trim();
  if (before === '' || /^(le|on|the|published|publié le|dated?)$/i.test(before) || /^\p{L}+day,?$/iu.test(before)) {
    // Date first: "DATE – Place – Issuer", where every part is short.
    if (!/^[–—|-]/.test(after)) return null;
    const parts = after
      .replace(/^(?:[–—|]|-{1,2})\s*/, '')
      .split(SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean);
    let rest: string | null = null;
    const last = parts.at(-1);
    if (last && wordCount(last) > 10) {
      rest = last;
      parts.pop();
    }
    if (parts.some((p) => wordCount(p) > 8 || !/^\p{Lu}/u.test(p))) return null;
    return { date: found.iso, place: parts[0] ?? null, issuer: parts.length > 1 ? (parts.at(-1) ?? null) : null, rest };
  }
  // Place first: "Ottawa, Ontario, September 26, 2024 –" or "Paris, le 26 septembre 2024 —".
  const place = before
    .replace(/,?\s*(le|on)?$/i, '')
    .replace(/,$/, '')
    .trim();
  if (wordCount(place) > 5 || !/^\p{Lu}/u.test(place) || /[.!?:]/.test(place)) return null;
  const tail = after.replace(/^(?:[–—|:]|-{1,2})\s*/, '').trim();
  if (after !== '' && !/^[–—|:-]/.test(after)) return null;
  return { date: found.iso, place: titleCasePlace(place), issuer: null, rest: tail === '' ? null : tail };
}

/** "OTTAWA" -> "Ottawa"; mixed case is left alone. */
function titleCasePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s(,'-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

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
  /\b(declaration|statement|communiqu[eé]|joint statement|press release|readout|d[ée]claration|communiqué de presse|compte rendu)s?(?!\p{L})/iu;
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
}): DocumentKind {
  if (DECLARATION.test(input.title)) return 'declaration';
  const body = input.paragraphs.join('\n');
  const firstPerson = body.match(FIRST_PERSON)?.length ?? 0;
  const reporting = body.match(REPORTING)?.length ?? 0;
  const words = Math.max(1, wordCount(body));
  if (input.hasIssuerDateline && firstPerson / words > 0.01 && reporting < 3) return 'declaration';
  if (input.hasPublisher || (input.fromWeb && reporting >= 2)) return 'news';
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
  const m = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^.|,]+?)\s*(?:[.|,]|$)/i.exec(text);
  // "© Name 2025": the year may follow the name.
  const name = m?.[1]?.trim().replace(/\s+\d{4}$/, '');
  return name && (isNameLike(name) || isOfficialName(name)) ? name : null;
}
