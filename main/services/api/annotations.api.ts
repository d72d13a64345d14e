import { apiError } from '../../../shared/api/index.ts';
import { commentProblem, MAX_COMMENT_DEPTH, type Comment } from '../../../shared/model/index.ts';
import { annotationsToMarkdown, annotationsToW3c, exportFileName } from '../library/annotation-export.ts';
import {
  annotationOn,
  createAnnotation,
  listAnnotationsOn,
  normalizeTags,
  rebaseOnto,
  versionText,
} from '../library/annotations.ts';
import {
  annotationCountsByDocument,
  getAnnotation,
  listAnchors,
  listColors,
  listTagCounts,
  setAnnotationDeleted,
  setAnnotationTags,
  setColorLabel,
  updateAnnotationStyle,
} from '../store/annotations.store.ts';
import { inTransaction } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
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

function requireAnnotation(db: Parameters<typeof getAnnotation>[0], id: string) {
  const record = getAnnotation(db, id);
  if (!record) throw apiError('not-found', 'errors.annotationGone');
  return record;
}

/**
 * A comment is stored only when every reader can walk it: Lexical JSON no deeper than notes
 * may nest. (A crafted 75 KB comment nested thousands of levels once overflowed the views.)
 */
function checkComment(comment: Comment | null | undefined): void {
  // A blank comment is stored as none (see below and createAnnotation): nothing to check.
  if (!comment?.text.trim()) return;
  if (commentProblem(comment.lexical) === 'tooDeep')
    throw apiError('invalid-input', 'hostile.commentTooDeep', { max: MAX_COMMENT_DEPTH });
}

export const annotationsHandlers: ApiHandlers<AnnotationChannel> = {
  'annotations:list': async ({ documentId }, { db }) => listAnnotationsOn(db, documentId),

  'annotations:create': async (input, { db }) => {
    checkComment(input.comment);
    return createAnnotation(db, input);
  },

  'annotations:update': async ({ id, documentId, color, tags, comment }, { db }) => {
    checkComment(comment);
    const record = requireAnnotation(db, id);
    if (record.deletedAt) throw apiError('not-found', 'errors.annotationDeleted');
    inTransaction(db, () => {
      const cleaned = comment === undefined ? undefined : comment && comment.text.trim() ? comment : null;
      updateAnnotationStyle(
        db,
        id,
        { ...(color ? { color } : {}), ...(cleaned !== undefined ? { comment: cleaned } : {}) },
        new Date().toISOString(),
      );
      if (tags) setAnnotationTags(db, id, normalizeTags(db, tags));
    });
    return annotationOn(db, id, documentId);
  },

  'annotations:delete': async ({ id }, { db }) => {
    requireAnnotation(db, id);
    setAnnotationDeleted(db, id, new Date().toISOString());
    return { id };
  },

  'annotations:restore': async ({ id, documentId }, { db }) => {
    requireAnnotation(db, id);
    setAnnotationDeleted(db, id, null);
    return annotationOn(db, id, documentId);
  },

  'annotations:confirm': async ({ id, documentId }, { db }) => {
    requireAnnotation(db, id);
    const current = annotationOn(db, id, documentId);
    const anchor = listAnchors(db, documentId).get(id);
    if (!anchor || anchor.start === null || anchor.end === null) {
      throw apiError('conflict', 'errors.nothingToConfirm');
    }
    if (current.anchor.status === 'exact') return current;
    return rebaseOnto(db, id, documentId, anchor.start, anchor.end);
  },

  'annotations:reattach': async ({ id, documentId, start, end }, { db }) => {
    const text = versionText(db, documentId).canonical.text;
    if (end > text.length || start >= end) {
      throw apiError('invalid-input', 'errors.selectionOutside');
    }
    return rebaseOnto(db, id, documentId, start, end);
  },

  'annotations:tags': async (_input, { db }) => listTagCounts(db),

  'annotations:colors': async (_input, { db }) => listColors(db),

  'annotations:setColorLabel': async ({ key, label }, { db }) => {
    setColorLabel(db, key, label);
    return listColors(db);
  },

  'annotations:counts': async (_input, { db }) => annotationCountsByDocument(db),

  'annotations:export': async ({ documentId, format }, { db }) => {
    const document = getDocument(db, documentId);
    if (!document) throw apiError('not-found', 'errors.notFound', { id: documentId });
    const annotations = listAnnotationsOn(db, documentId);
    const colors = listColors(db);
    const fileName = exportFileName(document, format);
    if (format === 'markdown') {
      return { fileName, mediaType: 'text/markdown', content: annotationsToMarkdown(document, annotations, colors) };
    }
    const canonical = versionText(db, documentId).canonical.text;
    const json = annotationsToW3c(document, canonical, annotations, colors);
    return { fileName, mediaType: 'application/ld+json', content: `${JSON.stringify(json, null, 2)}\n` };
  },
};
