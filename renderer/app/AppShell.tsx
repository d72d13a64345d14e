/**
 * The window's frame: a skip link, the bar with the brand and the sidebar toggle, the sidebar
 * (main places, search, library), and the main area. In a wide window the sidebar sits beside
 * the view unless the user closed it; in a narrow one it opens over the view and closes again
 * when a view opens. F6 moves between panes, `\` shows or hides the sidebar, `?` lists the
 * shortcuts.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isSearchShortcut } from '../features/search/index.ts';
import { isPlainKey, isTypingTarget, firstFocusable, focusElement } from './keys.ts';
import { sidebarMode } from './layout.ts';
import { setPreferences, usePreferences } from './preferences.ts';
import { ShortcutsSheet } from './ShortcutsSheet.tsx';
import { usePaneCycling } from './usePaneCycling.ts';
import { useViewFocus } from './useViewFocus.ts';
import { useWindowWidth } from './useWidth.ts';
import { routeHref } from './useRoute.ts';

export function AppShell({
  viewKey,
  sidebar,
  statusBar,
  children,
}: {
  viewKey: string;
  sidebar: ReactNode;
  /** Along the window's foot (team sync), when there is one. */
  statusBar?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const windowWidth = useWindowWidth();
  const mode = sidebarMode(windowWidth, preferences.panes.sidebar);
  const [drawer, setDrawer] = useState(false);
  const [sheet, setSheet] = useState(false);
  const main = useRef<HTMLElement>(null);
  const side = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const open = mode === 'docked' || drawer;
  // The sidebar would dock if the user opened it: then its toggle is a preference, else a drawer.
  const wouldDock = sidebarMode(windowWidth, true) === 'docked';

  useViewFocus(viewKey, main);
  usePaneCycling();

  // A view opening closes the drawer (the user chose where to go).
  const [drawerKey, setDrawerKey] = useState(viewKey);
  if (drawerKey !== viewKey) {
    setDrawerKey(viewKey);
    setDrawer(false);
  }
  // Docking (the window grew) makes the drawer pointless.
  if (drawer && mode === 'docked') setDrawer(false);

  const toggleSidebar = useCallback(() => {
    if (wouldDock) setPreferences({ panes: { sidebar: !preferences.panes.sidebar } });
    else {
      const opening = !drawer;
      flushSync(() => setDrawer(opening));
      if (opening && side.current) focusElement(firstFocusable(side.current));
      else toggle.current?.focus();
    }
  }, [wouldDock, preferences.panes.sidebar, drawer]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The search box lives in the sidebar: show it before the search shortcut focuses it.
      if (isSearchShortcut(event) && mode === 'hidden' && !drawer) {
        flushSync(() => setDrawer(true));
        return;
      }
      if (event.defaultPrevented || isTypingTarget(event.target) || !isPlainKey(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        setSheet(true);
      } else if (event.key === '\\') {
        event.preventDefault();
        toggleSidebar();
      } else if (event.key === 'Escape' && drawer) {
        event.preventDefault();
        setDrawer(false);
        toggle.current?.focus();
      }
    };
    // Capture: the drawer must be open before the search box's own listener focuses it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [mode, drawer, toggleSidebar]);

  const skipToContent = (event: React.MouseEvent) => {
    // The address holds the route: move focus without changing it.
    event.preventDefault();
    const root = main.current;
    if (!root) return;
    const target = root.querySelector<HTMLElement>('[data-view-focus]') ?? root.querySelector<HTMLElement>('h1');
    if (!focusElement(target)) focusElement(root);
  };

  return (
    <div className={`app app--sidebar-${mode}${drawer ? ' app--drawer' : ''}`}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <header className="app-bar">
        <button
          ref={toggle}
          type="button"
          className="icon-button app-bar-toggle"
          aria-expanded={open}
          aria-controls="app-sidebar"
          aria-label={open ? t('shell.hideSidebar') : t('shell.showSidebar')}
          title={`${open ? t('shell.hideSidebar') : t('shell.showSidebar')} (\\)`}
          onClick={toggleSidebar}
        >
          <span aria-hidden="true">{open && mode === 'docked' ? '«' : '☰'}</span>
        </button>
        <a className="brand" href={routeHref({ view: 'library' })}>
          {t('app.name')}
        </a>
        <button
          type="button"
          className="icon-button app-bar-help"
          aria-label={t('shell.shortcuts')}
          title={`${t('shell.shortcuts')} (?)`}
          onClick={() => setSheet(true)}
        >
          <span aria-hidden="true">?</span>
        </button>
      </header>
      <div
        ref={side}
        id="app-sidebar"
        className="app-side"
        data-pane="sidebar"
        // Out of the way and out of the tab order while closed.
        inert={!open}
      >
        {sidebar}
      </div>
      {drawer && (
        <div
          className="app-scrim"
          aria-hidden="true"
          onClick={() => {
            setDrawer(false);
          }}
        />
      )}
      <main ref={main} className="app-main" id="main" tabIndex={-1} data-pane="main">
        {children}
      </main>
      {statusBar}
      {sheet && <ShortcutsSheet onClose={() => setSheet(false)} />}
    </div>
  );
}
