/** The team feature's data hooks: the sync status and one item's standing in the team. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput, SyncStatus } from '../../../shared/api/index.ts';
import type { ItemKind } from '../../../shared/team/protocol.ts';
import { call } from '../../api/client.ts';
import { onTeamEvent } from './team-events.ts';

/** The sync status, kept current by the main side's events (and a slow poll, in case one is missed). */
export function useSyncStatus(): { status: SyncStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const refresh = useCallback(() => {
    call('team:status', {}).then(setStatus, () => setStatus(null));
  }, []);
  useEffect(() => {
    refresh();
    const stop = onTeamEvent((event) => {
      if (event.type === 'sync-status') refresh();
    });
    const timer = setInterval(refresh, 15_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [refresh]);
  return { status, refresh };
}

export type TeamItemState = ApiOutput<'team:item'>;

/** Whether an item is shared and how this user may edit it; `undefined` while loading. */
export function useTeamItem(kind: ItemKind, id: string): { item: TeamItemState | undefined; refresh: () => void } {
  const [item, setItem] = useState<TeamItemState | undefined>(undefined);
  const refresh = useCallback(() => {
    call('team:item', { kind, id }).then(setItem, () =>
      setItem({ shared: false, readOnly: false, refused: null, user: null }),
    );
  }, [kind, id]);
  useEffect(() => {
    refresh();
    return onTeamEvent((event) => {
      if (event.type === 'sync-status') refresh();
    });
  }, [refresh]);
  return { item, refresh };
}

/** Calls `onChange` when a teammate's change to this item reached the library. */
export function useTeamItemChanges(kind: ItemKind, id: string, onChange: () => void): void {
  useEffect(
    () =>
      onTeamEvent((event) => {
        if (event.type === 'team-item-changed' && event.kind === kind && event.id === id) onChange();
      }),
    [kind, id, onChange],
  );
}
