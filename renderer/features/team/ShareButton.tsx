import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../shared/team/protocol.ts';
import { call } from '../../api/client.ts';
import { useSyncStatus } from './useTeam.ts';

/** "Share with the team" for an item of a library in a team that is not shared yet. */
export function ShareButton({
  kind,
  id,
  shared,
  beforeShare,
  onShared,
}: {
  kind: ItemKind;
  id: string;
  shared: boolean;
  /** Runs first (a note saves what is pending, so the shared copy is the latest). */
  beforeShare?: () => Promise<void>;
  onShared: () => void;
}) {
  const { t } = useTranslation();
  const { status } = useSyncStatus();
  const [error, setError] = useState('');
  if (!status?.team || status.team.role === 'reader') return null;
  if (shared) return <span className="shared-badge">{t('team.sharedItem')}</span>;
  return (
    <>
      <button
        type="button"
        className="small-button"
        onClick={() =>
          (beforeShare?.() ?? Promise.resolve())
            .then(() => call('team:share', { items: [{ kind, id }] }))
            .then(onShared, (failure: unknown) =>
              setError(failure instanceof Error ? failure.message : String(failure)),
            )
        }
      >
        {t('team.share')}
      </button>
      {error && (
        <span className="message message--error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
