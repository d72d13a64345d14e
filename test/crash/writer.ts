/**
 * The crash test's writer: a separate process that autosaves into a real store through the
 * real store code, as fast as it can, and reports each save on stdout ONLY after its
 * transaction committed. The harness kills it with SIGKILL at a random moment, then checks
 * that everything reported is in the store.
 *
 *   node writer.ts STORE_DIR FIXTURES_JSON START_REV
 *
 * Output lines: `ready`, `S <key> <rev>` (a setting autosaved), `D <sha256> <text>` (a
 * document stored with its structure and original; `text` is a fingerprint of its text), `N <noteId> <rev>` (a note autosaved
 * through the notes store's save path), `A <annotationId> <rev>` (an annotation created, or its
 * comment edited, with the comment of that revision), `R <documentId> <rev>` (a structure
 * correction with its re-anchoring and citation records, one transaction), `C <rev>` (a
 * paragraph cited by a note's excerpt and by a pack item).
 *
 * Each kind of save is one entry of WRITES; payloads.ts builds the contents from the revision.
 */
import { readFileSync } from 'node:fs';
import type { ImportResult } from '../../main/services/import/index.ts';
import { sha256Hex, storeImportedDocument } from '../../main/services/library/store-import.ts';
import { createAnnotation } from '../../main/services/library/annotations.ts';
import { inTransaction, openStore, type Database } from '../../main/services/store/database.ts';
import { updateAnnotationStyle } from '../../main/services/store/annotations.store.ts';
import { getDocument } from '../../main/services/store/documents.store.ts';
import { getNote, insertNote, saveNote } from '../../main/services/store/notes.store.ts';
import { getPackRow, insertPack, listPackItems, writePackItems } from '../../main/services/store/packs.store.ts';
import { setSetting } from '../../main/services/store/settings.store.ts';
import { restructureDocument } from '../../main/services/library/restructure.ts';
import { mergeWithNext, splitParagraph, textSignature, toDrafts, type Section } from '../../shared/model/index.ts';
import type { NoteContent } from '../../shared/notes/content-schema.ts';
import {
  CITATIONS_KEPT,
  commentFor,
  CRASH_CITING_NOTE,
  CRASH_NOTE_IDS,
  CRASH_PACK,
  noteWriteFor,
  textKey,
} from './payloads.ts';

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

/** A document stored by any writer so far (the newest few), to correct or cite. */
function someDocument(db: Database): string | undefined {
  const rows = db.prepare('SELECT id FROM documents ORDER BY rowid DESC LIMIT 4').all() as Array<{ id: string }>;
  return rows[rev % Math.max(1, rows.length)]?.id;
}

/** A correction that always applies: merge the first two paragraphs of a section, or split the longest. */
function correction(sections: Section[]) {
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const pair = sections.find((s) => s.paragraphs.length >= 2)?.paragraphs[0];
  if (rev % 2 === 0 && pair) return mergeWithNext(sections, pair.n);
  const longest = [...paragraphs].sort((a, b) => b.text.length - a.text.length)[0];
  const cut = longest ? longest.text.indexOf(' ', Math.floor(longest.text.length / 2)) : -1;
  return longest && cut > 0 ? splitParagraph(sections, longest.n, cut + 1) : toDrafts(sections);
}

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
    // The same text again is a new version by evidence: one in four is kept as one, the others
    // stored as documents of their own (as the user may say), so series stay short.
    const choice = rev % 4 === 0 ? {} : { newDocument: true };
    documentIds.push(storeImportedDocument(db, input, fixture.parsed, sha256Hex(bytes), choice).document.id);
    // Its text (corrections move breaks and headings, never the text) as a fingerprint.
    report(
      `D ${sha256Hex(bytes)} ${textKey(textSignature(toDrafts(fixture.parsed.document.sections))).replace(' ', '-')}`,
    );
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
  // A structure correction (merge or split), with the anchors dropped and recomputed, the
  // annotations re-based and the replaced paragraphs kept for citations: one transaction.
  (db) => {
    const id = someDocument(db);
    const doc = id ? getDocument(db, id) : undefined;
    if (!id || !doc) return;
    restructureDocument(db, id, correction(doc.sections));
    report(`R ${id} ${rev}`);
  },
  // Citations by identity: a note's excerpt and a pack item citing a paragraph as it is now.
  (db) => {
    const id = someDocument(db);
    const doc = id ? getDocument(db, id) : undefined;
    const paragraph = doc?.sections.flatMap((s) => s.paragraphs)[rev % 3];
    if (!id || !doc || !paragraph) return;
    const note = getNote(db, CRASH_CITING_NOTE);
    if (!note) return;
    const excerpt = {
      type: 'excerpt',
      version: 1,
      documentId: id,
      documentTitle: doc.title,
      documentDate: doc.date,
      documentVersion: doc.version,
      paragraphs: [{ id: paragraph.id, label: String(paragraph.n) }],
      text: paragraph.text,
      origin: 'paragraph',
    };
    const children = [...(note.content.root.children ?? []), excerpt].slice(-CITATIONS_KEPT);
    const content = { root: { ...note.content.root, children } } as unknown as NoteContent;
    saveNote(db, CRASH_CITING_NOTE, { ...note, content });
    inTransaction(db, () => {
      const items = listPackItems(db, CRASH_PACK).map(({ id: itemId, spec }) => ({ id: itemId, spec }));
      items.push({
        id: `i${rev}`,
        spec: {
          kind: 'excerpt',
          documentId: id,
          version: doc.version,
          paragraphIds: [paragraph.id],
          heading: textKey(paragraph.text),
        },
      });
      writePackItems(db, CRASH_PACK, items.slice(-CITATIONS_KEPT));
    });
    report(`C ${rev}`);
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
// The citing note and pack (each insert all or nothing).
if (!getNote(db, CRASH_CITING_NOTE)) {
  const empty = noteWriteFor(0);
  insertNote(db, {
    id: CRASH_CITING_NOTE,
    language: 'en',
    ...empty,
    content: { root: { ...empty.content.root, children: [] } },
  });
}
if (!getPackRow(db, CRASH_PACK)) {
  const now = new Date().toISOString();
  insertPack(db, {
    id: CRASH_PACK,
    title: 'Crash pack',
    audience: '',
    date: now.slice(0, 10),
    language: 'en',
    chosenClassification: 'unclassified',
    preparedBy: '',
    pageSize: 'a4',
    createdAt: now,
    updatedAt: now,
  });
}
/**
 * Mostly small autosaves (settings, notes, annotations), a document every eighth save, a
 * structure correction and a citation every eighth.
 */
const SCHEDULE = [0, 2, 3, 4, 0, 3, 5, 1];
for (;;) {
  rev += 1;
  (WRITES[SCHEDULE[rev % SCHEDULE.length] as number] as Write)(db);
}
