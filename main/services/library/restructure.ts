/**
 * A structure correction (headings and paragraph breaks moved, text unchanged) as one
 * transaction: the new structure, the paragraphs it replaced kept by id for the citations
 * that hold them (`paragraph_history`), the version's cached anchors dropped and recomputed,
 * annotations re-based, the search index in step. A crash at any point leaves the document
 * and everything that points into it either all before or all after the correction.
 */
import { apiError } from '../../../shared/api/index.ts';
import {
  numberSections,
  textSignature,
  toDrafts,
  type Section,
  type SectionDraft,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import { recordReplacedParagraphs } from '../store/citations.store.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument, replaceStructure } from '../store/documents.store.ts';
import { forgetVersionText, reanchorAfterRestructure } from './annotations.ts';

/**
 * Gives document `id` the structure `build` makes from the current one, in one transaction with
 * what must change with it: the paragraphs it no longer has kept by id (`paragraph_history`),
 * `alongside` (e.g. text taken out kept aside), and the annotations re-based.
 */
export function applyStructure(
  db: Database,
  id: string,
  build: (current: StoredDocument) => Section[],
  alongside?: (current: StoredDocument) => void,
): void {
  try {
    inTransaction(db, () => {
      const current = getDocument(db, id);
      if (!current) throw apiError('not-found', 'errors.notFound', { id });
      const sections = build(current);
      const kept = new Set(sections.flatMap((s) => s.paragraphs.map((p) => p.id)));
      const replaced = current.sections.flatMap((s) => s.paragraphs).filter((p) => !kept.has(p.id));
      recordReplacedParagraphs(db, id, replaced, new Date().toISOString());
      replaceStructure(db, id, sections);
      alongside?.(current);
      reanchorAfterRestructure(db, id);
    });
  } catch (error) {
    // The cached text may be the rolled-back structure's: read it again from the store.
    forgetVersionText(db, id);
    throw error;
  }
}

/** Thrown (as an API error) when the correction would change the text or the document is gone. */
export function restructureDocument(db: Database, id: string, drafts: readonly SectionDraft[]): void {
  applyStructure(db, id, (current) => {
    if (textSignature(drafts) !== textSignature(toDrafts(current.sections))) {
      throw apiError('invalid-input', 'errors.structureChangesText');
    }
    const labels = new Map(current.sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p.label]));
    const sections = numberSections(drafts);
    // A paragraph the correction left alone keeps its printed label.
    for (const p of sections.flatMap((s) => s.paragraphs)) {
      const label = labels.get(p.id);
      if (label !== undefined && p.label === undefined) p.label = label;
    }
    return sections;
  });
}
