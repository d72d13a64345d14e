/** Opens the store a command names: `--postgres URL`, else the SQLite file in `--data DIR`. */
import { resolve } from 'node:path';
import { openPostgresStore } from './store/postgres-store.ts';
import { openSqliteStore, SERVER_STORE_FILE } from './store/sqlite-store.ts';
import type { ServerStore } from './store/types.ts';

export const DEFAULT_DATA_DIR = 'precis-server-data';

export async function openServerStore(options: {
  data?: string | undefined;
  postgres?: string | undefined;
}): Promise<{ store: ServerStore; description: string }> {
  if (options.postgres) {
    const url = new URL(options.postgres);
    return { store: await openPostgresStore(options.postgres), description: `postgres ${url.host}${url.pathname}` };
  }
  const dir = resolve(options.data ?? process.env.PRECIS_SERVER_DATA ?? DEFAULT_DATA_DIR);
  return { store: openSqliteStore(dir), description: `${dir}/${SERVER_STORE_FILE}` };
}
