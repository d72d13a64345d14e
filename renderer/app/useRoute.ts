import { useEffect, useState } from 'react';

/** The app's location lives in the URL hash (`#/doc/ID`), so reload and back/forward work. */
export type Route = { view: 'library' } | { view: 'document'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/doc\/([A-Za-z0-9_-]+)/.exec(hash);
  return match?.[1] ? { view: 'document', id: match[1] } : { view: 'library' };
}

export function routeHref(route: Route): string {
  return route.view === 'document' ? `#/doc/${route.id}` : '#/';
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
