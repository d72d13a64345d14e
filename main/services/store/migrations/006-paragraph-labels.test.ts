import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../../shared/model/index.ts';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';
import { getDocument, insertDocument } from '../documents.store.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 006 (paragraph labels)', () => {
  it('keeps a printed label and reads an unlabelled paragraph back without one', () => {
    const { db } = openStore(temp.dir);
    const sections = numberSections([{ heading: null, paragraphs: ['Preamble text.', 'Operative text.'] }]);
    const [first, second] = sections[0]?.paragraphs ?? [];
    if (!first || !second) throw new Error('no paragraphs');
    second.label = '1';
    insertDocument(db, {
      id: 'd1',
      seriesId: 's1',
      version: 1,
      previousId: null,
      document: { title: 'T', kind: 'declaration', language: 'en', date: null, place: null, issuer: null, sections },
      source: {
        fileName: 'f.txt',
        sha256: 'x',
        mediaType: 'text/plain',
        bytes: new Uint8Array([1]),
        importedAt: 'now',
      },
    });
    const [a, b] = getDocument(db, 'd1')?.sections[0]?.paragraphs ?? [];
    expect(a).toEqual({ id: first.id, n: 1, text: 'Preamble text.' });
    expect(b).toEqual({ id: second.id, n: 2, text: 'Operative text.', label: '1' });
    expect(() => db.prepare(`UPDATE paragraphs SET label = '' WHERE document_id = 'd1'`).run()).toThrow();
    db.close();
  });
});
