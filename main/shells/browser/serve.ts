/**
 * `npm run browser`: serves the built renderer and the API on 127.0.0.1 and prints the
 * address to open. Runs under Node 22 straight from TypeScript sources.
 *
 * `--read-only` opens the library without writing anything. A library that cannot be opened
 * (damaged, or from a newer Précis) is left untouched and the address shows a page that says
 * so and how to restore a backup or open it read-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { translateApiError } from '../../../shared/api/index.ts';
import { languageFromLocale } from '../../../shared/i18n/index.ts';
import { createApiContext } from '../../services/api/context.ts';
import { apiHandlers } from '../../services/api/handlers.ts';
import { listBackups } from '../../services/backup/backups.ts';
import { closeSharedChromium } from '../../services/export/chromium-printer.ts';
import { openLibrarySession, storeOpenMessage, type LibrarySession } from '../../services/library/session.ts';
import { createFileLogger } from '../../services/log/logger.ts';
import { StoreOpenError } from '../../services/store/database.ts';
import { resolveStoreDir } from '../../services/store/location.ts';
import { restrictNewFiles } from '../../services/private-files.ts';
import { recoveryPage } from './recovery-page.ts';
import { startBrowserServer } from './server.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function main(): Promise<void> {
  // umask 077 before anything is written: the library and its files are owner-only.
  restrictNewFiles();
  const { values } = parseArgs({
    options: { store: { type: 'string' }, port: { type: 'string' }, 'read-only': { type: 'boolean' } },
    strict: true,
  });
  const rendererRoot = join(projectRoot, 'out', 'renderer');
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error('The renderer is not built. Run `npm run browser` (it builds first) or `npm run build`.');
  }
  const storeDir = resolveStoreDir(values.store);
  const logger = createFileLogger(storeDir);
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const readOnly = values['read-only'] === true;
  const systemLanguage = languageFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  let library: LibrarySession | undefined;
  let recoveryHtml: string | undefined;
  try {
    library = await openLibrarySession(storeDir, {
      mode: 'browser',
      version,
      readOnly,
      autoBackups: !readOnly,
      systemLanguage,
    });
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    // Expected, and said below in one line: logged when the folder allows, never dumped to stderr.
    createFileLogger(storeDir, { fallback: 'none' }).error('open-store', error);
    let backups: ReturnType<typeof listBackups> = [];
    try {
      backups = listBackups(storeDir);
    } catch {
      // a folder this user cannot read: the page offers what does not need a backup
    }
    recoveryHtml = recoveryPage({
      reason: error.code,
      message: translateApiError(error.translation, systemLanguage),
      storeDir,
      backups,
      language: systemLanguage,
      unreadable: error.translation.key === 'hostile.store.cannotReadHere',
    });
    console.error(`precis: ${storeOpenMessage(error, systemLanguage)}`);
  }
  const server = await startBrowserServer({
    rendererRoot,
    handlers: apiHandlers,
    // With a recovery page the context is never used: every API call is refused.
    context:
      library?.context ??
      createApiContext({ db: undefined as never, storePath: storeDir, mode: 'browser', version, systemLanguage }),
    ...(recoveryHtml === undefined ? {} : { recoveryHtml }),
    logError: logger.error,
    ...(values.port ? { port: Number(values.port) } : {}),
  });
  if (library) {
    console.log(`Précis is running in browser mode (library: ${library.store.path}${readOnly ? ', read-only' : ''}).`);
  } else console.log('Précis cannot open the library; the address below explains what to do.');
  console.log(`Open this address in your browser (it contains this launch's access token):\n\n  ${server.url}\n`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server
      .close()
      .then(() => library?.close())
      .then(() => closeSharedChromium())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`precis: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
