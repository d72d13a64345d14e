/**
 * The interface preferences (which panes are open, whether the first-run guide was dismissed),
 * read once at start and shared by every component; a change shows at once and is saved in the
 * library's settings. A library opened read-only keeps changes for this session only.
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_UI_PREFERENCES, type UiPreferences } from '../../shared/api/preferences.ts';
import type { ApiInput } from '../../shared/api/index.ts';
import { call } from '../api/client.ts';

let current: UiPreferences = DEFAULT_UI_PREFERENCES;
const listeners = new Set<() => void>();

function publish(next: UiPreferences): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Reads the stored preferences (before the first paint, so panes do not jump). */
export async function loadPreferences(): Promise<void> {
  try {
    publish(await call('settings:ui', {}));
  } catch {
    // The defaults serve until the library answers.
  }
}

/** Changes some preferences now and saves them. */
export function setPreferences(change: ApiInput<'settings:setUi'>): void {
  publish({
    panes: { ...current.panes, ...change.panes },
    guideDismissed: change.guideDismissed ?? current.guideDismissed,
  });
  call('settings:setUi', change).catch(() => {
    // Not saved (a read-only library): the change holds for this session.
  });
}

export function usePreferences(): UiPreferences {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
