/**
 * Electron main process: lifecycle only. Open the store, register the API, open the window.
 * Everything else lives in modules that also run under plain Node (browser mode, CLI, tests).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type OpenDialogOptions } from 'electron';
import type { TFunction } from 'i18next';
import { languageFromLocale, translator } from '../../shared/i18n/index.ts';
import { currentLanguage, type ApiContext } from '../services/api/context.ts';
import { registerIpcApi } from './ipc-gate.ts';
import { apiHandlers } from '../services/api/handlers.ts';
import { listBackups, restoreBackup, verifyStoreFile } from '../services/backup/backups.ts';
import { openLibrarySession, type LibrarySession } from '../services/library/session.ts';
import { createFileLogger } from '../services/log/logger.ts';
import { StoreOpenError } from '../services/store/database.ts';
import { settingsHandlers } from '../services/api/settings.api.ts';
import { createElectronPrinter, guardPrintSession, PRINT_PARTITION, PRINT_TEMP_DIR } from './electron-printer.ts';
import { restrictNewFiles } from '../services/private-files.ts';
import { importPaths } from '../services/library/import-paths.ts';
import { resolveStoreDir } from '../services/store/location.ts';
import { APP_ENTRY_URL, APP_SCHEME, appFileHeaders, resolveAppFile } from '../services/app-files/app-protocol.ts';
import { createExportSaver } from './save-export.ts';
import { createSenderCheck, guardSession, guardWebContents } from './window/guards.ts';
import { applicationMenuTemplate } from './window/menu.ts';
import { mainWindowOptions, NO_DICTIONARY_DOWNLOADS } from './window/options.ts';

// umask 077 before anything is written: the library, its backups, logs and Chromium's own
// files are owner-only (see main/services/private-files.ts).
restrictNewFiles();

// Must run before `ready`: our scheme behaves like https (secure, standard origin, fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | undefined;

/**
 * Where the renderer and preload bundles are: the built app runs from out/main/index.js, beside
 * out/renderer and out/preload; the sources (tests load this module) sit one level deeper.
 */
const bundleRoot = /[\\/]out[\\/]main$/.test(import.meta.dirname)
  ? join(import.meta.dirname, '..')
  : join(import.meta.dirname, '..', '..');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const storeArg = process.argv.find((arg) => arg.startsWith('--store='))?.slice('--store='.length);
  // Electron's userData is <appData>/Précis: the same folder the CLI and browser mode use.
  const storeDir = resolveStoreDir(storeArg, process.env, app.getPath('userData'));
  const library = await openSessionOrRecover(storeDir);
  // Waits for an automatic backup in progress, then closes the store.
  app.on('will-quit', () => library.close());

  guardSession(session.defaultSession);
  // Spellcheck uses the operating system's dictionaries on macOS and Windows. On Linux Electron
  // would download Hunspell dictionaries from Google's servers: it is pointed at an address on
  // this machine where nothing listens, so nothing is ever fetched (it then uses only
  // dictionaries already in the data folder's Dictionaries/; without them it checks nothing).
  session.defaultSession.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
  const rendererRoot = join(bundleRoot, 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appFileHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const { context } = library;
  // Exports are delivered by the main process: its own save dialog, its own write.
  context.saveExportFile = createExportSaver({
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    defaultFolder: () => app.getPath('documents'),
    t: () => translator(currentLanguage(context)),
  });
  registerIpcApi(
    ipcMain,
    apiHandlers,
    context,
    createSenderCheck(() => mainWindow?.webContents),
  );

  installMenu(context);
  context.events.subscribe((event) => event.type === 'language-changed' && installMenu(context));

  // Electronegativity flags this line with CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK and
  // AUXCLICK_JS_CHECK because it cannot follow the options into main/electron/window/options.ts: there
  // contextIsolation and sandbox are on and nodeIntegration off (asserted by
  // main-process.test.ts), and every navigation or new window (middle-click included) is
  // denied by main/electron/window/guards.ts. Its CSP_GLOBAL_CHECK misses the CSP because we send it as
  // a response header (main/services/app-files/app-protocol.ts), not a <meta>. See README, Security.
  mainWindow = new BrowserWindow(
    // DevTools only in development: a packaged app has none (they could read a PROTECTED B page).
    mainWindowOptions(join(bundleRoot, 'preload', 'index.cjs'), { devTools: !app.isPackaged }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  await mainWindow.loadURL(APP_ENTRY_URL);
}

/** (Re)builds the menu in the current language; the renderer hears of changes through events. */
function installMenu(context: ApiContext): void {
  const language = currentLanguage(context);
  const t = translator(language);
  const template = applicationMenuTemplate({
    platform: process.platform,
    t,
    language,
    showAbout: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: t('menu.about'),
        message: `Précis ${app.getVersion()}`,
        detail: t('app.tagline'),
      }),
    importFiles: () => void chooseAndImport(context, t),
    // The page knows which note or pack is open: it exports it and asks us to save it.
    exportWord: () => context.events.emit({ type: 'export-requested', format: 'docx' }),
    chooseLanguage: (chosen) => void settingsHandlers['settings:set']({ language: chosen }, context),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function chooseAndImport(context: ApiContext, t: TFunction): Promise<void> {
  const options: OpenDialogOptions = {
    title: t('menu.importFiles').replace('&', ''),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('menu.importFilter'), extensions: ['txt', 'html', 'htm', 'md', 'markdown', 'pdf', 'docx'] }],
  };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (!choice.canceled) await importPaths(context.db, choice.filePaths, context.events, currentLanguage(context));
}

/** What the Electron shell adds to the API context: the system language and its printer. */
function electronContextOptions(storeDir: string) {
  return {
    systemLanguage: languageFromLocale(app.getLocale()),
    createPrinter: async () => {
      // Packs print in Electron's own Chromium, in a session that may load only the print file.
      let allowed = '';
      guardPrintSession(session.fromPartition(PRINT_PARTITION), () => allowed);
      return createElectronPrinter({
        // Electronegativity flags this window too (CONTEXT_ISOLATION, SANDBOX, AUXCLICK): its
        // options are PRINT_WINDOW_OPTIONS in main/electron/electron-printer.ts (sandbox,
        // contextIsolation, no nodeIntegration, JavaScript off, a session that loads only the
        // print file). See README, Security.
        openWindow: (options) => new BrowserWindow(options),
        allowOnly: (url) => (allowed = url),
        tempDir: join(storeDir, PRINT_TEMP_DIR),
      });
    },
  };
}

/**
 * Opens the library; a library that cannot be opened for writing (damaged, or from a newer
 * Précis) is never touched: the user chooses to restore the newest backup that checks out,
 * to open it read-only, or to quit.
 */
async function openSessionOrRecover(storeDir: string): Promise<LibrarySession> {
  const open = (readOnly: boolean) =>
    openLibrarySession(storeDir, {
      mode: 'electron',
      version: app.getVersion(),
      readOnly,
      autoBackups: !readOnly,
      ...electronContextOptions(storeDir),
    });
  try {
    return await open(false);
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error;
    createFileLogger(storeDir).error('open-store', error);
    const backup = listBackups(storeDir).find((b) => {
      try {
        verifyStoreFile(b.path);
        return true;
      } catch {
        return false;
      }
    });
    // The library cannot tell us the chosen language: speak the system's.
    const t = translator(languageFromLocale(app.getLocale()));
    const choices = [...(backup ? (['restore'] as const) : []), 'readOnly', 'quit'] as const;
    const buttons = choices.map((choice) => t(`startup.${choice}`));
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: t('startup.cannotOpenTitle'),
      message: error.code === 'newer-version' ? t('startup.newerVersion') : t('startup.damaged'),
      detail:
        `${error.message}\n\n` +
        (backup
          ? t('startup.backupAvailable', { when: new Date(backup.createdAt).toLocaleString(app.getLocale()) })
          : t('startup.noBackup')),
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
      noLink: true,
    });
    const choice = choices[response];
    if (choice === 'restore' && backup) {
      await restoreBackup(storeDir, backup.path);
      return open(false);
    }
    if (choice === 'readOnly') return open(true);
    app.exit(0);
    throw error;
  }
}

function fail(error: unknown): void {
  // The details go to the log file; the dialog says what happened and where to look.
  let logPath = '';
  try {
    const logger = createFileLogger(app.getPath('userData'));
    logger.error('startup', error);
    logPath = logger.path;
  } catch {
    // no log: the message below still tells the user what happened
  }
  const message = error instanceof Error ? error.message : String(error);
  const t = translator(languageFromLocale(app.getLocale()));
  dialog.showErrorBox(
    t('startup.couldNotStart'),
    `${message}${logPath ? `\n\n${t('startup.detailsIn', { path: logPath })}` : ''}`,
  );
  app.exit(1);
}
