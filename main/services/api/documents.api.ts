import { ApiError, apiError } from '../../../shared/api/index.ts';
import type { Database } from '../store/database.ts';
import { ImportError } from '../import/index.ts';
import { restructureDocument } from '../library/restructure.ts';
import { importIntoLibrary, makeVersionOf } from '../library/import-document.ts';
import { summaryOf } from '../library/store-import.ts';
import { getDocument, listDocumentSummaries, updateMetadata } from '../store/documents.store.ts';
import { suggestPartners } from '../library/pair-suggestions.ts';
import type { ApiHandlers } from './handler.ts';

/** The likeliest other language version of a just-imported document; a failure here never fails the import. */
function pairSuggestionFor(db: Database, documentId: string) {
  try {
    return suggestPartners(db, documentId)[0] ?? null;
  } catch (error) {
    console.error('pairing suggestion failed', error);
    return null;
  }
}

/** Progress of imports under way in this process, by the id their caller chose. */
const importProgress = new Map<string, number>();

function requireDocument(db: Database, id: string) {
  const document = getDocument(db, id);
  if (!document) throw apiError('not-found', 'errors.notFound', { id: id });
  return document;
}

export const documentsHandlers: ApiHandlers<
  | 'documents:list'
  | 'documents:get'
  | 'documents:import'
  | 'documents:importProgress'
  | 'documents:update'
  | 'documents:restructure'
  | 'documents:setVersionOf'
> = {
  'documents:list': async (_input, { db }) => listDocumentSummaries(db),

  'documents:get': async ({ id }, { db }) => requireDocument(db, id),

  'documents:update': async ({ id, ...metadata }, { db }) => {
    requireDocument(db, id);
    updateMetadata(db, id, metadata);
    return requireDocument(db, id);
  },

  'documents:restructure': async ({ id, sections }, { db }) => {
    requireDocument(db, id);
    restructureDocument(db, id, sections);
    return requireDocument(db, id);
  },

  'documents:setVersionOf': async ({ id, of }, { db }) => {
    const versionOf = makeVersionOf(db, id, of);
    return { outcome: 'new-version', document: summaryOf(db, id), versionOf, possibleVersionOf: null };
  },

  'documents:import': async ({ fileName, mediaType, dataBase64, progressId, versionOf, newDocument }, { db }) => {
    const bytes = Buffer.from(dataBase64, 'base64');
    if (progressId) importProgress.set(progressId, 0);
    try {
      const result = await importIntoLibrary(
        db,
        { fileName, bytes, ...(mediaType ? { mediaType } : {}) },
        {
          ...(progressId ? { onProgress: (fraction: number) => importProgress.set(progressId, fraction) } : {}),
          ...(versionOf ? { versionOf } : {}),
          ...(newDocument ? { newDocument } : {}),
        },
      );
      return { ...result, pairSuggestion: pairSuggestionFor(db, result.document.id) };
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError('import-failed', error.message, error.translation);
      throw error;
    } finally {
      if (progressId) importProgress.delete(progressId);
    }
  },

  'documents:importProgress': async ({ progressId }) => ({ fraction: importProgress.get(progressId) ?? null }),
};
