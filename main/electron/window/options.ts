/**
 * The main window's options: Electron's security checklist, in one reviewed place.
 * A test reads this object; keep every hardening flag explicit even where it is the default,
 * so that a future default change or a careless edit shows up in review and in the test.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Where Electron on Linux would download spellcheck dictionaries from: the discard port of this
 * machine, where nothing answers, so no dictionary is ever fetched from the network.
 */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/no-dictionary-downloads/';

export function mainWindowOptions(
  preloadPath: string,
  { devTools }: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Précis',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Off in packaged builds (`!app.isPackaged`), on while developing.
      devTools,
    },
  };
}
