import { z } from 'zod';

export const appContract = {
  /** Facts the UI shows in About and the status bar. */
  'app:info': {
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      /** `electron` for the desktop shell, `browser` for browser mode. */
      mode: z.enum(['electron', 'browser', 'cli']),
      storePath: z.string(),
      /** The library is open read-only: the UI hides every action that would change it. */
      readOnly: z.boolean(),
    }),
  },
} as const;
