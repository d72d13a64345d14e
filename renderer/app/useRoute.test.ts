import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './useRoute.ts';

describe('routes', () => {
  it('round-trip through the URL hash', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'document', id: 'abc123' },
      { view: 'document', id: 'abc123', paragraph: 8 },
      { view: 'document', id: 'abc123', paragraph: 8, quote: 'Canada & France?\n\n“together” 100%' },
      { view: 'notes' },
      { view: 'notes', id: 'n1' },
      { view: 'packs', id: 'k9' },
      { view: 'quotes', id: 'doc2' },
      { view: 'search', query: 'défense & "war of aggression"' },
      { view: 'tags' },
      { view: 'tags', tag: 'énergie / climat #2' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the library for anything else', () => {
    expect(parseRoute('#/doc/../../etc')).toEqual({ view: 'library' });
    expect(parseRoute('')).toEqual({ view: 'library' });
  });
});
