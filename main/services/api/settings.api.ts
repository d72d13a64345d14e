import { isLanguage } from '../../../shared/i18n/index.ts';
import { getSetting, setSetting } from '../store/settings.store.ts';
import { currentLanguage, type ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

function settingsOf(context: ApiContext) {
  const chosen = getSetting(context.db, 'language');
  return { language: currentLanguage(context), chosenLanguage: isLanguage(chosen) ? chosen : null };
}

export const settingsHandlers: ApiHandlers<'settings:get' | 'settings:set'> = {
  'settings:get': async (_input, context) => settingsOf(context),
  'settings:set': async ({ language }, context) => {
    setSetting(context.db, 'language', language);
    context.events.emit({ type: 'language-changed', language });
    return settingsOf(context);
  },
};
