/** Foundation rows: opening the store, listing and reading documents, the CLI's cold start. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createApiContext } from '../main/services/api/context.ts';
import { apiHandlers } from '../main/services/api/handlers.ts';
import { dispatch } from '../main/services/api/dispatch.ts';
import { openLibrary } from '../main/services/library/open-library.ts';
import { openStore } from '../main/services/store/database.ts';
import { makeTempDir } from '../test/support/temp.ts';
import { measure, type BenchRow } from './measure.ts';

export async function storeBenchRows(): Promise<BenchRow[]> {
  const temp = makeTempDir('precis-bench-');
  try {
    const seeded = await openLibrary(temp.dir);
    const context = createApiContext({ db: seeded.db, storePath: seeded.path, mode: 'cli', version: 'bench' });
    const list = await dispatch(apiHandlers, context, 'documents:list', {});
    const firstId = list.ok ? (list.value as Array<{ id: string }>)[0]?.id : undefined;
    const rows: BenchRow[] = [];
    rows.push({
      name: 'open existing store (migrations checked)',
      ...(await measure(() => openStore(temp.dir).db.close())),
    });
    rows.push({
      name: 'API documents:list (sample library)',
      ...(await measure(() => dispatch(apiHandlers, context, 'documents:list', {}))),
    });
    rows.push({
      name: 'API documents:get (sample document)',
      ...(await measure(() => dispatch(apiHandlers, context, 'documents:get', { id: firstId ?? '' }))),
    });
    seeded.db.close();
    const bin = join(import.meta.dirname, '..', 'bin', 'precis.js');
    const cli = await measure(() => spawnSync(process.execPath, [bin, 'list', '--json', '--store', temp.dir]), {
      runs: 5,
      warmup: 1,
    });
    rows.push({
      name: 'CLI `precis list --json` (cold process)',
      ...cli,
      note: 'includes starting Node twice (shim + CLI)',
    });
    return rows;
  } finally {
    temp.cleanup();
  }
}
