import { useTranslation } from 'react-i18next';
import type { QuoteCheck } from '../../../shared/api/index.ts';

type Finding = QuoteCheck['quotes'][number];

/** The word diff of a quotation against its source passage: struck source words, inserted quotation words. */
export function QuoteDiff({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <p className="quote-diff" lang="und">
      {finding.diff.map((segment, i) => {
        if (segment.op === 'equal') return <span key={i}>{segment.text}</span>;
        if (segment.op === 'delete')
          return (
            <del key={i}>
              <span className="visually-hidden">[{t('quotes.diffSource')} </span>
              {segment.text.trimEnd()}
              <span className="visually-hidden">]</span>{' '}
            </del>
          );
        return (
          <ins key={i} className={segment.changed ? 'diff-changed' : undefined}>
            <span className="visually-hidden">
              [{segment.changed ? t('quotes.diffChanged') : t('quotes.diffQuoted')}{' '}
            </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        );
      })}
    </p>
  );
}
