/**
 * Electron main process: lifecycle, windows, menus, dialogs and printing. The library itself
 * runs in the service host, a utility process (service-host.ts): this process only forwards
 * the window's API calls to it and its answers back, so no query, import or quote check ever
 * holds the thread that draws the app.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  utilityProcess,
  type OpenDialogOptions,
} from 'electron';
import { isLanguage, languageFromLocale, translator, type Language } from '../../shared/i18n/index.ts';
import { registerIpcApi } from './ipc-gate.ts';
import { listBackups, restoreBackup, verifyStoreFile } from '../services/backup/backups.ts';
import { createServiceHostClient, type ServiceHostClient } from '../services/host/host-client.ts';
import { createFileLogger } from '../services/log/logger.ts';
import { createElectronPrinter, guardPrintSession, PRINT_PARTITION, PRINT_TEMP_DIR } from './electron-printer.ts';
import { restrictNewFiles } from '../services/private-files.ts';
import { resolveStoreDir } from '../services/store/location.ts';
import { workerEntryUrl } from '../services/worker-entry.ts';
import { forkUtilityHost } from './utility-host.ts';
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
/** The interface language the menu speaks (and the save dialog): the library's setting. */
let menuLanguage: Language = 'en';

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
  const logger = createFileLogger(storeDir);
  const host = createServiceHostClient({
    spawn: () =>
      forkUtilityHost(
        (modulePath) => utilityProcess.fork(modulePath, [], { serviceName: 'Précis library' }),
        fileURLToPath(workerEntryUrl('service-host', import.meta.url)),
      ),
    open: {
      storeDir,
      mode: 'electron',
      version: app.getVersion(),
      autoBackups: true,
      systemLanguage: languageFromLocale(app.getLocale()),
      printInMain: true,
      saveInMain: true,
    },
    createPrinter: () => electronPrinter(storeDir),
    // Exports are delivered by this process: its own save dialog, its own write.
    saveExportFile: (file) =>
      createExportSaver({
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        defaultFolder: () => app.getPath('documents'),
        t: () => translator(menuLanguage),
      })(file),
    logError: logger.error,
  });
  await openOrRecover(host, storeDir);
  // Waits for the host to close the library (and for an automatic backup under way), then quits.
  let closed = false;
  app.on('will-quit', (event?: { preventDefault(): void }) => {
    if (closed) return undefined;
    event?.preventDefault();
    return host.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

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

  registerIpcApi(
    ipcMain,
    (channel, input) => host.call(channel, input),
    createSenderCheck(() => mainWindow?.webContents),
  );

  installMenu(host, await interfaceLanguage(host));
  host.onEvent((event) => event.type === 'language-changed' && installMenu(host, event.language));

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

/** The interface language as the library has it (the user's choice, else the system's). */
async function interfaceLanguage(host: ServiceHostClient): Promise<Language> {
  const result = JSON.parse(await host.call('settings:get', {})) as { ok: boolean; value?: { language: string } };
  const language = result.ok ? result.value?.language : undefined;
  return isLanguage(language) ? language : languageFromLocale(app.getLocale());
}

/** (Re)builds the menu in this language; the renderer hears of changes through events. */
function installMenu(host: ServiceHostClient, language: Language): void {
  menuLanguage = language;
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
    importFiles: () => void chooseAndImport(host, language),
    // The page knows which note or pack is open: it exports it and asks us to save it.
    exportWord: () => host.emit({ type: 'export-requested', format: 'docx' }),
    chooseLanguage: (chosen) => void host.call('settings:set', { language: chosen }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function chooseAndImport(host: ServiceHostClient, language: Language): Promise<void> {
  const t = translator(language);
  const options: OpenDialogOptions = {
    title: t('menu.importFiles').replace('&', ''),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('menu.importFilter'), extensions: ['txt', 'html', 'htm', 'md', 'markdown', 'pdf', 'docx'] }],
  };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  // The host reads and imports the files, then tells the page what to show and what failed.
  if (!choice.canceled) await host.importPaths(choice.filePaths);
}

/** Packs print in Electron's own Chromium, in a session that may load only the print file. */
async function electronPrinter(storeDir: string) {
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
}

/**
 * Opens the library in the host; a library that cannot be opened for writing (damaged, or from
 * a newer Précis) is never touched: the user chooses to restore the newest backup that checks
 * out, to open it read-only, or to quit.
 */
async function openOrRecover(host: ServiceHostClient, storeDir: string): Promise<void> {
  const outcome = await host.open(false);
  if (outcome.ok) return;
  if (outcome.code === 'other') throw new Error(outcome.message);
  createFileLogger(storeDir).error('open-store', new Error(outcome.message));
  const backup = listBackups(storeDir).find((b) => {
    try {
      verifyStoreFile(b.path, { ownSchema: true });
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
    message: outcome.code === 'newer-version' ? t('startup.newerVersion') : t('startup.damaged'),
    detail:
      `${outcome.message}\n\n` +
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
    const reopened = await host.open(false);
    if (!reopened.ok) throw new Error(reopened.message);
    return;
  }
  if (choice === 'readOnly') {
    const reopened = await host.open(true);
    if (!reopened.ok) throw new Error(reopened.message);
    return;
  }
  app.exit(0);
  throw new Error(outcome.message);
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
