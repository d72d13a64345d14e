import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { populateEveryKind } from '../../../test/support/library-data.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { parseSearchQuery } from '../../../shared/search/query.ts';
import { openStore, type Database, type OpenedStore } from '../store/database.ts';
import { countIndexed, searchIndex, type SearchFilters } from '../store/search.store.ts';
import { getDocument, getOriginalBytes, listDocumentSummaries } from '../store/documents.store.ts';
import { ArchiveError, exportLibrary, importLibrary, snapshotLibrary, unarchivedTables } from './archive.ts';
import { ARCHIVED_TABLES } from './archive-tables.ts';
import { openLibrary } from './open-library.ts';
import { openZipReader } from './zip-file.ts';

/** Queries that reach every kind of hit populateEveryKind makes (and a tag filter). */
const SEARCHES: Array<[string, SearchFilters]> = [
  ['rivers', {}],
  ['protect', { kinds: ['annotation'] }],
  ['rivers', { tags: ['declaration — 宣言'] }],
  ['rivers', { kinds: ['note'] }],
];

function searchHits(db: Database, query: string, filters: SearchFilters) {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) throw new Error('empty query');
  // Compared as sets: equal scores (the same paragraph in two versions) come in index order.
  return searchIndex(db, parsed.match, filters, { limit: 100, offset: 0 })
    .rows.map((row) => ({ ...row, score: Math.round(row.score * 100) / 100 }))
    .sort((a, b) => `${a.kind}/${a.documentId}/${a.ownerId}`.localeCompare(`${b.kind}/${b.documentId}/${b.ownerId}`));
}

let temp: ReturnType<typeof makeTempDir>;
let source: OpenedStore;
let archive: string;

beforeEach(async () => {
  temp = makeTempDir();
  source = await openLibrary(join(temp.dir, 'source')); // seeded with the samples
  await populateEveryKind(source.db);
  archive = join(temp.dir, 'library.precis-library');
});
afterEach(() => {
  source.db.close();
  temp.cleanup();
});

function emptyStore(name: string): OpenedStore {
  return openStore(join(temp.dir, name));
}

describe('library archive', () => {
  it('archives every table the store has (a new table must be registered or declared derived)', () => {
    expect(unarchivedTables(source.db)).toEqual([]);
  });

  it('round-trips the whole library into an empty store, field by field', () => {
    const manifest = exportLibrary(source.db, archive, '1.2.3');
    for (const { table } of ARCHIVED_TABLES) expect(manifest.tables[table]?.rows).toBeGreaterThan(0);

    const target = emptyStore('target');
    try {
      const result = importLibrary(target.db, archive);
      expect(result.rows).toEqual(Object.fromEntries(Object.entries(manifest.tables).map(([t, v]) => [t, v.rows])));
      // Every row of every table, every column, BLOBs by hash and length — but the team
      // approvals, which an archive cannot vouch for: the approved note comes in as a draft.
      expect(result.approvalsWithheld).toBe(1);
      const { item_reviews: reviews, ...rest } = snapshotLibrary(source.db);
      const { item_reviews: imported, ...importedRest } = snapshotLibrary(target.db);
      expect(importedRest).toEqual(rest);
      expect(imported).toEqual(
        reviews?.map((row) => ({
          ...row,
          state: 'draft',
          approved_by: null,
          approved_at: null,
          snapshot_json: null,
          returned_to_draft: 0,
        })),
      );
      // The search index (derived, not archived) is rebuilt whole: the same hits for paragraphs,
      // annotations (quote, comment, tags) and notes, and the same counts by kind.
      expect(countIndexed(target.db)).toEqual(countIndexed(source.db));
      const indexed = countIndexed(target.db);
      expect(indexed.annotation).toBeGreaterThan(0);
      expect(indexed.note).toBeGreaterThan(0);
      for (const [query, filters] of SEARCHES) {
        const hits = searchHits(target.db, query, filters);
        expect(hits.length, query).toBeGreaterThan(0);
        expect(hits, query).toEqual(searchHits(source.db, query, filters));
      }
      // And as the app reads it: every document with its structure and its original bytes.
      const documents = listDocumentSummaries(source.db);
      expect(listDocumentSummaries(target.db)).toEqual(documents);
      for (const { id } of documents) {
        expect(getDocument(target.db, id)).toEqual(getDocument(source.db, id));
        expect(
          Buffer.from(getOriginalBytes(target.db, id) ?? []).equals(Buffer.from(getOriginalBytes(source.db, id) ?? [])),
        ).toBe(true);
      }
    } finally {
      target.db.close();
    }
  });

  it('keeps the originals as plain files anyone can unzip', () => {
    exportLibrary(source.db, archive, '1.2.3');
    const zip = openZipReader(archive);
    try {
      const names = [...zip.entries.keys()];
      expect(names).toContain('manifest.json');
      expect(names.filter((n) => n.startsWith('originals/') && n.endsWith('.pdf'))).toHaveLength(1);
      expect(names.filter((n) => n.startsWith('originals/') && n.endsWith('.docx'))).toHaveLength(1);
      const pdf = names.find((n) => n.endsWith('.pdf')) as string;
      expect(zip.read(pdf, 1e8).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      zip.close();
    }
  });

  it('refuses to import into a library that is not empty, and changes nothing', () => {
    exportLibrary(source.db, archive, '1.2.3');
    const before = snapshotLibrary(source.db);
    expect(() => importLibrary(source.db, archive)).toThrow(/not empty/);
    expect(snapshotLibrary(source.db)).toEqual(before);
  });

  it('refuses a damaged archive and leaves the empty library empty', () => {
    exportLibrary(source.db, archive, '1.2.3');
    const bytes = readFileSync(archive);
    const cases: Array<[string, Buffer]> = [
      ['truncated', bytes.subarray(0, Math.floor(bytes.length / 2))],
      ['not a zip', Buffer.from('hello, this is not an archive')],
    ];
    // Flip one byte inside every stored entry in turn (first 40): each must be caught by its checksum.
    const zip = openZipReader(archive);
    const offsets = [...zip.entries.values()]
      .slice(0, 40)
      .map((e) => e.offset + 30 + Buffer.byteLength(e.name) + Math.floor(e.compressedSize / 2));
    zip.close();
    for (const offset of offsets) {
      const flipped = Buffer.from(bytes);
      flipped[offset] = (flipped[offset] ?? 0) ^ 0xff;
      cases.push([`byte flipped at ${offset}`, flipped]);
    }
    const target = emptyStore('target');
    const empty = snapshotLibrary(target.db); // an empty library (with the schema's default colours)
    try {
      for (const [what, content] of cases) {
        const path = join(temp.dir, 'bad.precis-library');
        writeFileSync(path, content);
        expect(() => importLibrary(target.db, path), what).toThrow(ArchiveError);
        expect(snapshotLibrary(target.db), what).toEqual(empty);
      }
    } finally {
      target.db.close();
    }
  });
});
