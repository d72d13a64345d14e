/**
 * Importing files chosen in the desktop app's File ▸ Import… dialog: read each, import it,
 * and tell the page (through the event stream) what to show and what failed.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AppEvents } from '../api/events.ts';
import { translateApiError } from '../../../shared/api/index.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import { ImportError, importTranslation } from '../import/index.ts';
import type { Database } from '../store/database.ts';
import { importIntoLibrary } from './import-document.ts';

export async function importPaths(
  db: Database,
  paths: readonly string[],
  events: AppEvents,
  /** The interface language the failures are worded in. */
  language: Language = 'en',
): Promise<{ imported: string[]; failures: string[] }> {
  const imported: string[] = [];
  const failures: string[] = [];
  for (const path of paths) {
    try {
      const result = await importIntoLibrary(db, { fileName: basename(path), bytes: await readFile(path) });
      imported.push(result.document.id);
      // Partial evidence of a version: the page asks the user (as it does for its own imports).
      if (result.possibleVersionOf) {
        events.emit({ type: 'version-question', documentId: result.document.id, candidate: result.possibleVersionOf });
      }
    } catch (error) {
      const reason =
        error instanceof ImportError
          ? error.messageIn(language)
          : translateApiError(
              importTranslation('unreadableFile', basename(path), {
                reason: (error as NodeJS.ErrnoException).code ?? String(error),
              }),
              language,
            );
      failures.push(reason);
    }
  }
  const last = imported.at(-1);
  events.emit(last ? { type: 'library-changed', openDocumentId: last } : { type: 'library-changed' });
  if (failures.length > 0) events.emit({ type: 'message', level: 'error', text: failures.join('\n') });
  return { imported, failures };
}
