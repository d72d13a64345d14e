/**
 * The annotations domain (`annotations:*` in the API): highlights and comments on a document's
 * text, their tags and colours, and their export. The handlers in `api/annotations.api.ts`
 * only call these.
 */
import { apiError, type ApiOutput, type ApiParsedInput } from '../../../shared/api/index.ts';
import type { TaggedAnnotation } from '../../../shared/api/reading.ts';
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
  existingTagSpelling,
  getAnnotation,
  listAnchors,
  listColors,
  listTagCounts,
  setAnnotationDeleted,
  setAnnotationTags,
  setColorLabel,
  updateAnnotationStyle,
} from '../store/annotations.store.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { annotationsWithTag, listLiveVersions, renameTagEverywhere } from '../store/series-tags.store.ts';

export { annotationCountsByDocument, listAnnotationsOn, listColors, listTagCounts };

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

/** A new annotation (its comment checked first). */
export function annotate(db: Database, input: ApiParsedInput<'annotations:create'>): ApiOutput<'annotations:create'> {
  checkComment(input.comment);
  return createAnnotation(db, input);
}

/** New colour, tags or comment (a blank comment is none). */
export function updateAnnotation(
  db: Database,
  { id, documentId, color, tags, comment }: ApiParsedInput<'annotations:update'>,
): ApiOutput<'annotations:update'> {
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
}

export function deleteAnnotation(db: Database, id: string): { id: string } {
  requireAnnotation(db, id);
  setAnnotationDeleted(db, id, new Date().toISOString());
  return { id };
}

export function restoreAnnotation(db: Database, id: string, documentId: string): ApiOutput<'annotations:restore'> {
  requireAnnotation(db, id);
  setAnnotationDeleted(db, id, null);
  return annotationOn(db, id, documentId);
}

/** The reader's word that a moved annotation's new place is right. */
export function confirmAnnotation(db: Database, id: string, documentId: string): ApiOutput<'annotations:confirm'> {
  requireAnnotation(db, id);
  const current = annotationOn(db, id, documentId);
  const anchor = listAnchors(db, documentId).get(id);
  if (!anchor || anchor.start === null || anchor.end === null) {
    throw apiError('conflict', 'errors.nothingToConfirm');
  }
  if (current.anchor.status === 'exact') return current;
  return rebaseOnto(db, id, documentId, anchor.start, anchor.end);
}

/** An annotation moved onto a new selection of this version's text. */
export function reattachAnnotation(
  db: Database,
  { id, documentId, start, end }: ApiParsedInput<'annotations:reattach'>,
): ApiOutput<'annotations:reattach'> {
  const text = versionText(db, documentId).canonical.text;
  if (end > text.length || start >= end) {
    throw apiError('invalid-input', 'errors.selectionOutside');
  }
  return rebaseOnto(db, id, documentId, start, end);
}

export function renameColor(
  db: Database,
  { key, label }: ApiParsedInput<'annotations:setColorLabel'>,
): ApiOutput<'annotations:setColorLabel'> {
  setColorLabel(db, key, label);
  return listColors(db);
}

/** A document's annotations as Markdown or W3C Web Annotations (JSON-LD). */
export function exportAnnotations(
  db: Database,
  { documentId, format }: ApiParsedInput<'annotations:export'>,
): ApiOutput<'annotations:export'> {
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
}

/** Annotations with `tag`, each on the newest live version of its document, grouped by document. */
export function annotationsTagged(db: Database, tag: string): TaggedAnnotation[] {
  const bySeries = new Map<string, Set<string>>();
  for (const { id, seriesId } of annotationsWithTag(db, tag)) {
    const ids = bySeries.get(seriesId) ?? new Set<string>();
    ids.add(id);
    bySeries.set(seriesId, ids);
  }
  const found: TaggedAnnotation[] = [];
  for (const [seriesId, ids] of bySeries) {
    const newest = listLiveVersions(db, seriesId).at(-1);
    if (!newest) continue; // every version deleted: its annotations are out of sight
    const document = { id: newest.id, title: newest.title, version: newest.version, date: newest.date };
    for (const annotation of listAnnotationsOn(db, newest.id)) {
      if (ids.has(annotation.id)) found.push({ annotation, document });
    }
  }
  return found.sort((a, b) => a.document.title.localeCompare(b.document.title));
}

/** A tag renamed on every annotation; renamed onto another tag's name, the two become one. */
export function renameTag(
  db: Database,
  { from, to }: ApiParsedInput<'annotations:renameTag'>,
): ApiOutput<'annotations:renameTag'> {
  const target = to.trim().replace(/^#/, '');
  if (!target) throw apiError('invalid-input', 'tags.emptyName');
  if (!existingTagSpelling(db, from)) throw apiError('not-found', 'tags.notFound', { tag: from });
  // Another tag of that name already exists: the two become one.
  const merged = target.toLowerCase() !== from.toLowerCase() && existingTagSpelling(db, target) !== undefined;
  return inTransaction(db, () => {
    const annotations = renameTagEverywhere(db, from, target);
    // One spelling for the merged tag: the one the user typed.
    if (merged) renameTagEverywhere(db, target, target);
    return { annotations, merged };
  });
}
