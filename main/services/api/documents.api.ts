import { ApiError, apiError } from '../../../shared/api/index.ts';
import type { Database } from '../store/database.ts';
import { ImportError } from '../import/index.ts';
import { restructureDocument } from '../library/restructure.ts';
import { importIntoLibrary, makeVersionOf } from '../library/import-document.ts';
import { summaryOf } from '../library/store-import.ts';
import { getDocument, updateMetadata } from '../store/documents.store.ts';
import { documentSummaries, listAllDocuments, pageDocuments } from '../documents/documents.service.ts';
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

function requireDocument(db: Database, id: string) {
  const document = getDocument(db, id);
  if (!document) throw apiError('not-found', 'errors.notFound', { id: id });
  return document;
}

export const documentsHandlers: ApiHandlers<
  | 'documents:list'
  | 'documents:page'
  | 'documents:summaries'
  | 'documents:get'
  | 'documents:import'
  | 'documents:importProgress'
  | 'documents:update'
  | 'documents:restructure'
  | 'documents:setVersionOf'
> = {
  'documents:list': async (_input, { db }) => listAllDocuments(db),

  'documents:page': async (query, { db }) => pageDocuments(db, query),

  'documents:summaries': async ({ ids }, { db }) => documentSummaries(db, ids),

  'documents:get': async ({ id }, { db }) => requireDocument(db, id),

  'documents:update': async ({ id, ...metadata }, { db }) => {
    requireDocument(db, id);
    updateMetadata(db, id, metadata);
    return requireDocument(db, id);
  },

  'documents:restructure': async ({ id, sections, taskId }, { db, tasks }) => {
    const task = tasks.begin(taskId);
    try {
      requireDocument(db, id);
      // The last moment to cancel: the correction and its re-anchoring then go through together.
      await task.step(0.1, 'reanchoring');
      restructureDocument(db, id, sections);
      task.report(1);
      return requireDocument(db, id);
    } finally {
      task.end();
    }
  },

  'documents:setVersionOf': async ({ id, of }, { db }) => {
    const versionOf = makeVersionOf(db, id, of);
    return { outcome: 'new-version', document: summaryOf(db, id), versionOf, possibleVersionOf: null };
  },

  'documents:import': async (
    { fileName, mediaType, dataBase64, progressId, versionOf, newDocument },
    { db, tasks },
  ) => {
    const bytes = Buffer.from(dataBase64, 'base64');
    // The progress id names the import as a task too: tasks:cancel stops it.
    const task = tasks.begin(progressId);
    task.report(0, 'reading');
    try {
      const result = await importIntoLibrary(
        db,
        { fileName, bytes, ...(mediaType ? { mediaType } : {}) },
        {
          signal: task.signal,
          onProgress: (fraction: number) => task.report(fraction, 'reading'),
          ...(versionOf ? { versionOf } : {}),
          ...(newDocument ? { newDocument } : {}),
        },
      );
      return { ...result, pairSuggestion: pairSuggestionFor(db, result.document.id) };
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError('import-failed', error.message, error.translation);
      throw error;
    } finally {
      task.end();
    }
  },

  'documents:importProgress': async ({ progressId }, { tasks }) => {
    const progress = tasks.progress(progressId);
    return { fraction: progress.state === 'running' ? (progress.fraction ?? 0) : null };
  },
};
