/**
 * The search index on real SQLite files: paragraphs kept in step by triggers, annotations and
 * notes by the index functions (with synthetic rows, as their tables live in other
 * migrations), filters, accent and case folding, ranking windows, and no SQL error for any
 * query the parser lets through.
 */
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../shared/model/index.ts';
import { parseSearchQuery } from '../../../shared/search/query.ts';
import { MATCH_END, MATCH_START } from '../../../shared/search/snippet.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { inTransaction, latestSchemaVersion, openStore, STORE_FILE_NAME, type Database } from './database.ts';
import { insertDocument, replaceStructure, updateMetadata } from './documents.store.ts';
import { migration001 } from './migrations/001-documents.ts';
import {
  countIndexed,
  indexAnnotation,
  indexNote,
  removeFromIndex,
  searchIndex,
  searchInDocument,
  type SearchFilters,
} from './search.store.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;

function addDocument(
  target: Database,
  id: string,
  language: string,
  date: string | null,
  sections: Array<{ heading: string | null; paragraphs: string[] }>,
) {
  const bytes = Buffer.from(id);
  insertDocument(target, {
    id,
    seriesId: id,
    version: 1,
    previousId: null,
    document: {
      title: `Title ${id}`,
      kind: 'declaration',
      language,
      date,
      place: null,
      issuer: null,
      sections: numberSections(sections),
    },
    source: {
      fileName: `${id}.txt`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mediaType: 'text/plain',
      bytes,
      importedAt: '2025-02-03T10:00:00.000Z',
    },
  });
}

function search(query: string, filters: SearchFilters = {}, page = { limit: 50, offset: 0 }) {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error(parsed.message?.code);
  return searchIndex(db, parsed.match, filters, page);
}

const plain = (marked: string) => marked.replaceAll(MATCH_START, '[').replaceAll(MATCH_END, ']');

beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
  addDocument(db, 'docen', 'en', '2024-09-26', [
    { heading: null, paragraphs: ['Canada and France strengthen their defence and security partnership.'] },
    {
      heading: 'Climate',
      paragraphs: ['Climate change is a security challenge.', 'The Défense ministers met in Paris.'],
    },
  ]);
  addDocument(db, 'docfr', 'fr', '2023-03-01', [
    { heading: null, paragraphs: ['La défense nationale et la sécurité énergétique.'] },
    { heading: 'Énergie', paragraphs: ["Le changement climatique menace l'état de droit."] },
  ]);
});

afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('paragraphs in the index', () => {
  it('indexes every paragraph on insert, with its place', () => {
    expect(countIndexed(db)).toEqual({ paragraph: 5, annotation: 0, note: 0 });
    const { rows } = search('"climate change"');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'paragraph',
      documentId: 'docen',
      documentTitle: 'Title docen',
      paragraph: 2,
      section: 'Climate',
      language: 'en',
      date: '2024-09-26',
    });
    expect(plain(rows[0]?.snippet ?? '')).toBe('[Climate change] is a security challenge.');
  });

  it('is accent- and case-insensitive both ways', () => {
    const found = (q: string) =>
      search(q)
        .rows.map((r) => `${r.documentId}/${r.paragraph}`)
        .sort();
    expect(found('défense')).toEqual(['docen/3', 'docfr/1']);
    expect(found('DEFENSE')).toEqual(found('défense'));
    expect(found('securite energetique')).toEqual(['docfr/1']);
    expect(plain(search('defense').rows.find((r) => r.documentId === 'docen')?.snippet ?? '')).toContain('[Défense]');
  });

  it('supports prefixes, phrases, OR and NOT', () => {
    const ids = (q: string) =>
      search(q)
        .rows.map((r) => `${r.documentId}/${r.paragraph}`)
        .sort();
    expect(ids('clim*')).toEqual(['docen/2', 'docfr/2']);
    expect(ids('"état de droit"')).toEqual(['docfr/2']);
    expect(ids('"droit de état"')).toEqual([]);
    expect(ids('paris OR canada')).toEqual(['docen/1', 'docen/3']);
    expect(ids('security -climate')).toEqual(['docen/1']);
    expect(ids('(défense OR climate) NOT paris')).toEqual(['docen/2', 'docfr/1']);
  });

  it('removes a document’s paragraphs when it is deleted (cascade through sections)', () => {
    db.prepare('DELETE FROM documents WHERE id = ?').run('docfr');
    expect(countIndexed(db).paragraph).toBe(3);
    expect(search('défense').rows.map((r) => r.documentId)).toEqual(['docen']);
    expect(db.prepare('SELECT count(*) AS n FROM search_index').get()).toEqual({ n: 3 });
  });

  it('follows edits to a paragraph and to a document’s language and date', () => {
    db.prepare(`UPDATE paragraphs SET text = 'Arctic sovereignty.' WHERE document_id = 'docen' AND n = 1`).run();
    expect(search('arctic').rows.map((r) => r.paragraph)).toEqual([1]);
    expect(search('canada').rows).toHaveLength(0);
    db.prepare(`UPDATE documents SET language = 'fr', date = '2020-01-01' WHERE id = 'docen'`).run();
    expect(search('arctic', { languages: ['fr'] }).rows[0]).toMatchObject({ language: 'fr', date: '2020-01-01' });
    expect(search('arctic', { languages: ['en'] }).rows).toHaveLength(0);
  });

  it('stays in step when a document is restructured or its details are edited', () => {
    inTransaction(db, () =>
      replaceStructure(
        db,
        'docen',
        numberSections([
          { heading: null, paragraphs: ['Opening words.'] },
          { heading: 'Oceans', paragraphs: ['Maritime security in the Arctic.'] },
        ]),
      ),
    );
    expect(countIndexed(db).paragraph).toBe(4);
    expect(search('canada').rows).toHaveLength(0);
    expect(search('maritime').rows[0]).toMatchObject({ documentId: 'docen', paragraph: 2, section: 'Oceans' });
    updateMetadata(db, 'docen', {
      title: 'Renamed declaration',
      kind: 'declaration',
      language: 'fr',
      date: '2021-05-05',
      place: null,
      issuer: null,
    });
    expect(search('maritime', { languages: ['fr'], from: '2021-05-01', to: '2021-05-31' }).rows[0]).toMatchObject({
      documentTitle: 'Renamed declaration',
      language: 'fr',
      date: '2021-05-05',
    });
  });

  it('marks every hit of one document in whole paragraphs, in order', () => {
    const parsed = parseSearchQuery('security OR défense');
    const hits = searchInDocument(db, 'docen', parsed.match as string);
    expect(hits.map((h) => h.n)).toEqual([1, 2, 3]);
    expect(plain(hits[0]?.marked ?? '')).toBe('Canada and France strengthen their defence and [security] partnership.');
    expect(searchInDocument(db, 'nodoc', parsed.match as string)).toEqual([]);
  });
});

describe('annotations and notes (synthetic rows)', () => {
  beforeEach(() => {
    indexAnnotation(db, {
      id: 'ann1',
      documentId: 'docfr',
      paragraph: 2,
      quote: 'changement climatique',
      comment: 'Key line for the minister: climate wording',
      tags: ['Énergie propre', 'priority'],
      date: '2025-01-10T09:00:00Z',
    });
    indexNote(db, {
      id: 'note1',
      title: 'Briefing on Arctic défense',
      content: 'The minister should raise the climate file.',
      tags: ['priority'],
      date: '2025-02-01',
    });
  });

  it('finds them by quote, comment, title, content and tag words', () => {
    expect(countIndexed(db)).toEqual({ paragraph: 5, annotation: 1, note: 1 });
    const kinds = (q: string) =>
      search(q)
        .rows.map((r) => `${r.kind}:${r.kind === 'paragraph' ? r.paragraph : r.ownerId}`)
        .sort();
    expect(kinds('minister')).toEqual(['annotation:ann1', 'note:note1']);
    expect(kinds('arctic')).toEqual(['note:note1']);
    expect(kinds('energie propre')).toEqual(['annotation:ann1']);
    const annotation = search('wording').rows[0];
    expect(annotation).toMatchObject({
      kind: 'annotation',
      documentId: 'docfr',
      paragraph: 2,
      language: 'fr',
      date: '2025-01-10',
      section: 'Énergie',
    });
    expect(plain(annotation?.snippet ?? '')).toContain('climate [wording]');
    const note = search('arctic').rows[0];
    expect(note).toMatchObject({ kind: 'note', documentId: null, paragraph: null, documentTitle: null });
    expect(plain(note?.snippet ?? '')).toBe('Briefing on [Arctic] défense');
  });

  it('ranks a note title match above the same word in body text', () => {
    const rows = search('arctic OR paris').rows;
    expect(rows[0]?.kind).toBe('note');
  });

  it('filters by kind, document, tag (all of them), language and date range', () => {
    const keys = (q: string, f: SearchFilters) =>
      search(q, f)
        .rows.map((r) => r.ownerId)
        .sort();
    expect(keys('climat* OR climate', { kinds: ['annotation', 'note'] })).toEqual(['ann1', 'note1']);
    expect(search('climat* OR climate', { kinds: ['paragraph'] }).rows.every((r) => r.kind === 'paragraph')).toBe(true);
    expect(
      search('climat* OR climate', { documentIds: ['docfr'] })
        .rows.map((r) => r.kind)
        .sort(),
    ).toEqual(['annotation', 'paragraph']);
    expect(keys('climat* OR climate', { tags: ['priority'] })).toEqual(['ann1', 'note1']);
    expect(keys('climat* OR climate', { tags: ['PRIORITY', 'energie propre'] })).toEqual(['ann1']);
    expect(keys('climat* OR climate', { tags: ['unknown'] })).toEqual([]);
    expect(search('climat* OR climate', { languages: ['fr'] }).rows.map((r) => r.documentId)).toEqual([
      'docfr',
      'docfr',
    ]);
    expect(keys('climat* OR climate', { from: '2025-01-15' })).toEqual(['note1']);
    const inRange = search('climat* OR climate', { from: '2024-01-01', to: '2025-01' }).rows;
    expect(inRange.map((r) => r.date).sort()).toEqual(['2024-09-26', '2025-01-10']);
    expect(search('climat* OR climate', { to: '2023-12-31' }).rows.map((r) => r.date)).toEqual(['2023-03-01']);
  });

  it('does not show filter tokens as the snippet', () => {
    const rows = search('priority', {
      kinds: ['annotation'],
      documentIds: ['docfr'],
      languages: ['fr'],
      tags: ['priority'],
    }).rows;
    expect(rows).toHaveLength(1);
    expect(plain(rows[0]?.snippet ?? '')).toBe('Énergie propre · [priority]');
  });

  it('replaces an entry when indexed again, and removes it', () => {
    indexNote(db, { id: 'note1', title: 'Renamed', content: 'Nothing about that place.', date: '2025-03-01' });
    expect(countIndexed(db).note).toBe(1);
    expect(search('arctic').rows).toHaveLength(0);
    expect(search('renamed').rows.map((r) => r.date)).toEqual(['2025-03-01']);
    expect(removeFromIndex(db, 'note', 'note1')).toBe(true);
    expect(removeFromIndex(db, 'note', 'note1')).toBe(false);
    expect(removeFromIndex(db, 'annotation', 'ann1')).toBe(true);
    expect(countIndexed(db)).toEqual({ paragraph: 5, annotation: 0, note: 0 });
    expect(search('minister').rows).toHaveLength(0);
    expect(() => removeFromIndex(db, 'paragraph', 'p1')).toThrow(/document id/);
  });

  it('rolls back with the transaction that wrote it', () => {
    expect(() =>
      inTransaction(db, () => {
        indexNote(db, { id: 'note2', title: 'Zanzibar', content: '', date: null });
        throw new Error('the note write failed');
      }),
    ).toThrow('the note write failed');
    expect(search('zanzibar').rows).toHaveLength(0);
  });
});

describe('ranking and counting', () => {
  it('ranks every match up to the window, then the most recent ones, and says so', () => {
    for (let i = 0; i < 30; i++) {
      indexNote(db, { id: `n${i}`, title: `Common ${'word '.repeat(i % 3)}`, content: `common ${i}`, date: null });
    }
    const all = search('common');
    expect(all).toMatchObject({ total: 30, more: false });
    const windowed = searchIndex(
      db,
      parseSearchQuery('common').match as string,
      {},
      { limit: 50, offset: 0, rankWindow: 10 },
    );
    expect(windowed).toMatchObject({ total: 10, more: true });
    expect(windowed.rows.map((r) => r.ownerId).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `n${20 + i}`).sort(),
    );
    const scores = all.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const page2 = search('common', {}, { limit: 10, offset: 10 });
    expect(page2.rows.map((r) => r.ownerId)).toEqual(all.rows.slice(10, 20).map((r) => r.ownerId));
  });
});

describe('malformed input never reaches SQLite as syntax', () => {
  it('runs thousands of random queries without an error', () => {
    const alphabet = [
      '"',
      "'",
      '(',
      ')',
      '*',
      '-',
      '+',
      ':',
      '^',
      '{',
      '}',
      ',',
      '.',
      ' ',
      ' ',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      'é',
      'a',
      'climate',
      'défense',
      '\u0000',
      '\uE000',
      'kind:',
      'tag:',
      'from:',
      '|',
      '«',
      '»',
      '“',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(random() * 12);
      let query = '';
      for (let j = 0; j < length; j++) query += alphabet[Math.floor(random() * alphabet.length)];
      const parsed = parseSearchQuery(query);
      if (parsed.match === null) {
        expect(parsed.message, query).toBeTruthy();
        continue;
      }
      expect(
        () => searchIndex(db, parsed.match as string, parsed.filters, { limit: 5, offset: 0 }),
        query,
      ).not.toThrow();
      expect(() => searchInDocument(db, 'docen', parsed.match as string), query).not.toThrow();
    }
  });
});

describe('migration 004', () => {
  it('indexes the paragraphs of a store made before it', () => {
    const dir = join(temp.dir, 'old');
    const old = openStore(dir, [migration001]).db;
    // Rows as schema 1 had them (today's store code writes today's columns).
    old.exec(`
      INSERT INTO originals VALUES ('sha-old', x'00', 1, 'text/plain');
      INSERT INTO documents (id, series_id, version, title, kind, language, source_sha256, source_name, imported_at)
        VALUES ('olddoc', 'olddoc', 1, 'Title olddoc', 'declaration', 'fr', 'sha-old', 'olddoc.txt', '2025-02-03T10:00:00.000Z');
      INSERT INTO sections VALUES ('olddoc', 0, NULL);
      INSERT INTO paragraphs VALUES ('olddoc', 1, 'p1', 0, 'Un texte sur la défense.');
      INSERT INTO paragraphs VALUES ('olddoc', 2, 'p2', 0, 'Un autre.');
    `);
    old.close();
    const upgraded = openStore(dir).db;
    expect(countIndexed(upgraded).paragraph).toBe(2);
    const rows = searchIndex(
      upgraded,
      parseSearchQuery('defense').match as string,
      { languages: ['fr'] },
      { limit: 5, offset: 0 },
    ).rows;
    expect(rows).toMatchObject([{ documentId: 'olddoc', paragraph: 1, date: '2025-02-03', language: 'fr' }]);
    upgraded.close();
    const raw = new DatabaseSync(join(dir, STORE_FILE_NAME));
    expect(raw.prepare('PRAGMA user_version').get()).toEqual({ user_version: latestSchemaVersion() });
    raw.close();
  });
});
