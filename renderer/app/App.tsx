import { LibraryPanel, useLibrary } from '../features/library/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { FindInDocument, SearchBox, SearchView } from '../features/search/index.ts';
import { useRoute } from './useRoute.ts';

/** The shell: search box and library on the left, the open document (or search results) on the right. */
export function App() {
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;

  return (
    <div className="app">
      <div className="app-side">
        <SearchBox routeQuery={route.view === 'search' ? route.query : undefined} />
        <LibraryPanel library={library} openId={openId} />
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
            <h1>Précis</h1>
            <p>Choose a document in the library, or import one: a saved web page, a PDF, a Word file or a text file.</p>
          </div>
        )}
      </main>
    </div>
  );
}
