/**
 * The store half of an import, without the parsing pipeline (so a process that only stores,
 * like the crash test's writer, starts fast).
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../../shared/api/index.ts';
import type { DocumentSummary } from '../../../shared/model/index.ts';
import type { ImportInput, ImportResult } from '../import/index.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { findLatestVersionFor, getDocumentSummary, insertDocument } from '../store/documents.store.ts';
import { newId } from './ids.ts';

export interface LibraryImportResult {
  outcome: ImportOutcome;
  document: DocumentSummary;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The store half of an import: document, structure and original in one transaction, as the
 * next version of a known document or a new one. (The crash test drives this directly.)
 */
export function storeImportedDocument(
  db: Database,
  input: ImportInput,
  { document, mediaType }: ImportResult,
  sha256: string = sha256Hex(input.bytes),
): LibraryImportResult {
  return inTransaction(db, () => {
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
}

export function summaryOf(db: Database, id: string): DocumentSummary {
  const summary = getDocumentSummary(db, id);
  if (!summary) throw new Error(`document ${id} vanished during import`);
  return summary;
}
