/** Handlers for taking blocks out of a document and putting them back (document-corrections.service.ts). */
import {
  confirmImport,
  droppedBlocks,
  dropDocumentBlocks,
  restoreDroppedBlocks,
} from '../documents/document-corrections.service.ts';
import type { ApiHandlers } from './handler.ts';

export const documentCorrectionsHandlers: ApiHandlers<
  'documents:dropBlocks' | 'documents:dropped' | 'documents:restoreDropped' | 'documents:confirmImport'
> = {
  'documents:dropBlocks': async (input, { db }) => dropDocumentBlocks(db, input),
  'documents:dropped': async ({ id }, { db }) => droppedBlocks(db, id),
  'documents:restoreDropped': async ({ id, group }, { db }) => restoreDroppedBlocks(db, id, group),
  'documents:confirmImport': async ({ id, checked }, { db }) => confirmImport(db, id, checked),
};
