import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../shared/i18n/languages.ts';
import { call } from '../api/client.ts';

/** The interface language, remembered in the store; the menu follows (Electron). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span>{t('app.language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          void i18n.changeLanguage(language);
          void call('settings:set', { language });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`app.languageNames.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
