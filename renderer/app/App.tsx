import { LibraryPanel, useLibrary } from '../features/library/index.ts';
import { NotesView } from '../features/notes/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { useRoute } from './useRoute.ts';

/** The shell: library on the left, the open document on the right. */
export function App() {
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;
  const quote = route.view === 'document' ? route.quote : undefined;

  return (
    <div className="app">
      <LibraryPanel library={library} openId={openId} />
      <main className="app-main" id="main">
        {route.view === 'notes' ? (
          <NotesView noteId={route.id} />
        ) : openId ? (
          <ReaderView key={openId} documentId={openId} focusParagraph={paragraph} focusQuote={quote} />
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
