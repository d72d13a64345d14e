/**
 * Import into the library: parse the bytes, then store document and original in one
 * transaction. Same bytes -> the existing document; a changed text of a known document ->
 * its next version, linked to the previous one. A failed import leaves the store unchanged.
 */
import { importDocument, type ImportInput, type ImportOptions } from '../import/index.ts';
import type { Database } from '../store/database.ts';
import { findDocumentIdBySha256 } from '../store/documents.store.ts';
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
  if (existingId) return { outcome: 'existing', document: summaryOf(db, existingId) };

  const parsed = await importDocument(input, options);
  return storeImportedDocument(db, input, parsed, sha256);
}
