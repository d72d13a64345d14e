import { routeHref } from '../../app/useRoute.ts';

/** The entry point from a news article (or other secondary document) to its quote check. */
export function QuoteCheckLink({ documentId }: { documentId: string }) {
  return (
    <div className="quote-check-bar">
      <span className="muted">How does this document quote its sources?</span>
      <a className="button" href={routeHref({ view: 'quotes', id: documentId })}>
        Check quotes
      </a>
    </div>
  );
}
