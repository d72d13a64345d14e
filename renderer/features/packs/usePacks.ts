import { useCallback, useEffect, useState } from 'react';
import type { Pack, PackSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { onTeamEvent } from '../team/index.ts';

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The list of packs. */
export function usePackList() {
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(
    () => call('packs:list', {}).then(setPacks, (e: unknown) => setError(errorMessage(e))),
    [],
  );
  useEffect(() => {
    void refresh();
    // A teammate's pack (or a change to one) reached the library.
    return onTeamEvent((event) => {
      if (event.type === 'team-item-changed' && event.kind === 'pack') void refresh();
    });
  }, [refresh]);
  return { packs, error, refresh };
}

/** One pack, and the calls that change it: each returns the pack as stored afterwards. */
export function usePack(id: string | undefined, onChanged: () => void) {
  const [pack, setPack] = useState<Pack | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // The editor is keyed by pack id: a new id is a new hook, so nothing needs resetting here.
    if (!id) return;
    const load = () => call('packs:get', { id }).then(setPack, (e: unknown) => setError(errorMessage(e)));
    void load();
    return onTeamEvent((event) => {
      if (event.type === 'team-item-changed' && event.kind === 'pack' && event.id === id) void load();
    });
  }, [id]);
  const run = useCallback(
    async (change: () => Promise<Pack>): Promise<boolean> => {
      try {
        setPack(await change());
        setError(null);
        onChanged();
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      }
    },
    [onChanged],
  );
  return { pack, error, setError, run };
}
