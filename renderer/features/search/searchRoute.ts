import { routeHref } from '../../app/useRoute.ts';

/** Where a hit opens: the document at ¶ n, with the query passed on so the reader marks it. */
export function hitHref(documentId: string, paragraph: number | null, query: string): string {
  const base = routeHref(
    paragraph ? { view: 'document', id: documentId, paragraph } : { view: 'document', id: documentId },
  );
  return query.trim() ? `${base}?find=${encodeURIComponent(query)}` : base;
}

/** The `find` query carried by a document address (`#/doc/ID/p/N?find=…`), if any. */
export function findParam(hash: string): string {
  const match = /[?&]find=([^&]*)/.exec(hash);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    return '';
  }
}

/**
 * Shows the search view for `query`. The first step into search is a history entry (Back
 * returns to the document); typing after that replaces it, so Back is not one step per key.
 */
export function goToSearch(query: string): void {
  const href = routeHref({ view: 'search', query });
  if (window.location.hash.startsWith('#/search')) window.location.replace(href);
  else window.location.hash = href;
}
