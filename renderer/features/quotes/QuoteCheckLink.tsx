import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/useRoute.ts';

/** The entry point from a news article (or other secondary document) to its quote check. */
export function QuoteCheckLink({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  return (
    <div className="quote-check-bar">
      <span className="muted">{t('quotes.checkPrompt')}</span>
      <a className="button" href={routeHref({ view: 'quotes', id: documentId })}>
        {t('quotes.checkQuotes')}
      </a>
    </div>
  );
}
