/**
 * The sample pack, built from whatever the sample library holds (no document-specific text
 * here): the newest declaration's opening passages of its sections as excerpts, and the whole
 * declaration as an annex, unclassified.
 */
import type { PackItemSpec } from '../../shared/model/index.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument, listDocumentSummaries } from '../store/documents.store.ts';
import { insertPack, writePackItems } from '../store/packs.store.ts';
import { newId } from '../library/ids.ts';

export class SamplePackError extends Error {}

/** How many section openings the sample quotes. */
const SAMPLE_EXCERPTS = 3;

export function createSamplePack(db: Database, now = new Date()): string {
  const summary = listDocumentSummaries(db).find((d) => d.kind === 'declaration');
  const doc = summary ? getDocument(db, summary.id) : undefined;
  if (!doc)
    throw new SamplePackError('The library has no declaration to build the sample pack from: import one first.');
  const items: PackItemSpec[] = [];
  for (const section of doc.sections) {
    if (items.length >= SAMPLE_EXCERPTS) break;
    const first = section.paragraphs[0];
    if (!section.heading || !first) continue;
    items.push({ kind: 'excerpt', documentId: doc.id, paragraphs: [first.n], heading: section.heading });
  }
  items.push({ kind: 'document', documentId: doc.id, sections: null });
  const id = newId('k');
  const stamp = now.toISOString();
  inTransaction(db, () => {
    insertPack(db, {
      id,
      title: `Briefing pack: ${doc.title}`,
      audience: 'For the Minister',
      date: stamp.slice(0, 10),
      language: 'en',
      chosenClassification: 'unclassified',
      preparedBy: 'Précis (sample pack)',
      pageSize: 'letter',
      createdAt: stamp,
      updatedAt: stamp,
    });
    writePackItems(
      db,
      id,
      items.map((spec) => ({ id: newId('i'), spec })),
    );
  });
  return id;
}
