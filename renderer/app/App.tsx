import { LibraryPanel, useLibrary } from '../features/library/index.ts';
import { QuoteCheckLink, QuotesView } from '../features/quotes/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { useRoute } from './useRoute.ts';

/** The shell: library on the left, the open document on the right. */
export function App() {
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;
  const quotesId = route.view === 'quotes' ? route.id : undefined;
  // News and other secondary documents quote declarations: offer their quote check.
  const openKind = library.documents?.find((d) => d.id === openId)?.kind;

  return (
    <div className="app">
      <LibraryPanel library={library} openId={openId ?? quotesId} />
      <main className="app-main" id="main">
        {quotesId ? (
          <QuotesView key={quotesId} documentId={quotesId} />
        ) : openId ? (
          <>
            {openKind && openKind !== 'declaration' && <QuoteCheckLink documentId={openId} />}
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
