/**
 * Fills a library with some of every kind of data it holds, through the real code paths
 * (import pipeline, API handlers). Archive, backup and crash tests use it; when a feature adds
 * a kind of data (and a line in main/library/archive-tables.ts), add it here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importIntoLibrary } from '../../main/library/import-document.ts';
import type { Database } from '../../main/store/database.ts';
import { setSetting } from '../../main/store/settings.store.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

export async function populateEveryKind(db: Database): Promise<void> {
  // Documents of several formats, with their original bytes (PDF and DOCX are binary).
  for (const name of ['statement.pdf', 'memo.docx', 'saved-page.html']) {
    await importIntoLibrary(db, { fileName: name, bytes: readFileSync(join(fixtures, 'import', name)) });
  }
  // A second version of a document (series, previous_id).
  const first = 'Joint Statement on Rivers\n\nWe agree to protect rivers.\n\nWe will meet again next year.\n';
  await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: new TextEncoder().encode(first) });
  await importIntoLibrary(db, {
    fileName: 'rivers.txt',
    bytes: new TextEncoder().encode(first.replace('next year', 'in the spring')),
  });
  setSetting(db, 'test.theme', '"dark"');
  setSetting(db, 'test.unicode', '"Déclaration — 宣言 🇨🇦"');
}
