import { uiPreferences, updateUiPreferences } from '../settings/settings.service.ts';
import type { ApiHandlers } from './handler.ts';

export const preferencesHandlers: ApiHandlers<'settings:ui' | 'settings:setUi'> = {
  'settings:ui': async (_input, { db }) => uiPreferences(db),
  'settings:setUi': async ({ panes, guideDismissed }, { db }) => updateUiPreferences(db, { panes, guideDismissed }),
};
