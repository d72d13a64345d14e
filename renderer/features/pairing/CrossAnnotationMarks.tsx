import { useTranslation } from 'react-i18next';
import type { CrossAnnotation } from './cross-annotations.ts';

/** "From the English version": the other version's annotations on this paragraph's pair, dimmed. */
export function CrossAnnotationMarks({ items }: { items: readonly CrossAnnotation[] | undefined }) {
  const { t } = useTranslation();
  if (!items || items.length === 0) return null;
  return (
    <span className="cross-annotations">
      {items.map((item) => {
        const language = t(`pairs.ui.languageAdjective.${item.language}`, { defaultValue: item.language });
        return (
          <span
            key={item.id}
            role="note"
            className={`cross-annotation cross-annotation--${item.color}`}
            data-cross-annotation-id={item.id}
            title={t('pairs.ui.fromVersionTitle', { language, where: item.where.join(', '), quote: item.quote })}
          >
            <span className="cross-annotation-from">
              {t(item.unchecked ? 'pairs.ui.fromVersionUnchecked' : 'pairs.ui.fromVersion', { language })}
            </span>
            <q className="cross-annotation-quote" lang={item.language}>
              {item.quote}
            </q>
            {item.comment && <span className="cross-annotation-comment">{item.comment}</span>}
          </span>
        );
      })}
    </span>
  );
}
