/**
 * The pairing candidates of a document on a real store: the right documents (other language,
 * live, newest of their series, same date or a like size), read through indexes rather than by
 * reading the whole library.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../shared/model/index.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { openStore, type Database } from './database.ts';
import { insertDocument } from './documents.store.ts';
import { pairCandidateIds } from './pair-candidates.store.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
let clock = 0;

function add(
  id: string,
  options: { language: string; date?: string | null; paragraphs?: number; series?: string; version?: number },
) {
  const bytes = Buffer.from(id);
  insertDocument(db, {
    id,
    seriesId: options.series ?? id,
    version: options.version ?? 1,
    previousId: null,
    document: {
      title: `Title ${id}`,
      kind: 'declaration',
      language: options.language,
      date: options.date ?? null,
      place: null,
      issuer: null,
      sections: numberSections([
        { heading: null, paragraphs: Array.from({ length: options.paragraphs ?? 6 }, (_, i) => `Text ${i} of ${id}.`) },
      ]),
    },
    source: {
      fileName: `${id}.txt`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mediaType: 'text/plain',
      bytes,
      importedAt: new Date(Date.UTC(2026, 0, 1) + 1000 * clock++).toISOString(),
    },
  });
}

beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
  clock = 0;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const ask = (date: string | null, paragraphCount = 6) =>
  pairCandidateIds(db, { seriesId: 'self', language: 'en', date, paragraphCount });

describe('pairCandidateIds', () => {
  it('keeps live documents in another language, newest of their series, same date or like size', () => {
    add('self', { language: 'en', date: '2026-03-01' });
    add('fr-same-date-long', { language: 'fr', date: '2026-03-01', paragraphs: 40 });
    add('fr-like-size', { language: 'fr-CA', date: '2025-01-01', paragraphs: 7 });
    add('fr-too-long', { language: 'fr', date: '2025-01-01', paragraphs: 20 });
    add('en-other', { language: 'en-GB', date: '2026-03-01' });
    add('fr-old-version', { language: 'fr', date: '2026-03-01', series: 'series-a', version: 1 });
    add('fr-new-version', { language: 'fr', date: '2026-02-01', series: 'series-a', version: 2 });
    add('fr-deleted', { language: 'fr', date: '2026-03-01' });
    db.prepare("UPDATE documents SET deleted_at = '2026-01-02' WHERE id = 'fr-deleted'").run();
    expect(ask('2026-03-01')).toEqual(['fr-same-date-long', 'fr-new-version', 'fr-like-size']);
    // Without a date, only the like-sized ones.
    expect(ask(null)).toEqual(['fr-new-version', 'fr-like-size']);
  });

  it('reads same-date candidates by the date index and the others from the recent imports only', () => {
    const plans = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plans("SELECT d.id FROM documents d WHERE d.date = '2026-03-01' AND d.deleted_at IS NULL")).toMatch(
      /documents_by_date/,
    );
    // An older document of a like size, beyond the recent window, is not read.
    add('fr-ancient', { language: 'fr', date: '2020-01-01' });
    db.exec('BEGIN');
    for (let i = 0; i < 2000; i++) add(`en-${i}`, { language: 'en', date: '2024-01-01' });
    db.exec('COMMIT');
    expect(ask(null)).toEqual([]);
    expect(ask('2020-01-01')).toEqual(['fr-ancient']);
  });
});
