import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format.ts';
import type { DocumentSummary, StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';

/**
 * "A newer version of this document exists", at the top of an older version, with a link to the
 * newest. Nothing when this is the newest version the library holds.
 */
export function NewerVersionNotice({ document }: { document: Pick<StoredDocument, 'id' | 'version'> }) {
  const { t, i18n } = useTranslation();
  const [newest, setNewest] = useState<DocumentSummary | null>(null);
  useEffect(() => {
    let live = true;
    // By id: this document's summary names its series' latest version, then that one's.
    call('documents:summaries', { ids: [document.id] })
      .then(async ([self]) => {
        if (!self?.latestId || self.latestId === document.id) return null;
        const [latest] = await call('documents:summaries', { ids: [self.latestId] });
        return latest ?? null;
      })
      .then(
        (latest) => live && setNewest(latest),
        () => live && setNewest(null),
      );
    return () => {
      live = false;
    };
  }, [document.id, document.version]);
  if (!newest || newest.version <= document.version) return null;
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  return (
    <p className="message newer-version-notice" role="status">
      {newest.date
        ? t('office.versions.newerExists', { version: newest.version, date: formatDate(newest.date, language) })
        : t('office.versions.newerExistsUndated', { version: newest.version })}{' '}
      <a href={routeHref({ view: 'document', id: newest.id })}>{t('office.versions.openNewest')}</a>
    </p>
  );
}
