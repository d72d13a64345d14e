import { z } from 'zod';
import { PossibleVersionOfSchema } from './documents.ts';

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
  /**
   * Long poll for events from the main side (menu choices, language switch, imports from the
   * File menu). `after: -1` returns the current position at once.
   */
  'app:events': {
    input: z.object({ after: z.number().int().min(-1) }).strict(),
    output: z.object({
      seq: z.number().int().nonnegative(),
      events: z.array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('language-changed'), language: z.enum(['en', 'fr']) }),
          z.object({ type: z.literal('library-changed'), openDocumentId: z.string().optional() }),
          z.object({ type: z.literal('message'), level: z.enum(['info', 'error']), text: z.string() }),
          z.object({ type: z.literal('export-requested'), format: z.enum(['docx']) }),
          /** An import from the File menu may be a new version of a document: the page asks. */
          z.object({
            type: z.literal('version-question'),
            documentId: z.string(),
            candidate: PossibleVersionOfSchema,
          }),
          /** The team sync status changed: ask `team:status`. */
          z.object({ type: z.literal('sync-status') }),
          /** A teammate's change to a shared item reached this library. */
          z.object({
            type: z.literal('team-item-changed'),
            kind: z.enum(['note', 'pack', 'document']),
            id: z.string(),
          }),
        ]),
      ),
    }),
  },
} as const;
