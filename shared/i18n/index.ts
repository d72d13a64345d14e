/**
 * Message catalogues and translators, shared by the renderer, the main process (menus,
 * dialogs, error messages), the CLI and printed packs. i18next is plain JavaScript, so it
 * runs in every environment.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import type { Language } from './languages.ts';

export * from './languages.ts';
export * from './format.ts';
export type { Catalogue } from './locales/en.ts';

export const CATALOGUES = { en, fr } as const;

export const I18N_RESOURCES = {
  en: { translation: en },
  fr: { translation: fr },
};

/** A ready i18next instance; `initImmediate: false` makes initialisation synchronous. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: I18N_RESOURCES,
    interpolation: { escapeValue: false }, // React and our renderers escape; the CLI prints text
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

const translators = new Map<Language, TFunction>();

/** A translate function for one language (CLI messages, API errors, PDF labels, menus); made once. */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).t;
    translators.set(language, t);
  }
  return t;
}
