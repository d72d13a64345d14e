/**
 * A short first-run guide in the views' empty states: import, annotate, write a note, make a
 * pack. Once dismissed it stays hidden (a library preference), everywhere.
 */
import { useTranslation } from 'react-i18next';
import { setPreferences, usePreferences } from '../../app/preferences.ts';
import { routeHref } from '../../app/useRoute.ts';
import './guide.css';

const STEPS = [
  { key: 'import', href: null },
  { key: 'annotate', href: null },
  { key: 'note', href: routeHref({ view: 'notes' }) },
  { key: 'pack', href: routeHref({ view: 'packs' }) },
] as const;

export function FirstRunGuide() {
  const { t } = useTranslation();
  const { guideDismissed } = usePreferences();
  if (guideDismissed) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('guide.title')}</h2>
      <ol className="first-run-steps">
        {STEPS.map((step) => (
          <li key={step.key}>
            <strong>
              {step.href ? (
                <a href={step.href}>{t(`guide.steps.${step.key}.title`)}</a>
              ) : (
                t(`guide.steps.${step.key}.title`)
              )}
            </strong>{' '}
            {t(`guide.steps.${step.key}.body`)}
          </li>
        ))}
      </ol>
      <div className="first-run-footer">
        <span className="muted">{t('guide.shortcuts')}</span>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={(event) => {
            // Focus stays in the view: on its heading once the guide is gone.
            const heading = event.currentTarget.closest('main')?.querySelector<HTMLElement>('h1');
            setPreferences({ guideDismissed: true });
            if (heading) {
              heading.tabIndex = -1;
              heading.focus();
            }
          }}
        >
          {t('guide.dismiss')}
        </button>
      </div>
    </section>
  );
}
