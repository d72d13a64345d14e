/**
 * Locale-aware formatting that Intl alone does not give: quotation marks and French
 * punctuation spacing. Canadian French (the default) puts a no-break space before the colon
 * and inside guillemets only; France's usage also spaces ; ! ? with a narrow no-break space.
 */
import { formattingLocale, type Language } from './languages.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

export type FrenchVariant = 'fr-CA' | 'fr-FR';

/** An ISO date (`2024-09-26`) as a person writes it: "September 26, 2024", "26 septembre 2024". */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp) as date and time: "Sep 26, 2024, 2:05 p.m.", "26 sept. 2024, 14 h 05". */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(formattingLocale(language)).format(value);
}

/** A share (0..1) as a whole percentage: 72% in English, 72 % (no-break space) in French. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(formattingLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Wraps a quotation in the language's marks: “…” in English, « … » in French. */
export function quote(text: string, language: Language): string {
  return language === 'fr' ? `«${NBSP}${text.trim()}${NBSP}»` : `“${text.trim()}”`;
}

/** Applies French spacing before high punctuation, for the chosen variant. */
export function frenchPunctuation(text: string, variant: FrenchVariant = 'fr-CA'): string {
  let result = text.replace(/\s*:(?=\s|$)/g, `${NBSP}:`);
  if (variant === 'fr-FR') result = result.replace(/\s*([;!?])(?=\s|$)/g, `${NNBSP}$1`);
  return result;
}
