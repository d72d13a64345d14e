/**
 * Kill-and-check loop for the crash test (test/crash/crash.test.ts runs it short, `npm run
 * crash-test` long): start the writer on a store, SIGKILL it at a random moment, reopen the
 * store with the real code, run PRAGMA integrity_check and foreign_key_check, and check that
 * every save the writer reported is there, whole.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../main/services/import/index.ts';
import { openStore } from '../../main/services/store/database.ts';
import { findDocumentIdBySha256, getDocument } from '../../main/services/store/documents.store.ts';
import { foreignKeyViolations, integrityCheck } from '../../main/services/store/maintenance.store.ts';
import { getAnnotation } from '../../main/services/store/annotations.store.ts';
import { getNote } from '../../main/services/store/notes.store.ts';
import { getSetting } from '../../main/services/store/settings.store.ts';
import { canonicalText } from '../../shared/anchoring/index.ts';
import { EXCERPT_PARAGRAPH_SEPARATOR, textSignature, toDrafts } from '../../shared/model/index.ts';
import { resolveCitation } from '../../main/services/library/citations.ts';
import { listPackItems } from '../../main/services/store/packs.store.ts';
import {
  commentFor,
  commentRevOf,
  CRASH_CITING_NOTE,
  CRASH_PACK,
  noteRevOf,
  noteWriteFor,
  textKey,
} from './payloads.ts';
import type { CrashFixture } from './writer.ts';

const writer = join(import.meta.dirname, 'writer.ts');
const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'import');

export interface CrashRunOptions {
  storeDir: string;
  kills: number;
  /** Same seed, same kill delays. */
  seed?: number;
  /** Longest wait after `ready` before the kill, in ms. */
  maxDelayMs?: number;
  onProgress?: (done: number) => void;
}

export interface CrashRunResult {
  kills: number;
  settingsChecked: number;
  documentsChecked: number;
  notesChecked: number;
  annotationsChecked: number;
  /** Structure corrections reported committed, and citations checked after the last kill. */
  correctionsReported: number;
  citationsChecked: number;
  failures: string[];
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents parsed once by the real import pipeline; the writer stores them. */
async function writeFixtures(path: string): Promise<void> {
  const fixtures: CrashFixture[] = [];
  for (const fileName of ['statement.pdf', 'memo.docx', 'saved-page.html', 'numbered-communique.txt']) {
    const bytes = new Uint8Array(readFileSync(join(fixtureDir, fileName)));
    fixtures.push({
      fileName,
      bytesBase64: Buffer.from(bytes).toString('base64'),
      parsed: await importDocument({ fileName, bytes }),
    });
  }
  writeFileSync(path, JSON.stringify(fixtures));
}

function runWriterUntilKilled(
  storeDir: string,
  fixtures: string,
  startRev: number,
  delayMs: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', writer, storeDir, fixtures, String(startRev)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself (${code}): ${err}`));
      // Only whole lines count: a line cut by the kill was not fully reported.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines);
    });
  });
}

export async function runCrashTest(options: CrashRunOptions): Promise<CrashRunResult> {
  const random = prng(options.seed ?? 1);
  const fixtures = join(options.storeDir, 'crash-fixtures.json');
  await writeFixtures(fixtures);
  openStore(options.storeDir).db.close(); // create the schema before the first writer

  const expectedRev = new Map<string, number>();
  const expectedDocs = new Map<string, string>();
  const expectedNotes = new Map<string, number>();
  const expectedAnnotations = new Map<string, number>();
  let corrections = 0;
  let citationsChecked = 0;
  const failures: string[] = [];
  for (let kill = 0; kill < options.kills; kill++) {
    const delay = Math.floor(random() * (options.maxDelayMs ?? 60));
    const lines = await runWriterUntilKilled(options.storeDir, fixtures, (kill + 1) * 1_000_000, delay);
    for (const line of lines) {
      const [kind, key, value] = line.split(' ');
      if (kind === 'S') expectedRev.set(key as string, Number(value));
      else if (kind === 'D') expectedDocs.set(key as string, value as string);
      else if (kind === 'N') expectedNotes.set(key as string, Number(value));
      else if (kind === 'A') expectedAnnotations.set(key as string, Number(value));
      else if (kind === 'R') corrections += 1;
    }

    const { db } = openStore(options.storeDir); // the real open: refuses a damaged store
    try {
      const integrity = integrityCheck(db);
      if (integrity.join() !== 'ok') failures.push(`kill ${kill}: integrity_check: ${integrity.join('; ')}`);
      if (foreignKeyViolations(db) > 0) failures.push(`kill ${kill}: foreign key violations`);
      for (const [key, rev] of expectedRev) {
        const stored = getSetting(db, key);
        const storedRev = stored === undefined ? -1 : (JSON.parse(stored) as { rev: number }).rev;
        // Later, unreported saves may have landed too; an earlier value means a lost save.
        if (storedRev < rev) failures.push(`kill ${kill}: ${key} has rev ${storedRev}, expected at least ${rev}`);
      }
      for (const [sha, text] of expectedDocs) {
        const id = findDocumentIdBySha256(db, sha);
        const doc = id ? getDocument(db, id) : undefined;
        const stored = doc ? textKey(textSignature(toDrafts(doc.sections))).replace(' ', '-') : undefined;
        if (stored !== text)
          failures.push(`kill ${kill}: document ${sha.slice(0, 12)} ${doc ? 'does not hold its text' : 'is missing'}`);
      }
      failures.push(...checkNotes(db, expectedNotes, kill), ...checkAnnotations(db, expectedAnnotations, kill));
      failures.push(...checkAnchors(db, kill));
      const citations = checkCitations(db, kill);
      failures.push(...citations.failures);
      citationsChecked = citations.checked;
    } finally {
      db.close();
    }
    if (failures.length > 0) break;
    options.onProgress?.(kill + 1);
  }
  return {
    kills: options.kills,
    settingsChecked: expectedRev.size,
    documentsChecked: expectedDocs.size,
    notesChecked: expectedNotes.size,
    annotationsChecked: expectedAnnotations.size,
    correctionsReported: corrections,
    citationsChecked,
    failures,
  };
}

type Db = ReturnType<typeof openStore>['db'];

/**
 * Each reported note holds the content of its reported revision or of a later one, exactly
 * (a later save may have committed just before the kill, unreported): never an older or a torn one.
 */
function checkNotes(db: Db, expected: Map<string, number>, kill: number): string[] {
  const failures: string[] = [];
  for (const [id, rev] of expected) {
    const note = getNote(db, id);
    if (!note) {
      failures.push(`kill ${kill}: note ${id} is missing`);
      continue;
    }
    const storedRev = noteRevOf(note.title);
    if (storedRev < rev)
      failures.push(`kill ${kill}: note ${id} is at revision ${storedRev}, expected at least ${rev}`);
    else if (JSON.stringify(note.content) !== JSON.stringify(noteWriteFor(storedRev).content))
      failures.push(`kill ${kill}: note ${id} (revision ${storedRev}) does not hold that revision's content`);
  }
  return failures;
}

/** Each reported annotation exists, not deleted, with its reported comment or a later one, whole. */
function checkAnnotations(db: Db, expected: Map<string, number>, kill: number): string[] {
  const failures: string[] = [];
  for (const [id, rev] of expected) {
    const record = getAnnotation(db, id);
    if (!record || record.deletedAt) {
      failures.push(`kill ${kill}: annotation ${id} is missing`);
      continue;
    }
    const storedRev = commentRevOf(record.comment?.text ?? '');
    if (storedRev < rev)
      failures.push(
        `kill ${kill}: annotation ${id} has the comment of revision ${storedRev}, expected at least ${rev}`,
      );
    else if (record.comment?.lexical !== commentFor(storedRev).lexical)
      failures.push(`kill ${kill}: annotation ${id}'s comment is not whole (revision ${storedRev})`);
    if (!record.tags.includes('crash-test')) failures.push(`kill ${kill}: annotation ${id} lost its tag`);
  }
  return failures;
}

/**
 * No highlight is misplaced while marked sure of itself: an anchor cached as `exact` or
 * `moved` on a version covers exactly the annotation's quote in that version's text (a crash
 * between a structure correction and its re-anchoring would leave it elsewhere).
 */
function checkAnchors(db: Db, kill: number): string[] {
  const failures: string[] = [];
  const texts = new Map<string, string>();
  const rows = db
    .prepare(
      `SELECT x.annotation_id AS id, x.document_id AS documentId, x.start_offset AS start, x.end_offset AS "end", a.exact
       FROM annotation_anchors x JOIN annotations a ON a.id = x.annotation_id
       WHERE x.status IN ('exact', 'moved')`,
    )
    .all() as Array<{ id: string; documentId: string; start: number; end: number; exact: string }>;
  for (const row of rows) {
    let text = texts.get(row.documentId);
    if (text === undefined) {
      const doc = getDocument(db, row.documentId);
      text = doc ? canonicalText(doc.sections).text : '';
      texts.set(row.documentId, text);
    }
    if (text.slice(row.start, row.end) !== row.exact)
      failures.push(`kill ${kill}: annotation ${row.id} is marked exact on ${row.documentId} but covers other text`);
  }
  return failures;
}

/**
 * Every citation still resolves to the text it cited, or says what became of it: a note's
 * excerpt (it keeps its words) and a pack item (its heading keeps a fingerprint of them).
 */
function checkCitations(db: Db, kill: number): { failures: string[]; checked: number } {
  const failures: string[] = [];
  let checked = 0;
  const note = getNote(db, CRASH_CITING_NOTE);
  for (const node of note?.content.root.children ?? []) {
    if (node.type !== 'excerpt') continue;
    const excerpt = node as unknown as { documentId: string; paragraphs: Array<{ id: string }>; text: string };
    const resolved = resolveCitation(db, {
      documentId: excerpt.documentId,
      paragraphIds: excerpt.paragraphs.map((p) => p.id),
      text: excerpt.text,
    });
    checked++;
    if (resolved.status === 'current') {
      if (resolved.texts.join(EXCERPT_PARAGRAPH_SEPARATOR) !== excerpt.text)
        failures.push(`kill ${kill}: a note's excerpt of ${excerpt.documentId} is current but its text changed`);
    } else if (resolved.status === 'missing' || (resolved.status !== 'removed' && !resolved.wording)) {
      failures.push(`kill ${kill}: a note's excerpt of ${excerpt.documentId} resolves to nothing (${resolved.status})`);
    }
  }
  for (const { spec } of listPackItems(db, CRASH_PACK)) {
    if (spec.kind !== 'excerpt') continue;
    const resolved = resolveCitation(db, { documentId: spec.documentId, paragraphIds: spec.paragraphIds });
    checked++;
    if (resolved.status === 'current' && textKey(resolved.texts.join(EXCERPT_PARAGRAPH_SEPARATOR)) !== spec.heading)
      failures.push(`kill ${kill}: a pack item citing ${spec.documentId} is current but its text changed`);
    if (resolved.status === 'missing') failures.push(`kill ${kill}: a pack item cites a document that is gone`);
  }
  return { failures, checked };
}
