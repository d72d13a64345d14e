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
import { commentFor, commentRevOf, noteRevOf, noteWriteFor } from './payloads.ts';
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
  const expectedDocs = new Map<string, number>();
  const expectedNotes = new Map<string, number>();
  const expectedAnnotations = new Map<string, number>();
  const failures: string[] = [];
  for (let kill = 0; kill < options.kills; kill++) {
    const delay = Math.floor(random() * (options.maxDelayMs ?? 60));
    const lines = await runWriterUntilKilled(options.storeDir, fixtures, (kill + 1) * 1_000_000, delay);
    for (const line of lines) {
      const [kind, key, value] = line.split(' ');
      if (kind === 'S') expectedRev.set(key as string, Number(value));
      else if (kind === 'D') expectedDocs.set(key as string, Number(value));
      else if (kind === 'N') expectedNotes.set(key as string, Number(value));
      else if (kind === 'A') expectedAnnotations.set(key as string, Number(value));
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
      for (const [sha, paragraphs] of expectedDocs) {
        const id = findDocumentIdBySha256(db, sha);
        const doc = id ? getDocument(db, id) : undefined;
        const count = doc?.sections.reduce((n, s) => n + s.paragraphs.length, 0);
        if (count !== paragraphs)
          failures.push(
            `kill ${kill}: document ${sha.slice(0, 12)} has ${count ?? 'no'} paragraphs, expected ${paragraphs}`,
          );
      }
      failures.push(...checkNotes(db, expectedNotes, kill), ...checkAnnotations(db, expectedAnnotations, kill));
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
