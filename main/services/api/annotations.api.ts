import {
  annotate,
  annotationCountsByDocument,
  confirmAnnotation,
  deleteAnnotation,
  exportAnnotations,
  listAnnotationsOn,
  listColors,
  listTagCounts,
  reattachAnnotation,
  renameColor,
  restoreAnnotation,
  updateAnnotation,
} from '../annotations/annotations.service.ts';
import type { ApiHandlers } from './handler.ts';

type AnnotationChannel =
  | 'annotations:list'
  | 'annotations:create'
  | 'annotations:update'
  | 'annotations:delete'
  | 'annotations:restore'
  | 'annotations:confirm'
  | 'annotations:reattach'
  | 'annotations:tags'
  | 'annotations:colors'
  | 'annotations:setColorLabel'
  | 'annotations:counts'
  | 'annotations:export';

export const annotationsHandlers: ApiHandlers<AnnotationChannel> = {
  'annotations:list': async ({ documentId }, { db }) => listAnnotationsOn(db, documentId),
  'annotations:create': async (input, { db }) => annotate(db, input),
  'annotations:update': async (input, { db }) => updateAnnotation(db, input),
  'annotations:delete': async ({ id }, { db }) => deleteAnnotation(db, id),
  'annotations:restore': async ({ id, documentId }, { db }) => restoreAnnotation(db, id, documentId),
  'annotations:confirm': async ({ id, documentId }, { db }) => confirmAnnotation(db, id, documentId),
  'annotations:reattach': async (input, { db }) => reattachAnnotation(db, input),
  'annotations:tags': async (_input, { db }) => listTagCounts(db),
  'annotations:colors': async (_input, { db }) => listColors(db),
  'annotations:setColorLabel': async (input, { db }) => renameColor(db, input),
  'annotations:counts': async (_input, { db }) => annotationCountsByDocument(db),
  'annotations:export': async (input, { db }) => exportAnnotations(db, input),
};
