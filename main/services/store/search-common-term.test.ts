/**
 * Queries with a very common word are ranked over their most recent matches (search-rank.ts)
 * instead of by FTS5's bm25(). On a real store, with the threshold lowered so that every word
 * counts as common, they must find the same hits with the same snippets as the bm25 path, for
 * every kind of query and filter; pages stop where the ranked matches do.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberSections } from '../../../shared/model/index.ts';
import { parseSearchQuery } from '../../../shared/search/query.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { openStore, type Database } from './database.ts';
import { insertDocument } from './documents.store.ts';
import { COMMON_RANK_WINDOW, indexNote, searchIndex, type SearchFilters } from './search.store.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;

function addDocument(id: string, language: string, date: string, paragraphs: string[]) {
  const bytes = Buffer.from(id);
  insertDocument(db, {
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
      sections: numberSections([{ heading: null, paragraphs }]),
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

function run(query: string, filters: SearchFilters, common: boolean, page = { limit: 100, offset: 0 }) {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error(`no match for ${query}`);
  return searchIndex(db, parsed.match, filters, { ...page, ...(common ? { commonTermRows: 0 } : {}) });
}

const hit = (r: { kind: string; ownerId: string; paragraph: number | null; snippet: string }) =>
  `${r.kind}:${r.ownerId}:${r.paragraph ?? '-'}:${r.snippet}`;

beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
  addDocument('en1', 'en', '2024-09-26', [
    'Canada and France strengthen their defence and security partnership.',
    'Climate change is a security challenge for every partner.',
    'The Défense ministers met in Paris to discuss security.',
  ]);
  addDocument('fr1', 'fr', '2023-03-01', [
    'La défense nationale et la sécurité énergétique.',
    "Le changement climatique menace l'état de droit et la sécurité.",
  ]);
  addDocument('en2', 'en', '2022-05-14', [
    'Security, security and security again: the partners agree.',
    'Nuclear non-proliferation remains a shared priority.',
  ]);
  indexNote(db, {
    id: 'note1',
    title: 'Security briefing',
    content: 'Notes on climate and trade.',
    date: '2025-01-02',
  });
  indexNote(db, { id: 'note2', title: 'Trade', content: 'Security of supply chains.', tags: ['arctic'], date: null });
});

afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('a query with a very common word', () => {
  const cases: Array<[string, SearchFilters]> = [
    ['security', {}],
    ['securite', {}],
    ['secur*', {}],
    ['"climate change"', {}],
    ['security -climate', {}],
    ['security OR nuclear', {}],
    ['(défense OR climate) NOT paris', {}],
    ['securite', { languages: ['fr'] }],
    ['security', { kinds: ['note'] }],
    ['security', { documentIds: ['en1'] }],
    ['security', { from: '2023-01-01', to: '2024-12-31' }],
    ['arctic', { tags: ['arctic'] }],
  ];
  it.each(cases)('%s %o: the same hits and snippets as bm25 ranking', (query, filters) => {
    const bm25 = run(query, filters, false);
    const common = run(query, filters, true);
    expect(bm25.rows.length).toBeGreaterThan(0);
    expect(common.rows.map(hit).sort()).toEqual(bm25.rows.map(hit).sort());
    expect(common.total).toBe(bm25.total);
    const scores = common.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks the row that says it most, and a title hit, first', () => {
    const paragraphs = run('security', { kinds: ['paragraph'] }, true).rows;
    expect(`${paragraphs[0]?.documentId}/${paragraphs[0]?.paragraph}`).toBe('en2/1');
    const notes = run('security', { kinds: ['note'] }, true).rows;
    expect(notes.map((r) => r.ownerId)).toEqual(['note1', 'note2']);
  });

  it('pages through its most recent matches and says there are more', () => {
    const extra = COMMON_RANK_WINDOW + 20;
    for (let i = 0; i < extra; i++) indexNote(db, { id: `n${i}`, title: `Memo ${i}`, content: 'security', date: null });
    const first = run('security', {}, true, { limit: 50, offset: 0 });
    expect(first).toMatchObject({ total: COMMON_RANK_WINDOW, more: true });
    const seen = new Set<string>();
    for (let offset = 0; offset < COMMON_RANK_WINDOW + 50; offset += 50) {
      for (const row of run('security', {}, true, { limit: 50, offset }).rows) seen.add(row.ownerId);
    }
    expect(seen.size).toBe(COMMON_RANK_WINDOW);
    // The most recent matches: the last note indexed is among them, the oldest paragraphs not.
    expect(seen.has(`n${extra - 1}`)).toBe(true);
    expect(seen.has('en1')).toBe(false);
  });
});
