import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../../shared/model/index.ts';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import { getDocument, insertDocument, markImportChecked } from '../documents.store.ts';
import { insertDroppedGroup, listDroppedGroups } from '../dropped-blocks.store.ts';
import { MIGRATIONS } from './index.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const source = {
  fileName: 'f.txt',
  sha256: 'x',
  mediaType: 'text/plain',
  bytes: new Uint8Array([1]),
  importedAt: 'now',
};
const base = { title: 'T', kind: 'declaration' as const, language: 'en', date: null, place: null, issuer: null };

describe('migration 007 (import check)', () => {
  it('upgrades a version-6 store: old documents have no confidence, notes or check', () => {
    const six = openStore(temp.dir, MIGRATIONS.slice(0, 6));
    insertDocumentV6(six.db);
    six.db.close();
    const { db } = openStore(temp.dir);
    const doc = getDocument(db, 'old');
    expect(doc?.confidence).toBeUndefined();
    expect(doc?.notes).toBeUndefined();
    expect(doc?.importCheckedAt).toBeNull();
    db.close();
  });

  it('keeps confidence, footnotes and the check with the document', () => {
    const { db } = openStore(temp.dir);
    const sections = numberSections([{ heading: null, paragraphs: ['Preamble text.', 'Operative text.'] }]);
    const confidence = { title: 0.9, date: 0.5, place: 0.4, issuer: 0.8, start: 0.7, end: 0.95 };
    const notes = [{ paragraphId: sections[0]?.paragraphs[1]?.id ?? '', text: 'See resolution 70/1.' }];
    insertDocument(db, {
      id: 'd1',
      seriesId: 's1',
      version: 1,
      previousId: null,
      document: { ...base, sections, confidence, notes },
      source,
    });
    expect(getDocument(db, 'd1')).toMatchObject({ confidence, notes, importCheckedAt: null });
    markImportChecked(db, 'd1', '2025-01-01T00:00:00.000Z');
    expect(getDocument(db, 'd1')?.importCheckedAt).toBe('2025-01-01T00:00:00.000Z');
    // Malformed JSON is refused by the schema.
    expect(() => db.prepare(`UPDATE documents SET import_confidence = '{' WHERE id = 'd1'`).run()).toThrow();
    db.close();
  });

  it('keeps dropped blocks by group, and drops them with their document', () => {
    const { db } = openStore(temp.dir);
    const sections = numberSections([{ heading: null, paragraphs: ['Kept.'] }]);
    insertDocument(db, {
      id: 'd1',
      seriesId: 's1',
      version: 1,
      previousId: null,
      document: { ...base, sections },
      source,
    });
    insertDroppedGroup(db, 'd1', {
      group: 'g1',
      reason: 'title',
      droppedAt: '2025-01-01T00:00:00.000Z',
      previousTitle: 'Old title',
      blocks: [{ kind: 'paragraph', text: 'A title', label: null, beforeId: 'p1', afterId: null }],
    });
    expect(listDroppedGroups(db, 'd1')).toEqual([
      {
        group: 'g1',
        reason: 'title',
        droppedAt: '2025-01-01T00:00:00.000Z',
        previousTitle: 'Old title',
        blocks: [{ kind: 'paragraph', text: 'A title', label: null, beforeId: 'p1', afterId: null }],
      },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO dropped_blocks (document_id, grp, ord, kind, text, reason, dropped_at) VALUES ('d1', 'g2', 0, 'table', 'x', 'title', 'now')`,
        )
        .run(),
    ).toThrow();
    db.prepare(`DELETE FROM documents WHERE id = 'd1'`).run();
    expect(listDroppedGroups(db, 'd1')).toEqual([]);
    db.close();
  });
});

function insertDocumentV6(db: ReturnType<typeof openStore>['db']): void {
  db.prepare(`INSERT INTO originals (sha256, bytes, size, media_type) VALUES ('x', x'01', 1, 'text/plain')`).run();
  db.prepare(
    `INSERT INTO documents (id, series_id, version, previous_id, title, kind, language, date, place, issuer, source_sha256, source_name, imported_at)
     VALUES ('old', 'old', 1, NULL, 'Old', 'other', 'en', NULL, NULL, NULL, 'x', 'f.txt', 'now')`,
  ).run();
  db.prepare(`INSERT INTO sections (document_id, ord, heading) VALUES ('old', 0, NULL)`).run();
  db.prepare(
    `INSERT INTO paragraphs (document_id, n, id, section_ord, text) VALUES ('old', 1, 'p1', 0, 'Text.')`,
  ).run();
}
