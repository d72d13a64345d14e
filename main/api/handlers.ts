/** Every API handler, one object per domain; the same objects serve IPC, HTTP and the CLI. */
import { appHandlers } from './app.api.ts';
import { documentsHandlers } from './documents.api.ts';
import type { ApiHandlers } from './handler.ts';
import { searchHandlers } from './search.api.ts';
import { settingsHandlers } from './settings.api.ts';

export const apiHandlers: ApiHandlers = {
  ...appHandlers,
  ...documentsHandlers,
  ...searchHandlers,
  ...settingsHandlers,
};
