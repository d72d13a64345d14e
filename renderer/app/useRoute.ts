import { useEffect, useState } from 'react';

/**
 * The app's location lives in the URL hash, so reload, back and forward work in both the
 * Electron window and browser mode (where the query string holds the launch token).
 *
 *   #/                      library
 *   #/doc/ID                a document
 *   #/doc/ID/p/N            a document, scrolled to ¶ N with it highlighted
 *   #/doc/ID/p/N?quote=T    … and the passage T (an excerpt's text) marked within it
 *   #/notes  #/notes/ID     briefing notes
 *   #/packs  #/packs/ID     briefing packs
 *   #/quotes/ID             quote check of a news document
 *   #/search?q=TEXT         search
 *   #/tags  #/tags/NAME     every tag, and one tag's annotations across the library
 *   #/settings              settings (the Word template, the team library)
 */
export type Route =
  | { view: 'library' }
  | { view: 'document'; id: string; paragraph?: number; quote?: string }
  | { view: 'notes'; id?: string }
  | { view: 'packs'; id?: string }
  | { view: 'quotes'; id: string }
  | { view: 'search'; query: string }
  | { view: 'tags'; tag?: string }
  | { view: 'settings' };

const ID = '([A-Za-z0-9_-]+)';

export function parseRoute(hash: string): Route {
  let match = new RegExp(`^#/doc/${ID}(?:/p/(\\d+)(?:\\?quote=(.*))?)?`).exec(hash);
  if (match?.[1]) {
    if (!match[2]) return { view: 'document', id: match[1] };
    const paragraph = { view: 'document' as const, id: match[1], paragraph: Number(match[2]) };
    return match[3] ? { ...paragraph, quote: safeDecode(match[3]) } : paragraph;
  }
  match = new RegExp(`^#/(notes|packs)(?:/${ID})?`).exec(hash);
  if (match?.[1]) {
    const view = match[1] as 'notes' | 'packs';
    return match[2] ? { view, id: match[2] } : { view };
  }
  match = new RegExp(`^#/quotes/${ID}`).exec(hash);
  if (match?.[1]) return { view: 'quotes', id: match[1] };
  match = /^#\/tags(?:\/(.+))?$/.exec(hash);
  if (match) return match[1] ? { view: 'tags', tag: safeDecode(match[1]) } : { view: 'tags' };
  if (/^#\/settings\/?$/.test(hash)) return { view: 'settings' };
  match = /^#\/search(?:\?q=(.*))?$/.exec(hash);
  if (match) return { view: 'search', query: decodeURIComponent(match[1] ?? '') };
  return { view: 'library' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'document':
      if (!route.paragraph) return `#/doc/${route.id}`;
      return `#/doc/${route.id}/p/${route.paragraph}${route.quote ? `?quote=${encodeURIComponent(route.quote)}` : ''}`;
    case 'notes':
    case 'packs':
      return route.id ? `#/${route.view}/${route.id}` : `#/${route.view}`;
    case 'quotes':
      return `#/quotes/${route.id}`;
    case 'search':
      return `#/search?q=${encodeURIComponent(route.query)}`;
    case 'tags':
      return route.tag ? `#/tags/${encodeURIComponent(route.tag)}` : '#/tags';
    case 'settings':
      return '#/settings';
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
