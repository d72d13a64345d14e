/** Foundation rows: opening the store, listing and reading documents, the CLI's cold start. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
    // The CLI's cold start on an empty store: the built JavaScript (what bin/precis.js runs when
    // the build is current) and the TypeScript sources, against starting Node at all (the floor).
    const root = join(import.meta.dirname, '..');
    const empty = join(temp.dir, 'empty');
    const built = join(root, 'out', 'cli', 'precis.js');
    const bare = await measure(() => spawnSync(process.execPath, ['-e', '0']), { runs: 5, warmup: 1 });
    const sources = await measure(
      () =>
        spawnSync(process.execPath, [join(root, 'bin', 'precis.js'), 'list', '--json', '--store', empty], {
          env: { ...process.env, PRECIS_CLI_SOURCES: '1' },
        }),
      { runs: 5, warmup: 1 },
    );
    const floor = { name: '`node -e 0` (floor)', median_ms: bare.median_ms };
    const times = (ms: number) => `${(ms / bare.median_ms).toFixed(1)}× node -e 0`;
    if (existsSync(built)) {
      const cli = await measure(
        () =>
          spawnSync(process.execPath, [
            '--disable-warning=ExperimentalWarning',
            built,
            'list',
            '--json',
            '--store',
            empty,
          ]),
        { runs: 5, warmup: 1 },
      );
      rows.push({
        name: 'CLI `precis list --json` on an empty store, built (out/cli)',
        ...cli,
        alternative: floor,
        note: times(cli.median_ms),
      });
    }
    rows.push({
      name: 'CLI `precis list --json` on an empty store, from the TypeScript sources',
      ...sources,
      alternative: floor,
      note: `${times(sources.median_ms)}; what bin/precis.js runs when out/cli is missing or older than a source`,
    });
    return rows;
  } finally {
    temp.cleanup();
  }
}
