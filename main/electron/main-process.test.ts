/**
 * Loads the real Electron main module (main/electron/index.ts) against a recording stand-in for the
 * `electron` module (the Electron binary cannot run here), then checks what it did: the
 * window's security options, the CSP on served files, the navigation, permission and
 * network guards, the IPC sender check, the single-instance lock and the menu.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '../../shared/api/index.ts';
import { makeTempDir } from '../../test/support/temp.ts';
import { CONTENT_SECURITY_POLICY } from '../services/app-files/csp.ts';

type Handler = (...args: never[]) => unknown;

const recorded = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; webContents: unknown }>,
  privileged: [] as unknown[],
  protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
  ipc: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  permissionRequest: undefined as undefined | Handler,
  permissionCheck: undefined as undefined | Handler,
  beforeRequest: undefined as undefined | Handler,
  menuTemplate: [] as unknown[],
  appEvents: new Map<string, Handler>(),
  singleInstanceLock: 0,
  /** What the save dialog answers next (a path, or cancel), and what it was asked. */
  saveAnswer: { canceled: true, filePath: undefined as string | undefined },
  saveAsked: [] as Array<Record<string, unknown>>,
  dictionaryDownloadUrls: [] as string[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    windowOpenHandler: Handler | undefined;
    mainFrame = { url: 'app://precis/index.html', parent: null };
    setWindowOpenHandler(handler: Handler) {
      this.windowOpenHandler = handler;
    }
  }
  class BrowserWindow extends Emitter {
    webContents = new FakeWebContents();
    constructor(options: Record<string, unknown>) {
      super();
      recorded.windows.push({ options, loaded: [], webContents: this.webContents });
      recorded.appEvents.get('web-contents-created')?.({} as never, this.webContents as never);
    }
    async loadURL(url: string) {
      recorded.windows.at(-1)?.loaded.push(url);
    }
    isMinimized() {
      return false;
    }
    show() {}
    focus() {}
    restore() {}
  }
  const app = {
    requestSingleInstanceLock: () => (recorded.singleInstanceLock++, true),
    on: (event: string, handler: Handler) => void recorded.appEvents.set(event, handler),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'documents' ? '/home/someone/Documents' : '/nonexistent-userdata'),
    getVersion: () => '0.0.0-test',
    getLocale: () => 'fr-CA',
    // What a packaged build reports: DevTools must then be off.
    isPackaged: true,
    quit: () => {},
    exit: () => {},
  };
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (_t: string, message: string) => console.error(message),
      showMessageBox: async () => ({}),
      showSaveDialog: async (...args: unknown[]) => {
        recorded.saveAsked.push(args.at(-1) as Record<string, unknown>);
        return { ...recorded.saveAnswer };
      },
    },
    ipcMain: { handle: (channel: string, listener: never) => void recorded.ipc.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (t: unknown[]) => (recorded.menuTemplate = t),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes),
      handle: (_scheme: string, handler: never) => (recorded.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => (recorded.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => (recorded.permissionCheck = h),
        setDevicePermissionHandler: () => {},
        setSpellCheckerDictionaryDownloadURL: (url: string) => void recorded.dictionaryDownloadUrls.push(url),
        webRequest: { onBeforeRequest: (h: Handler) => (recorded.beforeRequest = h) },
      },
    },
  };
});

const temp = makeTempDir();
const umaskBefore = process.umask();
beforeAll(async () => {
  process.env.PRECIS_STORE = temp.dir;
  process.umask(0o022);
  await import('./index.ts');
  await vi.waitFor(() => expect(recorded.windows.length).toBe(1), { timeout: 10_000 });
});
afterAll(async () => {
  process.umask(umaskBefore);
  delete process.env.PRECIS_STORE;
  await recorded.appEvents.get('will-quit')?.();
  temp.cleanup();
});

describe('the Electron main process', () => {
  it('keeps what it writes owner-only and never downloads spellcheck dictionaries', () => {
    // umask 077 from the first line: the store and everything after it are 0600 / 0700.
    expect(process.umask()).toBe(0o077);
    expect(statSync(temp.dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(temp.dir, 'precis.sqlite')).mode & 0o777).toBe(0o600);
    expect(recorded.dictionaryDownloadUrls).toHaveLength(1);
    const url = new URL(recorded.dictionaryDownloadUrls[0] as string);
    expect(url.hostname).toBe('127.0.0.1');
  });

  it('opens one window with the full security checklist', () => {
    const prefs = recorded.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    // A packaged build has no DevTools.
    expect(prefs.devTools).toBe(false);
    expect(recorded.windows[0]?.loaded).toEqual(['app://precis/index.html']);
    expect(recorded.singleInstanceLock).toBe(1);
    expect(recorded.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves only the app’s own files, each with the strict CSP', async () => {
    const handler = recorded.protocolHandler;
    if (!handler) throw new Error('no protocol handler');
    const page = await handler(new Request('app://precis/index.html'));
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    for (const url of [
      'app://precis/../package.json',
      'app://precis/%2e%2e/package.json',
      'app://precis/..%2fpackage.json',
      'app://other/index.html',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('denies navigation, new windows and every permission, and cancels network requests', () => {
    const contents = recorded.windows[0]?.webContents as EventEmitter & { windowOpenHandler: Handler };
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) }, 'https://example.org/');
      expect(prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler({ url: 'https://example.org/' } as never)).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    recorded.permissionRequest?.({} as never, 'media' as never, ((ok: boolean) => (granted = ok)) as never);
    expect(granted).toBe(false);
    expect(recorded.permissionCheck?.()).toBe(false);
    const cancelled = (url: string) => {
      let decision: { cancel: boolean } | undefined;
      recorded.beforeRequest?.({ url } as never, ((d: { cancel: boolean }) => (decision = d)) as never);
      return decision?.cancel;
    };
    expect(cancelled('https://example.org/track.gif')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://precis/assets/index.js')).toBe(false);
  });

  it('answers IPC only from its own window’s main frame', async () => {
    expect([...recorded.ipc.keys()].sort()).toEqual([...API_CHANNELS].sort());
    const list = recorded.ipc.get('documents:list');
    const contents = recorded.windows[0]?.webContents as { mainFrame: unknown };
    const trusted = { sender: contents, senderFrame: { url: 'app://precis/index.html', parent: null } };
    const result = (await list?.(trusted, {})) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(2);
    const forbidden = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    const subframe = { sender: contents, senderFrame: { url: 'app://precis/index.html', parent: {} } };
    const foreignPage = { sender: contents, senderFrame: { url: 'https://evil.example/', parent: null } };
    const otherWindow = { sender: new EventEmitter(), senderFrame: { url: 'app://precis/index.html', parent: null } };
    for (const event of [subframe, foreignPage, otherWindow, { sender: contents, senderFrame: null }]) {
      expect(await list?.(event, {})).toEqual(forbidden);
    }
  });

  it('has the standard menu: Edit roles, View zoom, Help/About', () => {
    const roles = JSON.stringify(recorded.menuTemplate);
    for (const role of ['copy', 'paste', 'cut', 'selectAll', 'undo', 'zoomIn', 'zoomOut', 'resetZoom']) {
      expect(roles).toContain(`"role":"${role}"`);
    }
    // The system locale here is fr-CA: the menu speaks French until the user chooses otherwise.
    expect(roles).toContain('À propos de Précis');
    expect(roles).toContain('&Langue');
    expect(roles).toContain('CmdOrCtrl+O');
  });

  it('delivers a Word export through its own save dialog, and File ▸ Export to Word asks the page', async () => {
    const contents = recorded.windows[0]?.webContents as { mainFrame: unknown };
    const trusted = { sender: contents, senderFrame: { url: 'app://precis/index.html', parent: null } };
    // The API's answers, as loosely typed as IPC carries them.
    type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { message: string } };
    const invoke = async (channel: string, input: unknown) => {
      const result = (await recorded.ipc.get(channel)?.(trusted, input)) as Answer;
      if (!result.ok) throw new Error(result.error?.message);
      return result.value as Record<string, unknown>;
    };
    const note = await invoke('notes:create', { template: 'fr', title: 'Note à remettre' });
    const target = join(temp.dir, 'chosen', 'Note à remettre.docx');
    mkdirSync(dirname(target));

    // Cancelled: nothing written, and the kept copy is gone.
    recorded.saveAnswer = { canceled: true, filePath: undefined };
    const first = await invoke('export:docx', { target: { kind: 'note', id: note.id } });
    expect(await invoke('export:save', { exportId: first.exportId })).toEqual({
      saved: false,
      fileName: 'Note à remettre.docx',
    });
    expect(existsSync(target)).toBe(false);
    await expect(invoke('export:save', { exportId: first.exportId })).rejects.toThrow(/plus disponible/);

    // Saved where the dialog (not the page) said, under the name the export proposed.
    recorded.saveAnswer = { canceled: false, filePath: target };
    const second = await invoke('export:docx', { target: { kind: 'note', id: note.id } });
    expect(await invoke('export:save', { exportId: second.exportId })).toEqual({
      saved: true,
      fileName: 'Note à remettre.docx',
    });
    expect(recorded.saveAsked.at(-1)).toMatchObject({
      defaultPath: join('/home/someone/Documents', 'Note à remettre.docx'),
      filters: [{ name: 'Document Word', extensions: ['docx'] }],
    });
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(join(temp.dir, 'exports'))).toEqual([]);

    // The menu item speaks French here and only asks the page to export what it shows.
    const file = (recorded.menuTemplate as Array<{ submenu: Array<{ label?: string; click?: () => void }> }>)[0];
    const item = file?.submenu.find((entry) => entry.label === 'Exporter vers &Word…');
    expect(item).toBeDefined();
    const before = (await invoke('app:events', { after: -1 })).seq as number;
    item?.click?.();
    expect((await invoke('app:events', { after: before })).events).toEqual([
      { type: 'export-requested', format: 'docx' },
    ]);
  });
});
