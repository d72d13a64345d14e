/** Every API handler, one object per domain; the same objects serve IPC, HTTP and the CLI. */
import { annotationsHandlers } from './annotations.api.ts';
import { appHandlers } from './app.api.ts';
import { documentCorrectionsHandlers } from './document-corrections.api.ts';
import { documentsHandlers } from './documents.api.ts';
import type { ApiHandlers } from './handler.ts';
import { packsHandlers } from './packs.api.ts';
import { quotesHandlers } from './quotes.api.ts';
import { searchHandlers } from './search.api.ts';
import { settingsHandlers } from './settings.api.ts';
import { notesHandlers } from './notes.api.ts';
import { backupHandlers } from './backup.api.ts';
import { tasksHandlers } from './tasks.api.ts';
import { preferencesHandlers } from './preferences.api.ts';
import { readingHandlers } from './reading.api.ts';
import { exportsHandlers } from './exports.api.ts';
import { pairsHandlers } from './pairs.api.ts';
import { teamHandlers } from './team.api.ts';

export const apiHandlers: ApiHandlers = {
  ...appHandlers,
  ...documentsHandlers,
  ...documentCorrectionsHandlers,
  ...packsHandlers,
  ...quotesHandlers,
  ...annotationsHandlers,
  ...searchHandlers,
  ...settingsHandlers,
  ...notesHandlers,
  ...backupHandlers,
  ...tasksHandlers,
  ...preferencesHandlers,
  ...readingHandlers,
  ...exportsHandlers,
  ...pairsHandlers,
  ...teamHandlers,
};
