import { MIGRATIONS } from '../store/migrations/index.ts';
import { openStore, storeLooksNew, type OpenedStore } from '../store/database.ts';
import { readSampleLibrary, storeSampleLibrary } from './seed.ts';

/**
 * Opens the store in `dir`; a store created by this call is seeded with the sample library
 * (pass `seed: false` for an empty one, as tests of empty stores do).
 *
 * The samples are read first (only when the library looks new) and stored in the very
 * transaction that creates the schema, so a library is never left created but unseeded: a
 * process killed during the first open leaves no schema, and the next open creates it whole.
 */
export async function openLibrary(
  dir: string,
  options: { seed?: boolean; samplesDir?: string } = {},
): Promise<OpenedStore> {
  const samples = options.seed !== false && storeLooksNew(dir) ? await readSampleLibrary(options.samplesDir) : [];
  return openStore(dir, MIGRATIONS, { onCreate: (db) => storeSampleLibrary(db, samples) });
}
