import type { QuoteCheck } from '../../../shared/api/index.ts';

type Finding = QuoteCheck['quotes'][number];

/** The word diff of a quotation against its source passage: struck source words, inserted quotation words. */
export function QuoteDiff({ finding }: { finding: Finding }) {
  return (
    <p className="quote-diff" lang="und">
      {finding.diff.map((segment, i) => {
        if (segment.op === 'equal') return <span key={i}>{segment.text}</span>;
        if (segment.op === 'delete')
          return (
            <del key={i}>
              <span className="visually-hidden">[source: </span>
              {segment.text.trimEnd()}
              <span className="visually-hidden">]</span>{' '}
            </del>
          );
        return (
          <ins key={i} className={segment.changed ? 'diff-changed' : undefined}>
            <span className="visually-hidden">{segment.changed ? '[changed: ' : '[quoted: '}</span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        );
      })}
    </p>
  );
}
