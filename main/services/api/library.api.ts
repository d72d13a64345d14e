import { apiError, type ApiError } from '../../../shared/api/index.ts';
import { countAnnotationsOnDocument } from '../store/annotations.store.ts';
import { getDocument, getDocumentSummary } from '../store/documents.store.ts';
import { isDocumentDeleted, renameDocument, setDocumentDeleted } from '../store/library.store.ts';
import type { ApiHandlers } from './handler.ts';

function missing(id: string): ApiError {
  return apiError('not-found', 'errors.notFound', { id: id });
}

export const libraryHandlers: ApiHandlers<'documents:rename' | 'documents:delete' | 'documents:restore'> = {
  'documents:rename': async ({ id, title }, { db, events }) => {
    if (!renameDocument(db, id, title.replace(/\s+/g, ' '))) throw missing(id);
    events.emit({ type: 'library-changed' });
    const summary = getDocumentSummary(db, id);
    if (!summary) throw missing(id);
    return summary;
  },

  'documents:delete': async ({ id }, { db, events }) => {
    if (isDocumentDeleted(db, id) !== false) throw missing(id);
    const document = getDocument(db, id);
    if (!document) throw missing(id);
    const annotationCount = countAnnotationsOnDocument(db, id);
    setDocumentDeleted(db, id, new Date().toISOString());
    events.emit({ type: 'library-changed' });
    return { id, title: document.title, annotationCount };
  },

  'documents:restore': async ({ id }, { db, events }) => {
    if (!setDocumentDeleted(db, id, null)) throw missing(id);
    events.emit({ type: 'library-changed' });
    const summary = getDocumentSummary(db, id);
    if (!summary) throw missing(id);
    return summary;
  },
};
