import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../shared/i18n/languages.ts';
import { LibraryPanel, useLibrary } from '../features/library/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { FindInDocument, SearchBox, SearchView } from '../features/search/index.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { useAppEvents } from './useAppEvents.ts';
import { navigate, useRoute } from './useRoute.ts';

/** The shell: search box and library on the left, the open document (or search results) on the right. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;

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
      <div className="app-side">
        <SearchBox routeQuery={route.view === 'search' ? route.query : undefined} />
        <LibraryPanel library={library} openId={openId} footer={<LanguageSwitcher />} />
      </div>
      <main className="app-main" id="main">
        {route.view === 'search' ? (
          <SearchView query={route.query} />
        ) : openId ? (
          <>
            <FindInDocument key={`find-${openId}`} documentId={openId} />
            <ReaderView key={openId} documentId={openId} focusParagraph={paragraph} />
          </>
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
