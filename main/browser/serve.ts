/**
 * `npm run browser`: serves the built renderer and the API on 127.0.0.1 and prints the
 * address to open. Runs under Node 22 straight from TypeScript sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { languageFromLocale } from '../../shared/i18n/index.ts';
import { createApiContext } from '../api/context.ts';
import { apiHandlers } from '../api/handlers.ts';
import { openLibrary } from '../library/open-library.ts';
import { resolveStoreDir } from '../store/location.ts';
import { startBrowserServer } from './server.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { store: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const rendererRoot = join(projectRoot, 'out', 'renderer');
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error('The renderer is not built. Run `npm run browser` (it builds first) or `npm run build`.');
  }
  const store = await openLibrary(resolveStoreDir(values.store));
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const server = await startBrowserServer({
    rendererRoot,
    handlers: apiHandlers,
    context: createApiContext({
      db: store.db,
      storePath: store.path,
      mode: 'browser',
      version,
      systemLanguage: languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
    }),
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  console.log(`Précis is running in browser mode (library: ${store.path}).`);
  console.log(`Open this address in your browser (it contains this launch's access token):\n\n  ${server.url}\n`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().then(() => {
      store.db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`precis: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
