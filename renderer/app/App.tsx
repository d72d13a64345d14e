import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../shared/i18n/languages.ts';
import { LibraryPanel, LibraryView, useDocumentKind, useLibrary } from '../features/library/index.ts';
import { NotesView } from '../features/notes/index.ts';
import { PacksView } from '../features/packs/index.ts';
import { QuoteCheckLink, QuotesView } from '../features/quotes/index.ts';
import { ReaderView } from '../features/reader/index.ts';
import { SettingsView } from '../features/settings/index.ts';
import { exportToWord } from '../features/word-export/index.ts';
import { FindInDocument, SearchBox, SearchView } from '../features/search/index.ts';
import { ViewBoundary, type ViewName } from '../components/ViewBoundary.tsx';
import { TagsView } from '../features/tags/index.ts';
import { AppShell } from './AppShell.tsx';
import { publishTeamEvent, SyncStatusBar } from '../features/team/index.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { PrimaryNav } from './PrimaryNav.tsx';
import { useAppEvents } from './useAppEvents.ts';
import { navigate, useRoute, type Route } from './useRoute.ts';

/** The shell: brand, main places, search box and library on the left, the open document (or search results) on the right. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const library = useLibrary();
  const openId = route.view === 'document' ? route.id : undefined;
  const paragraph = route.view === 'document' ? route.paragraph : undefined;
  const quote = route.view === 'document' ? route.quote : undefined;
  const quotesId = route.view === 'quotes' ? route.id : undefined;
  // News and other secondary documents quote declarations: offer their quote check.
  const openKind = useDocumentKind(openId, library.generation);

  useAppEvents((event) => {
    if (event.type === 'language-changed' && isLanguage(event.language)) void i18n.changeLanguage(event.language);
    if (event.type === 'library-changed') {
      void library.refresh();
      if (event.openDocumentId) navigate({ view: 'document', id: event.openDocumentId });
    }
    if (event.type === 'message') library.report(event.level, event.text);
    if (event.type === 'export-requested') {
      // File ▸ Export to Word…: the note or pack on screen, if any.
      const target =
        route.view === 'notes' && route.id
          ? ({ kind: 'note', id: route.id } as const)
          : route.view === 'packs' && route.id
            ? ({ kind: 'pack', id: route.id } as const)
            : undefined;
      if (!target) library.report('error', t('docx.nothingOpen'));
      else void exportToWord(target, t).then((status) => library.report(status.level, status.text));
    }
    if (event.type === 'version-question') library.ask({ documentId: event.documentId, candidate: event.candidate });
    if (event.type === 'sync-status' || event.type === 'team-item-changed') {
      publishTeamEvent(event);
      if (event.type === 'team-item-changed' && event.kind === 'document') void library.refresh();
    }
  });

  return (
    <AppShell
      viewKey={routeKey(route)}
      statusBar={<SyncStatusBar />}
      sidebar={
        <>
          <PrimaryNav route={route} />
          <ViewBoundary view="sidebar">
            <SearchBox routeQuery={route.view === 'search' ? route.query : undefined} />
            <LibraryPanel library={library} openId={openId ?? quotesId} footer={<LanguageSwitcher />} />
          </ViewBoundary>
        </>
      }
    >
      {/* Keyed by view and item: a view that failed starts afresh when the user goes elsewhere. */}
      <ViewBoundary key={routeKey(route)} view={viewName(route)}>
        {route.view === 'search' ? (
          <SearchView query={route.query} />
        ) : route.view === 'settings' ? (
          <SettingsView />
        ) : route.view === 'notes' ? (
          <NotesView noteId={route.id} />
        ) : route.view === 'packs' ? (
          <PacksView packId={route.id} />
        ) : route.view === 'tags' ? (
          <TagsView tag={route.tag} />
        ) : quotesId ? (
          <QuotesView key={quotesId} documentId={quotesId} />
        ) : openId ? (
          <>
            <FindInDocument key={`find-${openId}`} documentId={openId} />
            {openKind && openKind !== 'declaration' && <QuoteCheckLink documentId={openId} />}
            <ReaderView key={openId} documentId={openId} focusParagraph={paragraph} focusQuote={quote} />
          </>
        ) : route.view === 'library' ? (
          <LibraryView library={library} />
        ) : (
          <div className="empty-state">
            <h1>{t('app.emptyTitle')}</h1>
            <p>{t('app.emptyBody')}</p>
          </div>
        )}
      </ViewBoundary>
    </AppShell>
  );
}

/** Which view a route shows, for the boundary's message. */
function viewName(route: Route): ViewName {
  if (route.view === 'document') return 'reader';
  if (
    route.view === 'search' ||
    route.view === 'notes' ||
    route.view === 'packs' ||
    route.view === 'quotes' ||
    route.view === 'settings'
  )
    return route.view;
  return 'library';
}

/** The view and what it shows (not the paragraph or query within it): focus moves when it changes. */
function routeKey(route: Route): string {
  if ('id' in route && route.id) return `${route.view}:${route.id}`;
  // Choosing a tag opens its annotations: a new view for focus.
  return route.view === 'tags' && route.tag ? `tags:${route.tag}` : route.view;
}
