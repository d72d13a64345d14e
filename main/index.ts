/**
 * Electron main process: lifecycle only. Open the store, register the API, open the window.
 * Everything else lives in modules that also run under plain Node (browser mode, CLI, tests).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type OpenDialogOptions } from 'electron';
import type { TFunction } from 'i18next';
import { languageFromLocale, translator } from '../shared/i18n/index.ts';
import { createApiContext, currentLanguage, type ApiContext } from './api/context.ts';
import { registerIpcApi } from './api/index.ts';
import { apiHandlers } from './api/handlers.ts';
import { settingsHandlers } from './api/settings.api.ts';
import { importPaths } from './library/import-paths.ts';
import { openLibrary } from './library/open-library.ts';
import { resolveStoreDir } from './store/location.ts';
import { APP_ENTRY_URL, APP_SCHEME, appFileHeaders, resolveAppFile } from './window/app-protocol.ts';
import { createSenderCheck, guardSession, guardWebContents } from './window/guards.ts';
import { applicationMenuTemplate } from './window/menu.ts';
import { mainWindowOptions } from './window/options.ts';

// Must run before `ready`: our scheme behaves like https (secure, standard origin, fetch).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | undefined;

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
  const store = await openLibrary(storeDir);
  app.on('quit', () => store.db.close());

  guardSession(session.defaultSession);
  const rendererRoot = join(import.meta.dirname, '..', 'renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appFileHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const context = createApiContext({
    db: store.db,
    storePath: store.path,
    mode: 'electron',
    version: app.getVersion(),
    systemLanguage: languageFromLocale(app.getLocale()),
  });
  registerIpcApi(
    ipcMain,
    apiHandlers,
    context,
    createSenderCheck(() => mainWindow?.webContents),
  );

  installMenu(context);
  context.events.subscribe((event) => event.type === 'language-changed' && installMenu(context));

  mainWindow = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '..', 'preload', 'index.cjs')));
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
  if (!choice.canceled) await importPaths(context.db, choice.filePaths, context.events);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Précis could not start', message);
  app.exit(1);
}
