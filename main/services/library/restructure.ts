/**
 * A structure correction (headings and paragraph breaks moved, text unchanged) as one
 * transaction: the new structure, the paragraphs it replaced kept by id for the citations
 * that hold them (`paragraph_history`), the version's cached anchors dropped and recomputed,
 * annotations re-based, the search index in step. A crash at any point leaves the document
 * and everything that points into it either all before or all after the correction.
 */
import { apiError } from '../../../shared/api/index.ts';
import { numberSections, textSignature, toDrafts, type SectionDraft } from '../../../shared/model/index.ts';
import { recordReplacedParagraphs } from '../store/citations.store.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument, replaceStructure } from '../store/documents.store.ts';
import { forgetVersionText, reanchorAfterRestructure } from './annotations.ts';

/** Thrown (as an API error) when the correction would change the text or the document is gone. */
export function restructureDocument(db: Database, id: string, drafts: readonly SectionDraft[]): void {
  try {
    inTransaction(db, () => {
      const current = getDocument(db, id);
      if (!current) throw apiError('not-found', 'errors.notFound', { id });
      if (textSignature(drafts) !== textSignature(toDrafts(current.sections))) {
        throw apiError('invalid-input', 'errors.structureChangesText');
      }
      const before = current.sections.flatMap((s) => s.paragraphs);
      const labels = new Map(before.map((p) => [p.id, p.label]));
      const sections = numberSections(drafts);
      // A paragraph the correction left alone keeps its printed label.
      for (const p of sections.flatMap((s) => s.paragraphs)) {
        const label = labels.get(p.id);
        if (label !== undefined && p.label === undefined) p.label = label;
      }
      const kept = new Set(sections.flatMap((s) => s.paragraphs.map((p) => p.id)));
      const replaced = before.filter((p) => !kept.has(p.id));
      recordReplacedParagraphs(db, id, replaced, new Date().toISOString());
      replaceStructure(db, id, sections);
      reanchorAfterRestructure(db, id);
    });
  } catch (error) {
    // The cached text may be the rolled-back structure's: read it again from the store.
    forgetVersionText(db, id);
    throw error;
  }
}
