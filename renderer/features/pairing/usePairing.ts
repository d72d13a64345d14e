import { useCallback, useEffect, useState } from 'react';
import type { PairAlignment } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';

export interface PairingState {
  /** null while loading; `alignment` null when the document is not paired. */
  loaded: boolean;
  alignment: PairAlignment | null;
  error: string | null;
  busy: boolean;
  pair: (otherId: string) => Promise<boolean>;
  unpair: () => Promise<void>;
  correct: (pair: { a: string[]; b: string[] }) => Promise<void>;
  dismissError: () => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A document's pairing with its other language version, and the changes to it. */
export function usePairing(documentId: string): PairingState {
  const [loaded, setLoaded] = useState(false);
  const [alignment, setAlignment] = useState<PairAlignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The reader is keyed by document: a new document is a new hook, already "not loaded".
    let live = true;
    call('pairs:alignment', { documentId }).then(
      (value) => {
        if (!live) return;
        setAlignment(value);
        setLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        setError(message(e));
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [documentId]);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(message(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const pair = useCallback(
    async (otherId: string) => {
      const result = await run(() => call('pairs:pair', { documentId, otherId }));
      if (result) setAlignment(result);
      return Boolean(result);
    },
    [documentId, run],
  );
  const unpair = useCallback(async () => {
    const result = await run(() => call('pairs:unpair', { documentId }));
    if (result) setAlignment(null);
  }, [documentId, run]);
  const correct = useCallback(
    async (pairToSet: { a: string[]; b: string[] }) => {
      const result = await run(() => call('pairs:correct', { documentId, pair: pairToSet }));
      if (result) setAlignment(result);
    },
    [documentId, run],
  );
  const dismissError = useCallback(() => setError(null), []);
  return { loaded, alignment, error, busy, pair, unpair, correct, dismissError };
}
