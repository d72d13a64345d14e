/** The words printed in a pack, in its language, and the date and annex-letter formats. */
import { CATALOGUES, type Catalogue } from '../../../shared/i18n/index.ts';
import type { PrintLanguage } from '../../../shared/model/index.ts';

/** The words printed in a pack: the `print` block of the app's catalogues (shared/i18n). */
export type PrintStrings = Catalogue['print'];

export const PRINT_STRINGS: Record<PrintLanguage, PrintStrings> = {
  en: CATALOGUES.en.print,
  fr: CATALOGUES.fr.print,
};

// Made once per language: building an Intl formatter costs far more than formatting with it.
const DATE_FORMATS = new Map<PrintLanguage, Intl.DateTimeFormat>();

/** "26 September 2024" / "26 septembre 2024" for an ISO date; the input itself when it is not one. */
export function formatPrintDate(iso: string, language: PrintLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  let format = DATE_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(language, format);
  }
  return format.format(date);
}

/** Annex letters A, B, … Z, AA, AB … */
export function annexLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
