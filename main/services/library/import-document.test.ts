import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { openStore, type Database } from '../store/database.ts';
import { countDocuments, getDocument, getOriginalBytes } from '../store/documents.store.ts';
import { importIntoLibrary, sha256Hex } from './import-document.ts';
import { openLibrary } from './open-library.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

const text = (s: string) => new TextEncoder().encode(s);
const DECLARATION = 'A Joint Statement on Rivers\n\nWe agree to protect rivers.\n\nWe will meet again next year.\n';

describe('importIntoLibrary', () => {
  it('stores the document, its paragraphs and its original bytes with their SHA-256', async () => {
    const bytes = text(DECLARATION);
    const { outcome, document } = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes });
    expect(outcome).toBe('imported');
    const stored = getDocument(db, document.id);
    expect(stored?.source).toMatchObject({ fileName: 'rivers.txt', sha256: sha256Hex(bytes), size: bytes.length });
    expect(stored?.sections.flatMap((s) => s.paragraphs).length).toBeGreaterThan(0);
    expect(Buffer.from(getOriginalBytes(db, document.id) ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it('finds the existing document when the same bytes are imported again', async () => {
    const first = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: text(DECLARATION) });
    const second = await importIntoLibrary(db, { fileName: 'copy.txt', bytes: text(DECLARATION) });
    expect(second).toMatchObject({ outcome: 'existing', document: first.document, versionOf: null });
    expect(countDocuments(db)).toBe(1);
  });

  it('asks, rather than decides, when a short text shares half its paragraphs and its file name', async () => {
    const first = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: text(DECLARATION) });
    const changed = DECLARATION.replace('next year', 'in the spring');
    const second = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: text(changed) });
    expect(second.outcome).toBe('imported');
    expect(second.possibleVersionOf).toMatchObject({ documentId: first.document.id, share: 0.5 });
    expect(getDocument(db, second.document.id)).toMatchObject({ version: 1, previousId: null });
  });

  it('makes a text its next version when the user says so (versionOf), linked to the previous one', async () => {
    const first = await importIntoLibrary(db, { fileName: 'rivers.txt', bytes: text(DECLARATION) });
    const changed = DECLARATION.replace('next year', 'in the spring');
    const second = await importIntoLibrary(
      db,
      { fileName: 'rivers.txt', bytes: text(changed) },
      { versionOf: first.document.id },
    );
    expect(second).toMatchObject({
      outcome: 'new-version',
      versionOf: { documentId: first.document.id, basis: 'user', share: null },
    });
    const stored = getDocument(db, second.document.id);
    expect(stored).toMatchObject({ version: 2, previousId: first.document.id, seriesId: first.document.id });
  });

  it('leaves the store unchanged when the import fails', async () => {
    await expect(importIntoLibrary(db, { fileName: 'empty.txt', bytes: new Uint8Array() })).rejects.toThrow(/empty/i);
    expect(countDocuments(db)).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM originals').get()).toEqual({ n: 0 });
  });
});

describe('openLibrary', () => {
  it('seeds a new store with the two sample documents through the import path, once', async () => {
    const other = makeTempDir();
    try {
      const store = await openLibrary(other.dir);
      expect(countDocuments(store.db)).toBe(2);
      store.db.close();
      const reopened = await openLibrary(other.dir);
      expect(countDocuments(reopened.db)).toBe(2);
      reopened.db.close();
    } finally {
      other.cleanup();
    }
  });
});
