import { useTranslation } from 'react-i18next';
import { TeamSettingsView } from '../team/index.ts';
import { WordTemplateSettings } from '../word-export/index.ts';

/** Settings: what is chosen once and kept (the Word template, the team library; the interface language is in the sidebar). */
export function SettingsView() {
  const { t } = useTranslation();
  return (
    <article className="settings-view" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('docx.settings.title')}</h1>
      <WordTemplateSettings />
      <TeamSettingsView />
    </article>
  );
}
