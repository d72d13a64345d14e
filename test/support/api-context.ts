import { createApiContext, type ApiContext } from '../../main/services/api/context.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { makeTempDir } from './temp.ts';

/** A real store in a temp folder and an API context over it; `seed` imports the samples. */
export async function makeApiContext(options: { seed?: boolean } = {}) {
  const temp = makeTempDir();
  const store = await openLibrary(temp.dir, { seed: options.seed ?? false });
  const context: ApiContext = createApiContext({
    db: store.db,
    storePath: store.path,
    mode: 'cli',
    version: '0.0.0-test',
  });
  return {
    context,
    dir: temp.dir,
    close: () => {
      store.db.close();
      temp.cleanup();
    },
  };
}
