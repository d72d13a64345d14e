/**
 * Import into the library: parse the bytes, then store document and original in one
 * transaction. Same bytes -> the existing document; a changed text of a known document ->
 * its next version, linked to the previous one. A failed import leaves the store unchanged.
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../shared/api/index.ts';
import type { DocumentSummary } from '../../shared/model/index.ts';
import { importDocument, type ImportInput, type ImportOptions } from '../import/index.ts';
import { inTransaction, type Database } from '../store/database.ts';
import {
  findDocumentIdBySha256,
  findLatestVersionFor,
  getDocumentSummary,
  insertDocument,
} from '../store/documents.store.ts';
import { setDocumentDeleted } from '../store/library.store.ts';
import { anchorAnnotationsOn } from './annotations.ts';
import { newId } from './ids.ts';

export interface LibraryImportResult {
  outcome: ImportOutcome;
  document: DocumentSummary;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

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

  const { document, mediaType } = await importDocument(input, options);

  const result = inTransaction(db, (): LibraryImportResult => {
    const previous = findLatestVersionFor(db, document.title, input.fileName);
    const id = newId();
    insertDocument(db, {
      id,
      seriesId: previous?.seriesId ?? id,
      version: previous ? previous.version + 1 : 1,
      previousId: previous?.id ?? null,
      document,
      source: { fileName: input.fileName, sha256, mediaType, bytes: input.bytes, importedAt: new Date().toISOString() },
    });
    return { outcome: previous ? 'new-version' : 'imported', document: summaryOf(db, id) };
  });
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

function summaryOf(db: Database, id: string): DocumentSummary {
  const summary = getDocumentSummary(db, id);
  if (!summary) throw new Error(`document ${id} vanished during import`);
  return summary;
}
