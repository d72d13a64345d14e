/**
 * Autosave: a save starts at most ~1 s after the last keystroke (a short pause, or a
 * deadline while typing goes on), one at a time, always with the newest content. Each save
 * is one atomic store transaction, so killing the app loses at most the unsaved second.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';
import { registerUnsaved } from '../../app/unsaved.ts';

/** Quiet time after a keystroke before saving. */
const PAUSE_MS = 400;
/** Longest a change waits while typing continues (with the idle wait below: under a second). */
const MAX_WAIT_MS = 750;

/** Longest a due save waits for the main thread to be idle. */
const IDLE_WAIT_MS = 150;

function idle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 0);
}

export type SaveInput = Omit<ApiInput<'notes:save'>, 'checkpoint'>;
type Checkpoint = 'manual' | 'before-restore';

export interface SaveState {
  status: 'saved' | 'pending' | 'saving' | 'error';
  savedAt?: string;
  message?: string;
}

export function useNoteSaver(snapshot: () => SaveInput | null, onSaved: (versionCreated: boolean) => void) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const pauseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const deadline = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef<{ checkpoint?: Checkpoint } | null>(null);
  const snapshotRef = useRef(snapshot);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    snapshotRef.current = snapshot;
    onSavedRef.current = onSaved;
  });

  const runRef = useRef<(checkpoint?: Checkpoint) => Promise<void>>(async () => {});
  const run = useCallback(async (checkpoint?: Checkpoint): Promise<void> => {
    clearTimeout(pauseTimer.current);
    clearTimeout(deadline.current);
    pauseTimer.current = deadline.current = undefined;
    if (inFlight.current) {
      // One save at a time; the next one takes the newest content when this one ends.
      again.current = { ...(again.current ?? {}), ...(checkpoint ? { checkpoint } : {}) };
      return inFlight.current;
    }
    const input = snapshotRef.current();
    if (!input) return;
    setState((s) => ({ ...s, status: 'saving' }));
    const attempt = call('notes:save', { ...input, ...(checkpoint ? { checkpoint } : {}) }).then(
      (result) => {
        setState({ status: 'saved', savedAt: result.summary.updatedAt });
        onSavedRef.current(result.version !== null);
      },
      (error: unknown) =>
        setState({
          status: 'error',
          message: i18n.t('notes.notSaved', { reason: error instanceof Error ? error.message : String(error) }),
        }),
    );
    inFlight.current = attempt.finally(() => {
      inFlight.current = null;
      const next = again.current;
      again.current = null;
      if (next) void runRef.current(next.checkpoint);
    });
    return inFlight.current;
  }, []);

  useEffect(() => {
    runRef.current = run;
  }, [run]);

  /**
   * Call on every change: saves after a pause, or at the deadline while typing continues.
   * Serializing a long note takes a few milliseconds, so it waits for an idle moment between
   * keystrokes (at most IDLE_WAIT_MS) instead of landing on one.
   */
  const schedule = useCallback(() => {
    setState((s) => (s.status === 'pending' ? s : { ...s, status: 'pending' }));
    const whenIdle = () => idle(() => void run());
    clearTimeout(pauseTimer.current);
    pauseTimer.current = setTimeout(whenIdle, PAUSE_MS);
    deadline.current ??= setTimeout(whenIdle, MAX_WAIT_MS);
  }, [run]);

  /** Saves now (Ctrl+S records a version: `manual`). */
  const flush = useCallback((checkpoint?: Checkpoint) => run(checkpoint), [run]);

  // Leaving the note or closing the window saves what is pending (the window waits for it: app/unsaved.ts).
  useEffect(() => {
    const pending = () => Boolean(pauseTimer.current || deadline.current);
    const flushAll = async () => {
      await run();
      // A save that was already running takes the newest text in a follow-up: wait for that too.
      while (inFlight.current) await inFlight.current;
    };
    const unregister = registerUnsaved({ pending, flush: flushAll });
    return () => {
      unregister();
      if (pending()) void run();
    };
  }, [run]);

  return { state, schedule, flush };
}
