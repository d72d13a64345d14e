import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstResult } from './resultsFocus.ts';
import { goToSearch } from './searchRoute.ts';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const SEARCH_SHORTCUT_LABEL = IS_MAC ? '⌘K' : 'Ctrl+K';

/** Ctrl+K / ⌘K or Ctrl+Shift+F: the search box, from anywhere in the app. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return false;
  const key = event.key.toLowerCase();
  return (key === 'k' && !event.shiftKey) || (key === 'f' && event.shiftKey);
}

/**
 * The app-wide search box. Typing shows results live in the main area (the search route);
 * ArrowDown moves into the results; Escape clears the box.
 */
export function SearchBox({ routeQuery }: { routeQuery: string | undefined }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(routeQuery ?? '');
  // Follow the address when it changes (Back, a link, a reload).
  const [seenRouteQuery, setSeenRouteQuery] = useState(routeQuery);
  if (routeQuery !== seenRouteQuery) {
    setSeenRouteQuery(routeQuery);
    if (routeQuery !== undefined) setText(routeQuery);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      if (input.current?.value.trim()) goToSearch(input.current.value);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        goToSearch(text);
        focusFirstResult();
      }}
    >
      <input
        ref={input}
        type="search"
        className="search-box-input"
        aria-label={t('search.boxLabel')}
        aria-keyshortcuts="Control+K Meta+K Control+Shift+F"
        placeholder={t('search.boxPlaceholder', { shortcut: SEARCH_SHORTCUT_LABEL })}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          goToSearch(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            focusFirstResult();
          } else if (event.key === 'Escape' && text !== '') {
            event.preventDefault();
            setText('');
            goToSearch('');
          }
        }}
      />
    </form>
  );
}
