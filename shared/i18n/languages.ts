/** The languages Précis speaks. Canadian French is the default French variant. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of a POSIX or BCP 47 locale (`fr_CA.UTF-8`, `fr-FR`, `en-US`), English for
 * anything else: the interface has complete catalogues only for these two.
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  const primary = (locale ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === 'fr' ? 'fr' : 'en';
}

/** The BCP 47 tag used for formatting dates and numbers in each language. */
export function formattingLocale(language: Language): string {
  return language === 'fr' ? 'fr-CA' : 'en-CA';
}
