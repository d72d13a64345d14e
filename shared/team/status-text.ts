/**
 * The words for a sync status, the same in the status bar and the CLI: "Saved to server",
 * "3 changes waiting", "Offline — 3 changes waiting", "Error: …".
 */
import type { SyncStatus } from '../api/team.ts';

type Translate = (key: string, vars?: Record<string, unknown>) => string;

export function syncStatusText(t: Translate, status: SyncStatus): string {
  if (status.state === 'error' && status.problem) {
    return t('sync.error', { message: t(`sync.problems.${status.problem.code}`, { detail: status.problem.detail }) });
  }
  if (status.state === 'waiting') return t('sync.waiting', { count: status.waiting });
  if (status.state === 'offline') {
    return status.waiting > 0 ? t('sync.offlineWaiting', { count: status.waiting }) : t('sync.offline');
  }
  return t(`sync.${status.state}`);
}
