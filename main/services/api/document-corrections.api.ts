/**
 * Handlers for taking blocks out of a document and putting them back (the import check and
 * *Correct structure…*). The text a reader takes out is never lost: it waits in
 * `dropped_blocks`, one group per correction, and a restore puts it back where it stood.
 */
import { randomUUID } from 'node:crypto';
import { apiError } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { dropBlocks, numberSections, restoreBlocks, RestructureError } from '../../../shared/model/index.ts';
import { applyStructure } from '../library/restructure.ts';
import type { Database } from '../store/database.ts';
import { getDocument, markImportChecked, updateMetadata } from '../store/documents.store.ts';
import { deleteDroppedGroup, insertDroppedGroup, listDroppedGroups } from '../store/dropped-blocks.store.ts';
import type { ApiHandlers } from './handler.ts';

function requireDocument(db: Database, id: string): StoredDocument {
  const document = getDocument(db, id);
  if (!document) throw apiError('not-found', 'errors.notFound', { id });
  return document;
}

export const documentCorrectionsHandlers: ApiHandlers<
  'documents:dropBlocks' | 'documents:dropped' | 'documents:restoreDropped' | 'documents:confirmImport'
> = {
  'documents:dropBlocks': async ({ id, paragraphIds, headingSections, reason }, { db }) => {
    const current = requireDocument(db, id);
    let result: ReturnType<typeof dropBlocks>;
    try {
      result = dropBlocks(current.sections, paragraphIds, headingSections ?? []);
    } catch (error) {
      if (error instanceof RestructureError) throw apiError('invalid-input', 'importCheck.errors.nothingToDrop');
      throw error;
    }
    const { drafts, dropped } = result;
    if (reason === 'title' && dropped.length !== 1)
      throw apiError('invalid-input', 'importCheck.errors.titleNeedsOneBlock');
    if (drafts.every((d) => d.paragraphs.length === 0))
      throw apiError('invalid-input', 'importCheck.errors.wouldBeEmpty');
    applyStructure(
      db,
      id,
      () => numberSections(drafts),
      () => {
        insertDroppedGroup(db, id, {
          group: randomUUID().replace(/-/g, ''),
          reason,
          droppedAt: new Date().toISOString(),
          previousTitle: reason === 'title' ? current.title : null,
          blocks: dropped,
        });
        if (reason === 'title') {
          const title = (dropped[0]?.text ?? current.title).replace(/\s+/g, ' ').trim().slice(0, 1000);
          updateMetadata(db, id, { ...current, title });
        }
      },
    );
    return requireDocument(db, id);
  },

  'documents:dropped': async ({ id }, { db }) => {
    requireDocument(db, id);
    return listDroppedGroups(db, id);
  },

  'documents:restoreDropped': async ({ id, group }, { db }) => {
    const current = requireDocument(db, id);
    const found = listDroppedGroups(db, id).find((g) => g.group === group);
    if (!found) throw apiError('not-found', 'importCheck.errors.noSuchGroup');
    applyStructure(
      db,
      id,
      () => numberSections(restoreBlocks(current.sections, found.blocks)),
      () => {
        deleteDroppedGroup(db, id, group);
        if (found.reason === 'title' && found.previousTitle !== null) {
          updateMetadata(db, id, { ...current, title: found.previousTitle });
        }
      },
    );
    return requireDocument(db, id);
  },

  'documents:confirmImport': async ({ id, checked }, { db }) => {
    requireDocument(db, id);
    markImportChecked(db, id, checked ? new Date().toISOString() : null);
    return requireDocument(db, id);
  },
};
