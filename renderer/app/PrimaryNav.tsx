import { useTranslation } from 'react-i18next';
import { routeHref, type Route } from './useRoute.ts';

const ITEMS = [
  { view: 'library', key: 'nav.library', href: routeHref({ view: 'library' }) },
  { view: 'notes', key: 'nav.notes', href: routeHref({ view: 'notes' }) },
  { view: 'packs', key: 'nav.packs', href: routeHref({ view: 'packs' }) },
  { view: 'search', key: 'nav.search', href: routeHref({ view: 'search', query: '' }) },
  { view: 'tags', key: 'tagsView.nav', href: routeHref({ view: 'tags' }) },
  { view: 'settings', key: 'docx.settings.title', href: routeHref({ view: 'settings' }) },
] as const;

/** The app's main places, one per line under the brand; the current one is marked for screen readers. */
export function PrimaryNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  // A document and its quote check belong to the library.
  const current = route.view === 'document' || route.view === 'quotes' ? 'library' : route.view;
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.view}>
            <a className="primary-nav-item" href={item.href} aria-current={current === item.view ? 'page' : undefined}>
              {t(item.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
