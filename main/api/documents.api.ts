import { ApiError } from '../../shared/api/index.ts';
import { ImportError } from '../import/index.ts';
import { importIntoLibrary } from '../library/import-document.ts';
import { getDocument, listDocumentSummaries } from '../store/documents.store.ts';
import type { ApiHandlers } from './handler.ts';

export const documentsHandlers: ApiHandlers<'documents:list' | 'documents:get' | 'documents:import'> = {
  'documents:list': async (_input, { db }) => listDocumentSummaries(db),

  'documents:get': async ({ id }, { db }) => {
    const document = getDocument(db, id);
    if (!document) throw new ApiError('not-found', `There is no document with id “${id}” in this library.`);
    return document;
  },

  'documents:import': async ({ fileName, mediaType, dataBase64 }, { db }) => {
    const bytes = Buffer.from(dataBase64, 'base64');
    try {
      return await importIntoLibrary(db, { fileName, bytes, ...(mediaType ? { mediaType } : {}) });
    } catch (error) {
      if (error instanceof ImportError) throw new ApiError('import-failed', error.message);
      throw error;
    }
  },
};
