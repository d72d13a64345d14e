/**
 * Child process of the hostile-corpus test: imports each file through the real library import
 * (pipeline, limits, deadline, store) into a real store, and reports one JSON line per file.
 * Runs under a heap cap; the parent kills it if a file takes too long (a hang).
 *
 *   node import-runner.ts STORE_DIR FILES_JSON FIRST_INDEX
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../../main/services/import/index.ts';
import { importIntoLibrary } from '../../main/services/library/import-document.ts';
import { openStore } from '../../main/services/store/database.ts';
import { snapshotCounts } from './counts.ts';

const [storeDir, filesJson, first] = process.argv.slice(2);
const files = JSON.parse(readFileSync(filesJson as string, 'utf8')) as Array<{ path: string }>;
const { db } = openStore(storeDir as string);
const emit = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

for (let i = Number(first); i < files.length; i++) {
  const path = (files[i] as { path: string }).path;
  emit({ start: i });
  const before = snapshotCounts(db);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let result: Record<string, unknown>;
  try {
    const bytes = readFileSync(path);
    const { outcome, document } = await importIntoLibrary(db, { fileName: basename(path), bytes });
    result = { outcome, id: document.id, paragraphs: document.paragraphCount };
  } catch (error) {
    const after = snapshotCounts(db);
    result = {
      outcome: error instanceof ImportError ? 'error' : 'unexpected',
      code: error instanceof ImportError ? error.code : undefined,
      message: error instanceof Error ? error.message : String(error),
      storeUnchanged: JSON.stringify(before) === JSON.stringify(after),
    };
  }
  emit({
    i,
    ms: Math.round(performance.now() - started),
    // The import's deadline counts work, not waiting for a busy machine: so does the check.
    cpuMs: Math.round(((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpuBefore))),
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...result,
  });
}
const integrity = (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map(
  (r) => r.integrity_check,
);
db.close();
emit({ done: true, integrity });
