/**
 * When opening a store needs an integrity check: after a process that had it open was killed,
 * when the file changed after the last clean close, or with no record of one; not after a clean
 * close, nor while another live process has it open. Real processes, real files; and a
 * damaged store is still refused after a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { closeStore, openStore, STORE_FILE_NAME, StoreOpenError } from './database.ts';
import { abandonOpen, claimOpen } from './open-marker.ts';

let temp: ReturnType<typeof makeTempDir>;
let path: string;
beforeEach(() => {
  temp = makeTempDir();
  path = join(temp.dir, STORE_FILE_NAME);
});
afterEach(() => temp.cleanup());

/** Whether an open now would check the store (and leaves it unclaimed again). */
function wouldCheck(): boolean {
  const { needsCheck } = claimOpen(path);
  abandonOpen(path);
  return needsCheck;
}

/** Another process that opens the store and waits; `kill` ends it without closing. */
async function otherProcess(): Promise<ChildProcess> {
  const database = pathToFileURL(join(import.meta.dirname, 'database.ts')).href;
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--input-type=module',
      '-e',
      `const { openStore } = await import(${JSON.stringify(database)});
       openStore(${JSON.stringify(temp.dir)}); console.log('open'); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
    child.on('exit', (code) => reject(new Error(`the other process exited (${code})`)));
  });
  return child;
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the clean-shutdown record', () => {
  it('skips the check after a clean close, and checks when the file changed since', () => {
    closeStore(openStore(temp.dir));
    expect(wouldCheck()).toBe(false);
    appendFileSync(path, Buffer.alloc(4096));
    expect(wouldCheck()).toBe(true);
  });

  it('checks a store with no record of a clean close (opened by an older version, or still open)', () => {
    closeStore(openStore(temp.dir));
    const store = openStore(temp.dir);
    // Open in this process: the record is gone until it closes.
    abandonOpen(store.path);
    expect(wouldCheck()).toBe(true);
    store.db.close();
  });

  it('trusts another live process that has it open, and checks once that process is killed', async () => {
    closeStore(openStore(temp.dir));
    const child = await otherProcess();
    try {
      expect(wouldCheck()).toBe(false);
    } finally {
      await killed(child);
    }
    expect(wouldCheck()).toBe(true);
  });

  it('refuses a store damaged before a crash, untouched', async () => {
    const store = openStore(temp.dir);
    store.db.exec(`CREATE TABLE filler (x);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
      INSERT INTO filler SELECT randomblob(4000) FROM n;`);
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    closeStore(store);
    await killed(await otherProcess());
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    writeFileSync(path, bytes);
    expect(() => openStore(temp.dir)).toThrow(StoreOpenError);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
