/**
 * A recording stand-in for the `electron` module, for measuring the real main process
 * (main/electron/index.ts) under plain Node: windows, IPC and menus are recorded, and
 * `utilityProcess.fork` runs the service host entry in a worker thread (as the main-process test
 * does). Loaded in place of Electron by hooks.ts.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';

type Handler = (...args: never[]) => unknown;

export interface StandInRecord {
  windows: Array<{ webContents: unknown }>;
  ipc: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  hosts: Worker[];
  appEvents: Map<string, Handler>;
}

export const recorded: StandInRecord = { windows: [], ipc: new Map(), hosts: [], appEvents: new Map() };
(globalThis as { __precisStandIn?: StandInRecord }).__precisStandIn = recorded;

class WebContents extends EventEmitter {
  mainFrame = { url: 'app://precis/index.html', parent: null };
  setWindowOpenHandler() {}
}

export class BrowserWindow extends EventEmitter {
  webContents = new WebContents();
  constructor() {
    super();
    recorded.windows.push({ webContents: this.webContents });
  }
  async loadURL() {}
  isMinimized() {
    return false;
  }
  show() {}
  focus() {}
  restore() {}
}

class UtilityProcess extends EventEmitter {
  private readonly worker: Worker;
  constructor(modulePath: string) {
    super();
    this.worker = new Worker(modulePath, { execArgv: ['--disable-warning=ExperimentalWarning'] });
    recorded.hosts.push(this.worker);
    this.worker.on('message', (message) => this.emit('message', message));
    this.worker.on('exit', (code) => this.emit('exit', code));
  }
  postMessage(message: unknown) {
    this.worker.postMessage(message);
  }
  kill() {
    void this.worker.terminate();
    return true;
  }
}

export const utilityProcess = { fork: (modulePath: string) => new UtilityProcess(modulePath) };

export const app = {
  requestSingleInstanceLock: () => true,
  on: (event: string, handler: Handler) => void recorded.appEvents.set(event, handler),
  whenReady: () => Promise.resolve(),
  getPath: () => '/nonexistent-userdata',
  getVersion: () => '0.0.0-bench',
  getLocale: () => 'en-CA',
  quit: () => {},
  exit: () => {},
};

export const dialog = {
  showErrorBox: (_title: string, message: string) => console.error(message),
  showMessageBox: async () => ({ response: 0 }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

export const ipcMain = {
  handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) =>
    void recorded.ipc.set(channel, listener),
};

export const Menu = { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: () => {} };

export const protocol = { registerSchemesAsPrivileged: () => {}, handle: () => {} };

const guardedSession = {
  setPermissionRequestHandler: () => {},
  setPermissionCheckHandler: () => {},
  setDevicePermissionHandler: () => {},
  webRequest: { onBeforeRequest: () => {} },
  setSpellCheckerDictionaryDownloadURL: () => {},
};
export const session = { defaultSession: guardedSession, fromPartition: () => guardedSession };

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, utilityProcess };
