/**
 * Import into the library: parse the bytes, then store document and original in one
 * transaction. Same bytes -> the existing document; a text that largely matches a known
 * document's, or one the user says is a version of it -> its next version, linked to the
 * previous one (see version-evidence.ts). A failed import leaves the store unchanged.
 */
import { apiError } from '../../../shared/api/index.ts';
import type { ImportInput, ImportOptions } from '../import/index.ts';
import { importInWorker } from '../import/worker-host.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { findDocumentIdBySha256 } from '../store/documents.store.ts';
import { setDocumentDeleted } from '../store/library.store.ts';
import { linkAsNextVersion, seriesHead, seriesSize } from '../store/versions.store.ts';
import { anchorAnnotationsOn, forgetVersionText } from './annotations.ts';
import {
  sha256Hex,
  storeImportedDocument,
  summaryOf,
  type LibraryImportResult,
  type VersionChoice,
  type VersionOf,
} from './store-import.ts';

export type { LibraryImportResult, VersionChoice } from './store-import.ts';
export { sha256Hex } from './store-import.ts';

export async function importIntoLibrary(
  db: Database,
  input: ImportInput,
  options: ImportOptions & VersionChoice = {},
): Promise<LibraryImportResult> {
  const { versionOf, newDocument, ...importOptions } = options;
  if (versionOf && !seriesHead(db, versionOf)) throw apiError('not-found', 'errors.notFound', { id: versionOf });
  const sha256 = sha256Hex(input.bytes);
  const existingId = findDocumentIdBySha256(db, sha256);
  if (existingId) {
    // Importing a deleted document again brings it back (with its annotations).
    setDocumentDeleted(db, existingId, null);
    // The same file again, now said to be a version of another document (`--version-of` after
    // the import said it might be one): link it.
    if (versionOf && seriesHead(db, existingId)?.seriesId !== seriesHead(db, versionOf)?.seriesId) {
      const linked = makeVersionOf(db, existingId, versionOf);
      return {
        outcome: 'new-version',
        document: summaryOf(db, existingId),
        versionOf: linked,
        possibleVersionOf: null,
      };
    }
    return { outcome: 'existing', document: summaryOf(db, existingId), versionOf: null, possibleVersionOf: null };
  }

  // In a worker thread: the 10 s limit must hold even when a parser is stuck in synchronous work.
  const parsed = await importInWorker(input, importOptions);
  const result = storeImportedDocument(db, input, parsed, sha256, { versionOf, newDocument });
  // A true new version only: re-anchor the series' annotations onto it now, so they are ready
  // (and stable) when it is opened. Anchoring failures must not fail the import.
  if (result.outcome === 'new-version') reanchorQuietly(db, result.document.id);
  return result;
}

function reanchorQuietly(db: Database, documentId: string): void {
  try {
    anchorAnnotationsOn(db, documentId);
  } catch (error) {
    console.error('re-anchoring after import failed', error);
  }
}

/**
 * The user says the document `id` (imported on its own) is the next version of `of`: it joins
 * that series after its newest version, and the series' annotations are re-anchored onto it.
 * Only a document that stands alone can be moved into another series.
 */
export function makeVersionOf(db: Database, id: string, of: string): VersionOf {
  const result = inTransaction(db, () => {
    const own = seriesHead(db, id);
    const head = seriesHead(db, of);
    if (!own) throw apiError('not-found', 'errors.notFound', { id });
    if (!head) throw apiError('not-found', 'errors.notFound', { id: of });
    if (own.seriesId === head.seriesId) throw apiError('invalid-input', 'versions.errors.sameSeries');
    if (seriesSize(db, own.seriesId) > 1) throw apiError('invalid-input', 'versions.errors.hasVersions');
    linkAsNextVersion(db, id, head, 'user');
    return { documentId: head.id, title: head.title, version: head.version, basis: 'user' as const, share: null };
  });
  // Its cached text still names its old series.
  forgetVersionText(db, id);
  reanchorQuietly(db, id);
  return result;
}
