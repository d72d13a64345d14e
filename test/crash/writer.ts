/**
 * The crash test's writer: a separate process that autosaves into a real store through the
 * real store code, as fast as it can, and reports each save on stdout ONLY after its
 * transaction committed. The harness kills it with SIGKILL at a random moment, then checks
 * that everything reported is in the store.
 *
 *   node writer.ts STORE_DIR FIXTURES_JSON START_REV
 *
 * Output lines: `ready`, `S <key> <rev>` (a setting autosaved), `D <sha256> <paragraphs>`
 * (a document stored with its structure and original).
 *
 * Each kind of save is one entry of WRITES; when notes and annotations exist, their autosave
 * joins the list (and the harness's check).
 */
import { readFileSync } from 'node:fs';
import type { ImportResult } from '../../main/import/index.ts';
import { sha256Hex, storeImportedDocument } from '../../main/library/store-import.ts';
import { openStore, type Database } from '../../main/store/database.ts';
import { setSetting } from '../../main/store/settings.store.ts';

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
    storeImportedDocument(db, input, fixture.parsed, sha256Hex(bytes));
    const paragraphs = fixture.parsed.document.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    report(`D ${sha256Hex(bytes)} ${paragraphs}`);
  },
];

const { db } = openStore(storeDir as string);
report('ready');
for (;;) {
  rev += 1;
  // Mostly small autosaves, with a document every few saves (as a working session looks).
  const write = rev % 4 === 0 ? WRITES[1] : WRITES[0];
  (write as Write)(db);
}
