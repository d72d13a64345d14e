/**
 * The interface language: one i18next instance over the shared catalogues. Components use
 * `useTranslation()` from react-i18next; switching language re-renders them, no restart.
 */
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { createI18n, isLanguage, languageFromLocale, type Language } from '../../shared/i18n/index.ts';

/** Until the store answers, follow the browser's (in Electron: the system's) language. */
export const i18n: I18n = createI18n(languageFromLocale(navigator.language));

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export {
  formatDate,
  formatDateTime,
  formatNumber,
  formattingLocale,
  quote,
  type Language,
} from '../../shared/i18n/index.ts';

/** The interface language, for formatting dates and numbers; components re-render when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'en';
}
