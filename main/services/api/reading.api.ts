import { apiError } from '../../../shared/api/index.ts';
import type { TaggedAnnotation } from '../../../shared/api/reading.ts';
import { listAnnotationsOn } from '../library/annotations.ts';
import { originalView } from '../library/original-view.ts';
import { existingTagSpelling } from '../store/annotations.store.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { annotationsWithTag, listLiveVersions, renameTagEverywhere } from '../store/series-tags.store.ts';
import type { ApiHandlers } from './handler.ts';

function requireDocument(db: Database, id: string) {
  const document = getDocument(db, id);
  if (!document) throw apiError('not-found', 'errors.notFound', { id });
  return document;
}

/** Annotations with `tag`, each on the newest live version of its document, grouped by document. */
function annotationsTagged(db: Database, tag: string): TaggedAnnotation[] {
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

export const readingHandlers: ApiHandlers<
  'documents:original' | 'documents:versions' | 'annotations:byTag' | 'annotations:renameTag'
> = {
  'documents:original': async ({ id }, { db }) => originalView(db, id),

  'documents:versions': async ({ id }, { db }) => listLiveVersions(db, requireDocument(db, id).seriesId),

  'annotations:byTag': async ({ tag }, { db }) => annotationsTagged(db, tag),

  'annotations:renameTag': async ({ from, to }, { db }) => {
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
  },
};
