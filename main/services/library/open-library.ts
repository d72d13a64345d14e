import { openStore, type OpenedStore } from '../store/database.ts';
import { seedSampleLibrary } from './seed.ts';

/**
 * Opens the store in `dir`; a store created by this call is seeded with the sample library
 * (pass `seed: false` for an empty one, as tests of empty stores do).
 */
export async function openLibrary(
  dir: string,
  options: { seed?: boolean; samplesDir?: string } = {},
): Promise<OpenedStore> {
  const store = openStore(dir);
  if (store.created && options.seed !== false) await seedSampleLibrary(store.db, options.samplesDir);
  return store;
}
