/**
 * Electron main process: lifecycle only. Open the store, register the API, open the window.
 * Everything else lives in modules that also run under plain Node (browser mode, CLI, tests).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { registerIpcApi } from './api/index.ts';
import { apiHandlers } from './api/handlers.ts';
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

  const context = { db: store.db, storePath: store.path, mode: 'electron' as const, version: app.getVersion() };
  registerIpcApi(
    ipcMain,
    apiHandlers,
    context,
    createSenderCheck(() => mainWindow?.webContents),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate({ platform: process.platform, showAbout: showAbout })),
  );

  mainWindow = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '..', 'preload', 'index.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  await mainWindow.loadURL(APP_ENTRY_URL);
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'About Précis',
    message: `Précis ${app.getVersion()}`,
    detail: 'Read, annotate and brief from official declarations. Your library stays on this computer.',
  });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Précis could not start', message);
  app.exit(1);
}
