/**
 * Generated libraries of 1,000 / 10,000 / 50,000 documents for `npm run bench scale`, written
 * with direct store inserts in one process (the same store functions and triggers an import
 * ends in; the import pipeline itself is measured separately), with annotations on one
 * document in ten, a version 2 of one in twenty, and a briefing note per 100 documents.
 *
 * Building 50,000 documents takes minutes on two cores, so every size is cached under the
 * temp folder, keyed by the schema version and this generator's version, and a bigger library
 * is grown from a copy of the next smaller one. Benchmarks open a cached store as it is and
 * leave it as they found it (what they add, they remove).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation } from '../../main/services/library/annotations.ts';
import {
  inTransaction,
  latestSchemaVersion,
  openStore,
  STORE_FILE_NAME,
  type Database,
} from '../../main/services/store/database.ts';
import { insertDocument } from '../../main/services/store/documents.store.ts';
import { MIGRATIONS } from '../../main/services/store/migrations/index.ts';
import { insertNote } from '../../main/services/store/notes.store.ts';
import { optimizeSearchIndex } from '../../main/services/store/search.store.ts';
import { EMPTY_NOTE_FIELDS, numberSections, type Section } from '../../shared/model/index.ts';
import type { NoteContent } from '../../shared/notes/content-schema.ts';
import { generateDocument, type GeneratedDocument } from './declaration-text.ts';

/** Bump when the generated content changes: cached stores are then rebuilt. */
const GENERATOR_VERSION = 4;
export const SCALE_SIZES = [1_000, 10_000, 50_000] as const;
const BATCH = 250;

export interface ScaleLibrary {
  dir: string;
  count: number;
  /** Facts the benchmarks use: ids chosen while building. */
  facts: ScaleFacts;
}

export interface ScaleFacts {
  count: number;
  textBytes: number;
  /** A declaration with annotations, opened by the "open a document" row. */
  annotatedDocumentId: string;
  /** A note with 20 excerpts, 5 of them from documents that have a newer version. */
  noteId: string;
  /** Source declarations (id and language) a generated article can quote. */
  sources: Array<{ id: string; language: 'en' | 'fr' }>;
  buildSeconds: number;
}

export function cacheRoot(): string {
  return process.env.PRECIS_BENCH_CACHE ?? join(tmpdir(), 'precis-bench-scale');
}

/**
 * The schema the cached stores were built with: every migration's version, name and SQL (a
 * version number alone misses a migration merged in below the newest, which a store at the
 * newest version would never run).
 */
function schemaKey(): string {
  const hash = createHash('sha256');
  for (const migration of MIGRATIONS) hash.update(`${migration.version}\0${migration.name}\0${migration.sql}\0`);
  return `schema${latestSchemaVersion()}-${hash.digest('hex').slice(0, 12)}`;
}

function cacheDir(count: number): string {
  return join(cacheRoot(), `${schemaKey()}-gen${GENERATOR_VERSION}`, String(count));
}

export const documentId = (index: number) => `g${index}`;
const versionTwoId = (index: number) => `g${index}v2`;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function textOf(doc: GeneratedDocument): string {
  return [doc.title, ...doc.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].filter(Boolean).join('\n\n');
}

function insertGenerated(db: Database, doc: GeneratedDocument): { sections: Section[]; bytes: number } {
  const sections = numberSections(doc.sections);
  const original = new TextEncoder().encode(textOf(doc));
  insertDocument(db, {
    id: documentId(doc.index),
    seriesId: `s${doc.index}`,
    version: 1,
    previousId: null,
    document: {
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      date: doc.date,
      place: doc.place,
      issuer: doc.issuer,
      sections,
    },
    source: {
      fileName: `generated-${doc.index}.txt`,
      sha256: sha256(original),
      mediaType: 'text/plain',
      bytes: original,
      importedAt: new Date(Date.UTC(2024, 0, 1) + doc.index * 60_000).toISOString(),
    },
  });
  return { sections, bytes: sections.flatMap((s) => s.paragraphs).reduce((n, p) => n + Buffer.byteLength(p.text), 0) };
}

/** Version 2 of a document: one paragraph reworded, one added at the end. */
function insertVersionTwo(db: Database, doc: GeneratedDocument): void {
  const drafts = doc.sections.map((s, i) => ({
    heading: s.heading,
    paragraphs: s.paragraphs.map((text, p) => (i === 0 && p === 1 ? text.replace(/\.$/, ', as amended.') : text)),
  }));
  drafts.at(-1)?.paragraphs.push('This text replaces the previous version.');
  const original = new TextEncoder().encode(`${textOf(doc)}\n\nv2`);
  insertDocument(db, {
    id: versionTwoId(doc.index),
    seriesId: `s${doc.index}`,
    version: 2,
    previousId: documentId(doc.index),
    document: {
      title: doc.title,
      kind: doc.kind,
      language: doc.language,
      date: doc.date,
      place: doc.place,
      issuer: doc.issuer,
      sections: numberSections(drafts),
    },
    source: {
      fileName: `generated-${doc.index}.txt`,
      sha256: sha256(original),
      mediaType: 'text/plain',
      bytes: original,
      importedAt: new Date(Date.UTC(2024, 0, 1) + doc.index * 60_000 + 30_000).toISOString(),
    },
  });
}

function excerptNode(doc: GeneratedDocument, sections: Section[], n: number) {
  const paragraph = sections.flatMap((s) => s.paragraphs).find((p) => p.n === n) ?? sections[0]?.paragraphs[0];
  if (!paragraph) throw new Error(`generated document ${doc.index} has no paragraph`);
  return {
    type: 'excerpt',
    version: 1,
    documentId: documentId(doc.index),
    documentTitle: doc.title,
    documentDate: doc.date,
    paragraphs: [{ id: paragraph.id, n: paragraph.n }],
    text: paragraph.text,
    origin: 'paragraph',
  };
}

function noteContent(children: unknown[]): NoteContent {
  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  });
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [paragraph('Purpose: to brief on the texts below.'), ...children],
    },
  } as unknown as NoteContent;
}

function insertBenchNote(db: Database, id: string, title: string, excerpts: unknown[]): void {
  insertNote(
    db,
    {
      id,
      title,
      language: 'en',
      status: 'draft',
      classification: 'unclassified',
      fields: { ...EMPTY_NOTE_FIELDS },
      content: noteContent(excerpts),
    },
    '2025-01-01T00:00:00.000Z',
  );
}

/**
 * Adds documents [from, to) with their annotations, versions and notes. Per batch, documents
 * first, then annotations and notes: those write through savepoints, and the search index
 * flushes its pending terms at every savepoint, so they come after the batch's bulk.
 */
function grow(db: Database, from: number, to: number, facts: ScaleFacts): void {
  let pendingNote: unknown[] = [];
  for (let start = from; start < to; start += BATCH) {
    inTransaction(db, () => {
      const annotate: Array<{ index: number; paragraphs: number }> = [];
      const notes: Array<{ id: string; title: string; excerpts: unknown[] }> = [];
      for (let index = start; index < Math.min(to, start + BATCH); index++) {
        const doc = generateDocument(index);
        const { sections, bytes } = insertGenerated(db, doc);
        facts.textBytes += bytes;
        if (doc.kind === 'declaration' && facts.sources.length < 200) {
          facts.sources.push({ id: documentId(index), language: doc.language });
        }
        if (index % 10 === 3) annotate.push({ index, paragraphs: sections.flatMap((s) => s.paragraphs).length });
        if (index % 20 === 7) insertVersionTwo(db, doc);
        if (index % 7 === 0) pendingNote.push(excerptNode(doc, sections, 2));
        if (pendingNote.length === 10) {
          notes.push({ id: `n${index}`, title: `Briefing note ${index}`, excerpts: pendingNote });
          pendingNote = [];
        }
      }
      for (const { index, paragraphs } of annotate) {
        for (const n of [2, Math.ceil(paragraphs / 2), paragraphs - 1]) {
          createAnnotation(db, {
            documentId: documentId(index),
            target: { type: 'paragraph', n },
            tags: [index % 20 === 3 ? 'follow-up' : 'key'],
            color: n === 2 ? 'yellow' : 'blue',
          });
        }
      }
      for (const note of notes) insertBenchNote(db, note.id, note.title, note.excerpts);
    });
    if (start % 5_000 === 0) process.stderr.write(`bench scale: ${start} / ${to} documents\n`);
  }
}

/**
 * The note the "open a note" row opens: 20 excerpts, 5 of them from documents that have a
 * version 2 (so the excerpt check compares versions), the others current.
 */
function addOpenedNote(db: Database, count: number): string {
  const excerpts: unknown[] = [];
  for (let index = 7; excerpts.length < 5; index += 20) {
    const doc = generateDocument(index);
    excerpts.push(excerptNode(doc, numberSections(doc.sections), 2));
  }
  for (let index = 1; excerpts.length < 20 && index < count; index += Math.floor(count / 16)) {
    const doc = generateDocument(index);
    excerpts.push(excerptNode(doc, numberSections(doc.sections), 3));
  }
  const id = 'n-bench-opened';
  inTransaction(db, () => insertBenchNote(db, id, 'Note with twenty excerpts', excerpts));
  return id;
}

function readFacts(dir: string): ScaleFacts | undefined {
  const file = join(dir, 'facts.json');
  if (!existsSync(file) || !existsSync(join(dir, STORE_FILE_NAME))) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ScaleFacts;
}

/** Folds the WAL into the main file so the store is one file that can be copied. */
function checkpointAndClose(db: Database): void {
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The cached library of `count` documents, built (or grown from a smaller one) if missing. */
export function scaleLibrary(count: number): ScaleLibrary {
  const dir = cacheDir(count);
  const cached = readFacts(dir);
  if (cached) return { dir, count, facts: cached };

  const started = performance.now();
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const smaller = [...SCALE_SIZES].reverse().find((size) => size < count && readFacts(cacheDir(size)));
  let facts: ScaleFacts;
  let from = 0;
  if (smaller) {
    copyFileSync(join(cacheDir(smaller), STORE_FILE_NAME), join(building, STORE_FILE_NAME));
    facts = { ...(readFacts(cacheDir(smaller)) as ScaleFacts) };
    from = smaller;
  } else {
    facts = { count, textBytes: 0, annotatedDocumentId: documentId(3), noteId: '', sources: [], buildSeconds: 0 };
  }
  const { db } = openStore(building);
  // Generated bulk data: the writer is alone and a crash only costs a rebuild.
  db.exec('PRAGMA synchronous = OFF');
  grow(db, from, count, facts);
  if (facts.noteId) db.prepare('DELETE FROM notes WHERE id = ?').run(facts.noteId);
  facts.noteId = addOpenedNote(db, count);
  facts.count = count;
  optimizeSearchIndex(db);
  checkpointAndClose(db);
  facts.buildSeconds = (performance.now() - started) / 1000 + (smaller ? (facts.buildSeconds ?? 0) : 0);
  writeFileSync(join(building, 'facts.json'), JSON.stringify(facts, null, 2));
  // This process's open mark stays behind in the folder being renamed: a cached store is closed.
  rmSync(join(building, `${STORE_FILE_NAME}.open`), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, '..'), { recursive: true });
  renameSync(building, dir);
  return { dir, count, facts };
}
