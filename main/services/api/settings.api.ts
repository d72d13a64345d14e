import { chooseLanguage, chosenLanguage } from '../settings/settings.service.ts';
import { currentLanguage, type ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

function settingsOf(context: ApiContext) {
  return { language: currentLanguage(context), chosenLanguage: chosenLanguage(context.db) };
}

export const settingsHandlers: ApiHandlers<'settings:get' | 'settings:set'> = {
  'settings:get': async (_input, context) => settingsOf(context),
  'settings:set': async ({ language }, context) => {
    chooseLanguage(context.db, language);
    context.events.emit({ type: 'language-changed', language });
    return settingsOf(context);
  },
};
