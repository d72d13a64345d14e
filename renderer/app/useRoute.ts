import { useEffect, useState } from 'react';

/**
 * The app's location lives in the URL hash, so reload, back and forward work in both the
 * Electron window and browser mode (where the query string holds the launch token).
 *
 *   #/                      library
 *   #/doc/ID                a document
 *   #/doc/ID/p/N            a document, scrolled to ¶ N with it highlighted
 *   #/notes  #/notes/ID     briefing notes
 *   #/packs  #/packs/ID     briefing packs
 *   #/quotes/ID             quote check of a news document
 *   #/search?q=TEXT         search
 */
export type Route =
  | { view: 'library' }
  | { view: 'document'; id: string; paragraph?: number }
  | { view: 'notes'; id?: string }
  | { view: 'packs'; id?: string }
  | { view: 'quotes'; id: string }
  | { view: 'search'; query: string };

const ID = '([A-Za-z0-9_-]+)';

export function parseRoute(hash: string): Route {
  let match = new RegExp(`^#/doc/${ID}(?:/p/(\\d+))?`).exec(hash);
  if (match?.[1])
    return match[2]
      ? { view: 'document', id: match[1], paragraph: Number(match[2]) }
      : { view: 'document', id: match[1] };
  match = new RegExp(`^#/(notes|packs)(?:/${ID})?`).exec(hash);
  if (match?.[1]) {
    const view = match[1] as 'notes' | 'packs';
    return match[2] ? { view, id: match[2] } : { view };
  }
  match = new RegExp(`^#/quotes/${ID}`).exec(hash);
  if (match?.[1]) return { view: 'quotes', id: match[1] };
  match = /^#\/search(?:\?q=(.*))?$/.exec(hash);
  if (match) return { view: 'search', query: decodeURIComponent(match[1] ?? '') };
  return { view: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'document':
      return route.paragraph ? `#/doc/${route.id}/p/${route.paragraph}` : `#/doc/${route.id}`;
    case 'notes':
    case 'packs':
      return route.id ? `#/${route.view}/${route.id}` : `#/${route.view}`;
    case 'quotes':
      return `#/quotes/${route.id}`;
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
