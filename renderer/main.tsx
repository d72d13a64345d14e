import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/600.css';
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/600.css';
import './app/styles.css';
import './app/layout.css';
import { call } from './api/client.ts';
import { App } from './app/App.tsx';
import { loadPreferences } from './app/preferences.ts';
import { installUnsavedGuard } from './app/unsaved.ts';
import { i18n } from './i18n/index.ts';

async function start(): Promise<void> {
  installUnsavedGuard();
  // The remembered language first, so the first paint is already in the right language.
  // …and the remembered panes, so they do not move once shown.
  await Promise.all([
    call('settings:get', {}).then(
      ({ language }) => i18n.changeLanguage(language),
      () => undefined,
    ),
    loadPreferences(),
  ]);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
