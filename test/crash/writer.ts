/**
 * The crash test's writer: a separate process that autosaves into a real store through the
 * real store code, as fast as it can, and reports each save on stdout ONLY after its
 * transaction committed. The harness kills it with SIGKILL at a random moment, then checks
 * that everything reported is in the store.
 *
 *   node writer.ts STORE_DIR FIXTURES_JSON START_REV
 *
 * Output lines: `ready`, `S <key> <rev>` (a setting autosaved), `D <sha256> <paragraphs>`
 * (a document stored with its structure and original), `N <noteId> <rev>` (a note autosaved
 * through the notes store's save path), `A <annotationId> <rev>` (an annotation created, or its
 * comment edited, with the comment of that revision).
 *
 * Each kind of save is one entry of WRITES; payloads.ts builds the contents from the revision.
 */
import { readFileSync } from 'node:fs';
import type { ImportResult } from '../../main/services/import/index.ts';
import { sha256Hex, storeImportedDocument } from '../../main/services/library/store-import.ts';
import { createAnnotation } from '../../main/services/library/annotations.ts';
import { inTransaction, openStore, type Database } from '../../main/services/store/database.ts';
import { updateAnnotationStyle } from '../../main/services/store/annotations.store.ts';
import { getNote, insertNote, saveNote } from '../../main/services/store/notes.store.ts';
import { setSetting } from '../../main/services/store/settings.store.ts';
import { commentFor, CRASH_NOTE_IDS, noteWriteFor } from './payloads.ts';

export interface CrashFixture {
  fileName: string;
  bytesBase64: string;
  parsed: ImportResult;
}

const [storeDir, fixturesPath, startRevArg] = process.argv.slice(2);
const fixtures = JSON.parse(readFileSync(fixturesPath as string, 'utf8')) as CrashFixture[];
let rev = Number(startRevArg);

const report = (line: string): void => {
  // Pipes are synchronous on Linux and macOS: the line is out before the next save starts.
  process.stdout.write(`${line}\n`);
};

type Write = (db: Database) => void;

/** Documents and annotations stored by this writer: annotations go on them, edits on those. */
const documentIds: string[] = [];
const annotationIds: string[] = [];

const WRITES: Write[] = [
  // A note-sized autosave: the same few keys rewritten again and again, with growing text.
  (db) => {
    const key = `autosave.draft.${rev % 7}`;
    setSetting(db, key, JSON.stringify({ rev, text: 'Paragraph of a briefing note. '.repeat(1 + (rev % 40)) }));
    report(`S ${key} ${rev}`);
  },
  // A document: original bytes, document row, sections and paragraphs in one transaction.
  (db) => {
    const fixture = fixtures[rev % fixtures.length] as CrashFixture;
    const bytes = Buffer.concat([Buffer.from(fixture.bytesBase64, 'base64'), Buffer.from(`\n${rev}\n`)]);
    const input = { fileName: fixture.fileName, bytes };
    documentIds.push(storeImportedDocument(db, input, fixture.parsed, sha256Hex(bytes)).document.id);
    const paragraphs = fixture.parsed.document.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    report(`D ${sha256Hex(bytes)} ${paragraphs}`);
  },
  // A note autosave, through the same store call as notes:save (row, plain text, excerpts,
  // sometimes a version, in one transaction).
  (db) => {
    const id = CRASH_NOTE_IDS[rev % CRASH_NOTE_IDS.length] as string;
    saveNote(db, id, noteWriteFor(rev));
    report(`N ${id} ${rev}`);
  },
  // An annotation: created on a stored document with a comment (as annotations:create), or an
  // earlier one's comment edited (as annotations:update).
  (db) => {
    const documentId = documentIds.at(-1);
    if (!documentId) return;
    if (annotationIds.length === 0 || rev % 3 === 0) {
      const created = createAnnotation(db, {
        documentId,
        target: { type: 'paragraph', n: 1 },
        comment: commentFor(rev),
        tags: ['crash-test'],
      });
      annotationIds.push(created.id);
      report(`A ${created.id} ${rev}`);
    } else {
      const id = annotationIds[rev % annotationIds.length] as string;
      inTransaction(db, () => updateAnnotationStyle(db, id, { comment: commentFor(rev) }, new Date().toISOString()));
      report(`A ${id} ${rev}`);
    }
  },
];

const { db } = openStore(storeDir as string);
report('ready');
// The notes exist from the first writer on (an insert is one transaction: all or nothing).
for (const id of CRASH_NOTE_IDS) {
  if (getNote(db, id)) continue;
  rev += 1;
  insertNote(db, { id, language: 'en', ...noteWriteFor(rev) });
  report(`N ${id} ${rev}`);
}
/** Mostly small autosaves (settings, notes, annotations), a document every eighth save. */
const SCHEDULE = [0, 2, 3, 2, 0, 3, 2, 1];
for (;;) {
  rev += 1;
  (WRITES[SCHEDULE[rev % SCHEDULE.length] as number] as Write)(db);
}
