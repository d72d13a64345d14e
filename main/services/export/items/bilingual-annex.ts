/**
 * A bilingual annex: the document and its other language version side by side, one row per
 * paragraph pair of their stored alignment (with the user's corrections). When only some
 * sections are annexed, the rows are those holding their paragraphs, with any paragraph only
 * in the other version that sits between them.
 */
import { translation } from '../../../../shared/api/index.ts';
import { citedParagraph, type StoredDocument } from '../../../../shared/model/index.ts';
import { alignmentFor } from '../../library/pairing.ts';
import type { Database } from '../../store/database.ts';
import { getDocument } from '../../store/documents.store.ts';
import type { PrintAnnex, PrintPairRow } from '../print-model.ts';
import { documentRef, ItemRangeError } from './document-items.ts';

function paragraphsById(document: StoredDocument) {
  const byId = new Map<
    string,
    { id: string; n: number; label: string; text: string; heading: string | null; section: number }
  >();
  document.sections.forEach((section, index) => {
    section.paragraphs.forEach((p, k) => {
      byId.set(p.id, {
        ...citedParagraph(p),
        text: p.text,
        heading: k === 0 ? section.heading : null,
        section: index,
      });
    });
  });
  return byId;
}

/** The partner and the rows of `doc`'s bilingual annex; `sections` as in the annex item (null: all). */
export function bilingualRows(
  db: Database,
  doc: StoredDocument,
  sections: ReadonlySet<number> | null,
): NonNullable<PrintAnnex['partner']> {
  const alignment = alignmentFor(db, doc.id);
  const partner = alignment ? getDocument(db, alignment.partner.id) : undefined;
  if (!alignment || !partner) {
    throw new ItemRangeError(translation('pairs.errors.notPaired', {}, { quoted: { title: doc.title } }));
  }
  const mine = paragraphsById(doc);
  const theirs = paragraphsById(partner);
  const rows: Array<PrintPairRow & { included: boolean | null }> = alignment.pairs.map((pair) => {
    const a = pair.a.map((id) => mine.get(id)).filter((p) => p !== undefined);
    const b = pair.b.map((id) => theirs.get(id)).filter((p) => p !== undefined);
    return {
      headings: { a: a[0]?.heading ?? null, b: b[0]?.heading ?? null },
      a: a.map((p) => ({ id: p.id, n: p.n, label: p.label, text: p.text })),
      b: b.map((p) => ({ id: p.id, n: p.n, label: p.label, text: p.text })),
      unchecked: pair.low && !pair.corrected,
      // A row with nothing of this document follows its neighbours' choice.
      included: a.length === 0 ? null : sections === null || a.some((p) => sections.has(p.section)),
    };
  });
  const kept = rows.filter((row, k) => {
    if (row.included !== null) return row.included;
    const before = rows
      .slice(0, k)
      .reverse()
      .find((r) => r.included !== null);
    const after = rows.slice(k + 1).find((r) => r.included !== null);
    return (before?.included ?? true) && (after?.included ?? true);
  });
  return {
    document: documentRef(partner),
    rows: kept.map(({ headings, a, b, unchecked }) => ({ headings, a, b, ...(unchecked ? { unchecked } : {}) })),
  };
}
