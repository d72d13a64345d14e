import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';

const LanguageSchema = z.enum(LANGUAGES);

const SettingsSchema = z.object({
  /** The interface language in effect. */
  language: LanguageSchema,
  /** The user's explicit choice, or null while the system language applies. */
  chosenLanguage: LanguageSchema.nullable(),
});

export const settingsContract = {
  'settings:get': { input: z.object({}).strict(), output: SettingsSchema },
  /** Switches the interface language everywhere at once (menus too), and remembers it. */
  'settings:set': { input: z.object({ language: LanguageSchema }).strict(), output: SettingsSchema },
} as const;
