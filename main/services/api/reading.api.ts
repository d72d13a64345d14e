import { annotationsTagged, renameTag } from '../annotations/annotations.service.ts';
import { documentVersions, originalView } from '../documents/documents.service.ts';
import type { ApiHandlers } from './handler.ts';

export const readingHandlers: ApiHandlers<
  'documents:original' | 'documents:versions' | 'annotations:byTag' | 'annotations:renameTag'
> = {
  'documents:original': async ({ id }, { db }) => originalView(db, id),
  'documents:versions': async ({ id }, { db }) => documentVersions(db, id),
  'annotations:byTag': async ({ tag }, { db }) => annotationsTagged(db, tag),
  'annotations:renameTag': async (input, { db }) => renameTag(db, input),
};
