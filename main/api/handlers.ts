/** Every API handler, one object per domain; the same objects serve IPC, HTTP and the CLI. */
import { appHandlers } from './app.api.ts';
import { documentsHandlers } from './documents.api.ts';
import type { ApiHandlers } from './handler.ts';
import { settingsHandlers } from './settings.api.ts';
import { notesHandlers } from './notes.api.ts';

export const apiHandlers: ApiHandlers = {
  ...appHandlers,
  ...documentsHandlers,
  ...settingsHandlers,
  ...notesHandlers,
};
