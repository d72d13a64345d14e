/**
 * A library of generated documents written straight into a real store (the store's own insert,
 * as an import ends), for tests that need thousands of rows: titles in English and French
 * (some with accented first letters), three kinds, three languages, dates, import times with
 * deliberate ties, and annotations on some.
 */
import { createHash } from 'node:crypto';
import { createAnnotation } from '../../main/services/library/annotations.ts';
import { inTransaction, type Database } from '../../main/services/store/database.ts';
import { insertDocument } from '../../main/services/store/documents.store.ts';
import type { DocumentKind } from '../../shared/model/index.ts';

export interface GeneratedRow {
  id: string;
  title: string;
  kind: DocumentKind;
  language: string;
  date: string | null;
  importedAt: string;
  /** Annotations made on it. */
  annotations: number;
  /** Its place in insertion order (the store's rowid order). */
  order: number;
}

const SUBJECTS = ['Joint statement on', 'Déclaration commune sur', 'État des lieux :', 'Communiqué on', 'Élection :'];
const TOPICS = ['maritime security', 'la sécurité alimentaire', 'trade', 'énergie', 'Ukraine', 'climate finance'];
const KINDS: DocumentKind[] = ['declaration', 'news', 'other'];
const LANGUAGES = ['en', 'fr', 'de'];

/** Row `i`'s metadata: varied, reproducible, with ties in import time every seventh row. */
export function generatedRow(i: number): GeneratedRow {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `gen${i}`,
    title: `${SUBJECTS[i % SUBJECTS.length]} ${TOPICS[(i * 7) % TOPICS.length]} ${i}`,
    kind: KINDS[(i * 5) % 3] as DocumentKind,
    language: LANGUAGES[i % LANGUAGES.length] as string,
    date: i % 11 === 0 ? null : `20${10 + (i % 15)}-0${1 + (i % 9)}-${day}`,
    importedAt: new Date(Date.UTC(2025, 0, 1) + (i - (i % 7 === 1 ? 1 : 0)) * 60_000).toISOString(),
    annotations: i % 10 === 3 ? 1 + (i % 4) : 0,
    order: i,
  };
}

/** Writes `count` generated documents (two paragraphs each) and returns their rows. */
export function writeGeneratedLibrary(db: Database, count: number): GeneratedRow[] {
  const rows: GeneratedRow[] = [];
  inTransaction(db, () => {
    for (let i = 0; i < count; i++) {
      const row = generatedRow(i);
      const bytes = new TextEncoder().encode(`${row.title}\n${i}`);
      insertDocument(db, {
        id: row.id,
        seriesId: `series-${row.id}`,
        version: 1,
        previousId: null,
        document: {
          title: row.title,
          kind: row.kind,
          language: row.language,
          date: row.date,
          place: null,
          issuer: null,
          sections: [
            {
              heading: null,
              paragraphs: [
                { id: `${row.id}-p1`, n: 1, text: `First paragraph of ${row.title}.` },
                { id: `${row.id}-p2`, n: 2, text: `Second paragraph, number ${i}.` },
              ],
            },
          ],
        },
        source: {
          fileName: `${row.id}.txt`,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          mediaType: 'text/plain',
          bytes,
          importedAt: row.importedAt,
        },
      });
      for (let a = 0; a < row.annotations; a++) {
        createAnnotation(db, { documentId: row.id, target: { type: 'paragraph', n: 1 + (a % 2) } });
      }
      rows.push(row);
    }
  });
  return rows;
}
