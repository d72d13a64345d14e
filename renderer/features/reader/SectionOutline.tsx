import { useTranslation } from 'react-i18next';
import { bringIntoView } from './reveal.ts';
import { formatParagraphLabels, paragraphLabel, type Section } from '../../../shared/model/index.ts';

export function sectionElementId(index: number): string {
  return `section-${index}`;
}

/** The document's sections, to jump around; buttons, because the URL hash holds the route. */
export function SectionOutline({ sections }: { sections: readonly Section[] }) {
  const { t } = useTranslation();
  const headed = sections.map((section, index) => ({ section, index })).filter(({ section }) => section.heading);
  if (headed.length === 0) return null;
  return (
    <nav className="outline" aria-label={t('reader.sections')}>
      <h2 className="outline-title">{t('reader.sections')}</h2>
      <ol className="outline-list">
        {headed.map(({ section, index }) => (
          <li key={index}>
            <button
              type="button"
              className="outline-link"
              onClick={() => {
                const target = document.getElementById(sectionElementId(index));
                if (target) bringIntoView(target, { block: 'start', smooth: true });
                target?.focus({ preventScroll: true });
              }}
            >
              <span className="outline-range">
                {section.paragraphs[0] ? formatParagraphLabels([paragraphLabel(section.paragraphs[0])]) : ''}
              </span>{' '}
              {section.heading}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
