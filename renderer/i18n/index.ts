/**
 * The interface language: one i18next instance over the shared catalogues. Components use
 * `useTranslation()` from react-i18next; switching language re-renders them, no restart.
 */
import type { i18n as I18n } from 'i18next';
import { createI18n, languageFromLocale } from '../../shared/i18n/index.ts';

/** Until the store answers, follow the browser's (in Electron: the system's) language. */
export const i18n: I18n = createI18n(languageFromLocale(navigator.language));

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export { formatDate, formatNumber, quote, type Language } from '../../shared/i18n/index.ts';
