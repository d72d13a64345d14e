/**
 * First opens under concurrency (issue 19, finding 7): 36 processes opening the same new
 * library at once once crashed 5 of them ("table originals already exists"). Now exactly one
 * creates and seeds it; every other waits for it and opens the library it made.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSamplesDir } from '../../main/services/library/seed.ts';
import { openStore } from '../../main/services/store/database.ts';
import { foreignKeyViolations, integrityCheck } from '../../main/services/store/maintenance.store.ts';
import { makeTempDir } from '../support/temp.ts';

const writer = join(import.meta.dirname, 'operation-writer.ts');
const PROCESSES = 36;

function openInChild(dir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', writer, 'first-open', dir, '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('first open under concurrency', () => {
  it(`creates and seeds a new library exactly once when ${PROCESSES} processes open it at once`, async () => {
    const temp = makeTempDir('precis-first-open-');
    try {
      const samples = readdirSync(defaultSamplesDir()).filter((name) => !name.startsWith('.')).length;
      const runs = await Promise.all(Array.from({ length: PROCESSES }, () => openInChild(temp.dir)));
      const crashed = runs.filter((r) => r.code !== 0).map((r) => r.err.split('\n').slice(-4).join(' '));
      expect(crashed).toEqual([]);
      // Each saw the whole sample library: none saw it half made, none made a second one.
      expect(runs.map((r) => r.out.trim().split('\n').at(-1))).toEqual(runs.map(() => `O ${samples}`));
      const { db } = openStore(temp.dir);
      try {
        expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(samples);
        expect(integrityCheck(db)).toEqual(['ok']);
        expect(foreignKeyViolations(db)).toBe(0);
      } finally {
        db.close();
      }
    } finally {
      temp.cleanup();
    }
  }, 300_000);
});
