import { useTranslation } from 'react-i18next';
import { syncStatusText } from '../../../shared/team/status-text.ts';
import { useSyncStatus } from './useTeam.ts';

/** The window's status bar: where team sync stands ("Saved to server", "3 changes waiting", "Offline", "Error: …"). */
export function SyncStatusBar() {
  const { t } = useTranslation();
  const { status } = useSyncStatus();
  if (!status || status.state === 'off') return null;
  return (
    <footer className={`status-bar status-bar--${status.state}`} aria-label={t('sync.label')}>
      <span className="status-bar-dot" aria-hidden="true" />
      <span role="status" aria-live="polite" className="status-bar-text">
        {syncStatusText(t, status)}
      </span>
      {status.team && (
        <a className="status-bar-team" href="#/settings">
          {status.team.name} · {status.team.user}
        </a>
      )}
    </footer>
  );
}
