import {
  correctMetadata,
  correctStructure,
  deleteDocument,
  documentSummaries,
  importDocument,
  importProgress,
  joinSeries,
  listAllDocuments,
  pageDocuments,
  renameLiveDocument,
  requireDocument,
  restoreDocument,
} from '../documents/documents.service.ts';
import type { ApiHandlers } from './handler.ts';

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
  | 'documents:rename'
  | 'documents:delete'
  | 'documents:restore'
> = {
  'documents:list': async (_input, { db }) => listAllDocuments(db),
  'documents:page': async (query, { db }) => pageDocuments(db, query),
  'documents:summaries': async ({ ids }, { db }) => documentSummaries(db, ids),
  'documents:get': async ({ id }, { db }) => requireDocument(db, id),
  'documents:update': async ({ id, ...metadata }, { db }) => correctMetadata(db, id, metadata),
  'documents:restructure': async (input, { db, tasks }) => correctStructure(db, tasks, input),
  'documents:setVersionOf': async ({ id, of }, { db }) => joinSeries(db, id, of),
  'documents:import': async (input, { db, tasks }) => importDocument(db, tasks, input),
  'documents:importProgress': async ({ progressId }, { tasks }) => importProgress(tasks, progressId),
  'documents:rename': async ({ id, title }, { db, events }) => renameLiveDocument(db, events, id, title),
  'documents:delete': async ({ id }, { db, events }) => deleteDocument(db, events, id),
  'documents:restore': async ({ id }, { db, events }) => restoreDocument(db, events, id),
};
