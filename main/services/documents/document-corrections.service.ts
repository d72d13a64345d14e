/**
 * Taking blocks out of a document and putting them back (the import check and *Correct
 * structure…*; `documents:dropBlocks` and its kin in the API). The text a reader takes out is
 * never lost: it waits in `dropped_blocks`, one group per correction, and a restore puts it
 * back where it stood.
 */
import { randomUUID } from 'node:crypto';
import { apiError, type ApiParsedInput } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { dropBlocks, numberSections, restoreBlocks, RestructureError } from '../../../shared/model/index.ts';
import { applyStructure } from '../library/restructure.ts';
import type { Database } from '../store/database.ts';
import { markImportChecked, updateMetadata } from '../store/documents.store.ts';
import { deleteDroppedGroup, insertDroppedGroup, listDroppedGroups } from '../store/dropped-blocks.store.ts';
import { requireDocument } from './documents.service.ts';

/** Takes paragraphs (and headings) out, keeping them to put back; a dropped title block becomes the title. */
export function dropDocumentBlocks(
  db: Database,
  { id, paragraphIds, headingSections, reason }: ApiParsedInput<'documents:dropBlocks'>,
): StoredDocument {
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
}

/** The groups of blocks taken out of a document and kept. */
export function droppedBlocks(db: Database, id: string): ReturnType<typeof listDroppedGroups> {
  requireDocument(db, id);
  return listDroppedGroups(db, id);
}

/** Puts a group of blocks back where they stood (and the title, if it was one). */
export function restoreDroppedBlocks(db: Database, id: string, group: string): StoredDocument {
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
}

/** The reader's word that the import is right (or no longer checked). */
export function confirmImport(db: Database, id: string, checked: boolean): StoredDocument {
  requireDocument(db, id);
  markImportChecked(db, id, checked ? new Date().toISOString() : null);
  return requireDocument(db, id);
}
