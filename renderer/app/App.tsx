import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../shared/i18n/languages.ts';
import { LibraryPanel, useLibrary } from '../features/library/index.ts';
import { NotesView } from '../features/notes/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { useAppEvents } from './useAppEvents.ts';
import { navigate, useRoute } from './useRoute.ts';

/** The shell: library on the left, the open document on the right. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;
  const quote = route.view === 'document' ? route.quote : undefined;

  useAppEvents((event) => {
    if (event.type === 'language-changed' && isLanguage(event.language)) void i18n.changeLanguage(event.language);
    if (event.type === 'library-changed') {
      void library.refresh();
      if (event.openDocumentId) navigate({ view: 'document', id: event.openDocumentId });
    }
    if (event.type === 'message') library.report(event.level, event.text);
  });

  return (
    <div className="app">
      <LibraryPanel library={library} openId={openId} footer={<LanguageSwitcher />} />
      <main className="app-main" id="main">
        {route.view === 'notes' ? (
          <NotesView noteId={route.id} />
        ) : openId ? (
          <ReaderView key={openId} documentId={openId} focusParagraph={paragraph} focusQuote={quote} />
        ) : (
          <div className="empty-state">
            <h1>{t('app.emptyTitle')}</h1>
            <p>{t('app.emptyBody')}</p>
          </div>
        )}
      </main>
    </div>
  );
}
