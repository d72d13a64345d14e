import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../../shared/api/index.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { ReviewState } from '../../../shared/team/review.ts';
import { call } from '../../api/client.ts';
import { useLanguage } from '../../i18n/index.ts';
import { onTeamEvent } from './team-events.ts';

/**
 * A shared note's or pack's review: its state (Draft, In review, Approved, Sent), who moved
 * it there, the approval, the moves this user may make; and, when an edit returned an
 * approved item to Draft, a notice that says so.
 */
export function ReviewBar({ kind, id }: { kind: 'note' | 'pack'; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [review, setReview] = useState<ReviewView | null>(null);
  const [error, setError] = useState('');
  const [returned, setReturned] = useState(false);
  const previous = useRef<ReviewView | null>(null);

  const load = useCallback(() => {
    call('review:get', { kind, id }).then(
      (next) => {
        // An approval this page saw that is now gone because of an edit: say so.
        if (previous.current && previous.current.state !== 'draft' && next.state === 'draft' && next.returnedToDraft) {
          setReturned(true);
        }
        previous.current = next;
        setReview(next);
      },
      () => setReview(null),
    );
  }, [kind, id]);

  useEffect(() => {
    load();
    return onTeamEvent((event) => {
      if (
        event.type === 'sync-status' ||
        (event.type === 'team-item-changed' && event.kind === kind && event.id === id)
      ) {
        load();
      }
    });
  }, [load, kind, id]);

  if (!review) return null;
  const move = (to: ReviewState) => {
    setError('');
    setReturned(false);
    call('review:move', { kind, id, to }).then(
      (next) => {
        previous.current = next;
        setReview(next);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };
  return (
    <div className="review-bar" role="group" aria-label={t('review.label')}>
      <span className={`review-state review-state--${review.state}`}>{t(`review.states.${review.state}`)}</span>
      {review.approval && (review.state === 'approved' || review.state === 'sent') ? (
        <span className="review-detail">
          {t('review.approvedBy', { name: review.approval.by, date: formatDateTime(review.approval.at, language) })}
        </span>
      ) : (
        review.changedBy &&
        review.changedAt && (
          <span className="review-detail">
            {t('review.changedBy', {
              state: t(`review.states.${review.state}`),
              name: review.changedBy,
              date: formatDateTime(review.changedAt, language),
            })}
          </span>
        )
      )}
      {review.moves.map((to) => (
        <button key={to} type="button" className="small-button" onClick={() => move(to)}>
          {t(`review.moves.${to}`)}
        </button>
      ))}
      {returned && (
        <span className="message review-returned" role="status">
          {t('review.returnedToDraft')}
        </span>
      )}
      {error && (
        <span className="message message--error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
