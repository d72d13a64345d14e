/**
 * Import into the library: parse the bytes, then store document and original in one
 * transaction. Same bytes -> the existing document; a changed text of a known document ->
 * its next version, linked to the previous one. A failed import leaves the store unchanged.
 */
import type { ImportInput, ImportOptions } from '../import/index.ts';
import { importInWorker } from '../import/worker-host.ts';
import type { Database } from '../store/database.ts';
import { findDocumentIdBySha256 } from '../store/documents.store.ts';
import { setDocumentDeleted } from '../store/library.store.ts';
import { anchorAnnotationsOn } from './annotations.ts';
import { sha256Hex, storeImportedDocument, summaryOf, type LibraryImportResult } from './store-import.ts';

export type { LibraryImportResult } from './store-import.ts';
export { sha256Hex } from './store-import.ts';

export async function importIntoLibrary(
  db: Database,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<LibraryImportResult> {
  const sha256 = sha256Hex(input.bytes);
  const existingId = findDocumentIdBySha256(db, sha256);
  if (existingId) {
    // Importing a deleted document again brings it back (with its annotations).
    setDocumentDeleted(db, existingId, null);
    return { outcome: 'existing', document: summaryOf(db, existingId) };
  }

  // In a worker thread: the time limit must hold even when a parser is stuck in synchronous work.
  const parsed = await importInWorker(input, options);
  // Cancelled while it was being read: nothing is stored.
  options.signal?.throwIfAborted();
  const result = storeImportedDocument(db, input, parsed, sha256);
  // A new version: re-anchor the series' annotations onto it now, so they are ready (and
  // stable) when it is opened. Anchoring failures must not fail the import.
  if (result.outcome === 'new-version') {
    try {
      anchorAnnotationsOn(db, result.document.id);
    } catch (error) {
      console.error('re-anchoring after import failed', error);
    }
  }
  return result;
}
