/**
 * The settings domain (`settings:*` in the API): the interface language chosen, and the window's
 * remembered layout (panes open or closed, the first-run guide dismissed). The handlers in
 * `api/settings.api.ts` and `api/preferences.api.ts` only call these.
 */
import { DEFAULT_UI_PREFERENCES, UiPreferencesSchema, type UiPreferences } from '../../../shared/api/preferences.ts';
import { isLanguage, type Language } from '../../../shared/i18n/index.ts';
import type { Database } from '../store/database.ts';
import { getSetting, setSetting } from '../store/settings.store.ts';

const LANGUAGE_KEY = 'language';
const UI_KEY = 'ui';

/** The language the user chose, or null when the system's is used. */
export function chosenLanguage(db: Database): Language | null {
  const chosen = getSetting(db, LANGUAGE_KEY);
  return isLanguage(chosen) ? chosen : null;
}

/** The interface language: the one chosen, else the system's. */
export function interfaceLanguage(db: Database, systemLanguage: Language): Language {
  return chosenLanguage(db) ?? systemLanguage;
}

export function chooseLanguage(db: Database, language: Language): void {
  setSetting(db, LANGUAGE_KEY, language);
}

/**
 * The stored preferences over the defaults. A value written by another version (a missing or
 * unknown field) or damaged by hand keeps what still reads and takes defaults for the rest.
 */
export function uiPreferences(db: Database): UiPreferences {
  let stored: unknown;
  try {
    stored = JSON.parse(getSetting(db, UI_KEY) ?? '{}');
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

/** Changes the fields given, keeps the others; returns what is now stored. */
export function updateUiPreferences(
  db: Database,
  change: { panes?: Partial<UiPreferences['panes']> | undefined; guideDismissed?: boolean | undefined },
): UiPreferences {
  const current = uiPreferences(db);
  const next: UiPreferences = {
    panes: { ...current.panes, ...change.panes },
    guideDismissed: change.guideDismissed ?? current.guideDismissed,
  };
  setSetting(db, UI_KEY, JSON.stringify(next));
  return next;
}

function pickBooleans<T extends Record<string, boolean>>(value: object, shape: T): Partial<T> {
  const picked: Partial<Record<keyof T, boolean>> = {};
  for (const key of Object.keys(shape) as Array<keyof T>) {
    const field = (value as Record<keyof T, unknown>)[key];
    if (typeof field === 'boolean') picked[key] = field;
  }
  return picked as Partial<T>;
}
