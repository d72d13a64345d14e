/**
 * Kills during long operations (issue 19, finding 7): a backup, a restore, a library archive, a
 * PDF export (real Chromium) and the first open of a new library, each SIGKILLed at random
 * moments by operations.test.ts (and `npm run crash-test`). After each kill, the library is
 * started the real way (openLibrarySession: leftovers cleaned, store checked) and must:
 *
 * - pass integrity_check and foreign_key_check;
 * - hold every save the writer reported (a restore may legitimately undo saves made before it);
 * - have every reported backup, archive and PDF whole at its name;
 * - keep no leftover of the killed writer: no partial file in the data folder or backups/, no
 *   temporary folder;
 * - after a first open, hold the sample library exactly once (never unseeded, never twice).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupStoreTo, verifyStoreFile } from '../../main/services/backup/backups.ts';
import { readArchiveManifest } from '../../main/services/library/archive.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { defaultSamplesDir } from '../../main/services/library/seed.ts';
import { openLibrarySession } from '../../main/services/library/session.ts';
import { createSamplePack } from '../../main/services/packs/sample-pack.ts';
import { foreignKeyViolations, integrityCheck } from '../../main/services/store/maintenance.store.ts';
import { getSetting } from '../../main/services/store/settings.store.ts';
import { prng } from './harness.ts';

export type CrashOperation = 'backup' | 'restore' | 'archive' | 'pdf' | 'first-open';

const writer = join(import.meta.dirname, 'operation-writer.ts');

export interface OperationRunOptions {
  operation: CrashOperation;
  storeDir: string;
  kills: number;
  seed?: number;
  /** Longest wait after `ready` before the kill, in ms. */
  maxDelayMs: number;
}

export interface OperationRunResult {
  kills: number;
  /** Steps the writer reported complete before its kills (backups, restores, files, opens). */
  completed: number;
  failures: string[];
}

/**
 * Runs the writer until killed (or, for a first open, until it is done); returns its whole
 * lines. The kill comes `delayMs` after the first line matching `armOn`.
 */
function runUntilKilled(args: string[], delayMs: number, armOn: RegExp): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Its own process group, so the kill takes whatever it started with it.
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', writer, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const watchdog = setTimeout(kill, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && armOn.test(out)) timer = setTimeout(kill, delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`writer failed (${code}): ${err.slice(-2000)}`));
      const lines = out.split('\n');
      lines.pop(); // a line cut by the kill was not fully reported
      resolve(lines);
    });
  });
}

/** Every name in the data folder and backups/ that a killed writer would leave. */
function leftovers(dir: string): string[] {
  const names = (folder: string) => {
    try {
      return readdirSync(folder).map((name) => join(folder, name));
    } catch {
      return [];
    }
  };
  const partial = (path: string) => /\.partial|\.restoring/.test(path.slice(dir.length));
  return [...names(dir).filter(partial), ...names(join(dir, 'backups')).filter(partial), ...names(join(dir, 'tmp'))];
}

function checkFile(path: string): string | undefined {
  try {
    if (path.endsWith('.pdf')) {
      const bytes = readFileSync(path);
      const tail = bytes.subarray(-32).toString('latin1');
      return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && tail.includes('%%EOF')
        ? undefined
        : 'not a whole PDF';
    }
    readArchiveManifest(path);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function sampleCount(): number {
  return readdirSync(defaultSamplesDir()).filter((name) => !name.startsWith('.')).length;
}

/** A seeded library with a pack (to print) and a base backup (to restore). */
async function prepare(storeDir: string): Promise<void> {
  const store = await openLibrary(storeDir);
  try {
    createSamplePack(store.db);
    mkdirSync(join(storeDir, 'backups'), { recursive: true });
    await backupStoreTo(store.db, join(storeDir, 'backups', 'crash-base.sqlite'));
  } finally {
    store.db.close();
  }
}

export async function runOperationCrashes(options: OperationRunOptions): Promise<OperationRunResult> {
  const random = prng(options.seed ?? 1);
  const failures: string[] = [];
  let completed = 0;
  if (options.operation !== 'first-open') await prepare(options.storeDir);
  let reportedRev = -1;
  for (let kill = 0; kill < options.kills && failures.length === 0; kill++) {
    const dir = options.operation === 'first-open' ? join(options.storeDir, `new-${kill}`) : options.storeDir;
    const delay = Math.floor(random() * options.maxDelayMs);
    // The first kill comes after one step is complete (so the checks of reported steps run
    // whatever the machine's speed); the others at any moment after the writer is ready.
    const armOn = kill === 0 && options.operation !== 'first-open' ? /^[BRF] /m : /^ready$/m;
    const lines = await runUntilKilled([options.operation, dir, String((kill + 1) * 1_000_000)], delay, armOn);
    const files: string[] = [];
    let opened: number | undefined;
    for (const line of lines) {
      const [kind, value] = line.split(' ');
      if (kind === 'S') reportedRev = Number(line.split(' ')[2]);
      else if (kind === 'R')
        reportedRev = -1; // the restore brought back a library without it
      else if (kind === 'B' || kind === 'F') files.push(value as string);
      else if (kind === 'O') opened = Number(value);
    }
    completed += files.length + lines.filter((l) => l.startsWith('R ') || l.startsWith('O ')).length;
    const fail = (what: string) => failures.push(`${options.operation}, kill ${kill} (after ${delay} ms): ${what}`);

    // The real start: leftovers cleaned, the store checked (a damaged one is refused).
    let session;
    try {
      session = await openLibrarySession(dir, { mode: 'cli', version: '0.0.0-crash' });
    } catch (error) {
      fail(`the library does not open: ${(error as Error).message}`);
      break;
    }
    try {
      const { db } = session.store;
      const integrity = integrityCheck(db);
      if (integrity.join() !== 'ok') fail(`integrity_check: ${integrity.join('; ')}`);
      if (foreignKeyViolations(db) > 0) fail('foreign key violations');
      if (reportedRev >= 0) {
        const stored = getSetting(db, 'crash.operations');
        const storedRev = stored === undefined ? -1 : (JSON.parse(stored) as { rev: number }).rev;
        // A restore killed after it completed, before it said so, leaves the base library (no setting).
        const restored = options.operation === 'restore' && storedRev === -1;
        if (storedRev < reportedRev && !restored)
          fail(`the setting has rev ${storedRev}, expected at least ${reportedRev}`);
      }
      if (options.operation === 'restore') {
        const { n } = db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
        if (n !== sampleCount()) fail(`the library holds ${n} documents, not the base library's ${sampleCount()}`);
      }
      for (const file of files) {
        const problem = file.endsWith('.sqlite') ? verifyQuietly(file) : checkFile(file);
        if (problem) fail(`${file}: ${problem}`);
      }
      const left = leftovers(dir);
      if (left.length > 0) fail(`leftovers after the start: ${left.join(', ')}`);
      if (options.operation === 'first-open') {
        const { n } = db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
        if (n !== sampleCount()) fail(`the new library holds ${n} documents, not the ${sampleCount()} samples`);
        if (opened !== undefined && opened !== sampleCount()) fail(`the writer saw ${opened} documents`);
      }
    } finally {
      await session.close();
    }
  }
  return { kills: options.kills, completed, failures };
}

function verifyQuietly(path: string): string | undefined {
  try {
    verifyStoreFile(path);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
