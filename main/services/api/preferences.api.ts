import { DEFAULT_UI_PREFERENCES, UiPreferencesSchema, type UiPreferences } from '../../../shared/api/preferences.ts';
import { getSetting, setSetting } from '../store/settings.store.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

const KEY = 'ui';

/**
 * The stored preferences over the defaults. A value written by another version (a missing or
 * unknown field) or damaged by hand keeps what still reads and takes defaults for the rest.
 */
function readPreferences(context: ApiContext): UiPreferences {
  let stored: unknown;
  try {
    stored = JSON.parse(getSetting(context.db, KEY) ?? '{}');
  } catch {
    stored = {};
  }
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const panes = typeof record.panes === 'object' && record.panes !== null ? record.panes : {};
  const merged = {
    panes: { ...DEFAULT_UI_PREFERENCES.panes, ...pickBooleans(panes, DEFAULT_UI_PREFERENCES.panes) },
    guideDismissed:
      typeof record.guideDismissed === 'boolean' ? record.guideDismissed : DEFAULT_UI_PREFERENCES.guideDismissed,
  };
  return UiPreferencesSchema.parse(merged);
}

function pickBooleans<T extends Record<string, boolean>>(value: object, shape: T): Partial<T> {
  const picked: Partial<Record<keyof T, boolean>> = {};
  for (const key of Object.keys(shape) as Array<keyof T>) {
    const field = (value as Record<keyof T, unknown>)[key];
    if (typeof field === 'boolean') picked[key] = field;
  }
  return picked as Partial<T>;
}

export const preferencesHandlers: ApiHandlers<'settings:ui' | 'settings:setUi'> = {
  'settings:ui': async (_input, context) => readPreferences(context),
  'settings:setUi': async ({ panes, guideDismissed }, context) => {
    const current = readPreferences(context);
    const next: UiPreferences = {
      panes: { ...current.panes, ...panes },
      guideDismissed: guideDismissed ?? current.guideDismissed,
    };
    setSetting(context.db, KEY, JSON.stringify(next));
    return next;
  },
};
