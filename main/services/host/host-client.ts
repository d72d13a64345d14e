/**
 * The main side of the service host: starts it, opens the library in it, forwards API calls
 * and hands back their results as JSON text, prints for it when it asks, and restarts it if
 * it crashes (calls under way then fail with a message that says so; later calls work again).
 * Plain Node: the Electron main process gives it a utility process, tests and the bench a
 * worker thread.
 */
import type { StoreOpenProblem } from '../store/database.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import type { AppEvent } from '../api/events.ts';
import type { PdfPrinter } from '../export/printer.ts';
import { WriteError } from '../export/atomic-write.ts';
import type { ExportFile, FromHost, HostOpenOptions, HostPort, HostStats, ToHost } from './protocol.ts';

/** A started host: its port, and the process or thread behind it. */
export interface HostProcess extends HostPort {
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface HostClientOptions {
  spawn: () => HostProcess;
  open: HostOpenOptions;
  /** Opens a printer in this process, for hosts opened with `printInMain`. */
  createPrinter?: () => Promise<PdfPrinter>;
  /** Delivers an export in this process (a save dialog, a write), for hosts opened with `saveInMain`. */
  saveExportFile?: (file: ExportFile) => Promise<{ saved: boolean }>;
  /** Where unexpected failures go (the log file). */
  logError?: (where: string, error: unknown) => void;
}

export type OpenOutcome =
  { ok: true; storePath: string; readOnly: boolean } | { ok: false; code: StoreOpenProblem | 'other'; message: string };

/** Crashes in this window count towards giving up. */
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES = 3;

export interface ServiceHostClient {
  /** Starts the host and opens the library (`readOnly` overrides the options'). */
  open(readOnly?: boolean): Promise<OpenOutcome>;
  /** One API call; resolves with its Result as JSON text. */
  call(channel: string, input: unknown): Promise<string>;
  /** File ▸ Import…: the host reads and imports these files, then tells the page. */
  importPaths(paths: string[]): Promise<void>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Tells the page something from this process (a menu item), through the host's events. */
  emit(event: AppEvent): void;
  /** The host's event-loop hold since the last question (the bench). */
  stats(): Promise<HostStats>;
  /** Closes the library in the host, then stops it. */
  close(): Promise<void>;
}

export function createServiceHostClient(options: HostClientOptions): ServiceHostClient {
  let host: HostProcess | undefined;
  let opened: Promise<OpenOutcome> | undefined;
  let readOnly = options.open.readOnly === true;
  let closing = false;
  let gaveUp = false;
  let language: Language = options.open.systemLanguage;
  const crashes: number[] = [];
  const listeners = new Set<(event: AppEvent) => void>();
  const waiting = new Map<number, (message: FromHost) => void>();
  const printers = new Map<number, Promise<PdfPrinter>>();
  let nextId = 1;

  const failure = (key: 'serviceHost.restarted' | 'serviceHost.unavailable'): string =>
    JSON.stringify({ ok: false, error: { code: 'internal', message: translator(language)(key) } });

  const request = <T extends FromHost>(build: (id: number) => ToHost): Promise<T> =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, (message) => resolve(message as T));
      host?.post(build(id));
    });

  const print = async (message: Extract<FromHost, { type: 'print' }>): Promise<void> => {
    try {
      if (!options.createPrinter) throw new Error('this shell cannot print');
      let printer = printers.get(message.printer);
      if (!printer) printers.set(message.printer, (printer = options.createPrinter()));
      const bytes = await (await printer).print(message.html);
      host?.post({ type: 'printed', id: message.id, bytes } satisfies ToHost);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      host?.post({ type: 'printed', id: message.id, error: reason } satisfies ToHost);
    }
  };

  const saveExport = async (message: Extract<FromHost, { type: 'save-export' }>): Promise<void> => {
    try {
      if (!options.saveExportFile) throw new Error('this shell cannot save exports');
      const { saved } = await options.saveExportFile({ ...message.file, bytes: new Uint8Array(message.file.bytes) });
      host?.post({ type: 'saved-export', id: message.id, saved } satisfies ToHost);
    } catch (error) {
      const answer: ToHost =
        error instanceof WriteError
          ? { type: 'saved-export', id: message.id, failure: { reason: error.reason, translation: error.translation } }
          : { type: 'saved-export', id: message.id, error: error instanceof Error ? error.message : String(error) };
      host?.post(answer);
    }
  };

  const start = (): Promise<OpenOutcome> => {
    const started = options.spawn();
    host = started;
    let resolveOpen: (outcome: OpenOutcome) => void = () => {};
    const outcome = new Promise<OpenOutcome>((resolve) => (resolveOpen = resolve));
    started.onMessage((raw) => {
      const message = raw as FromHost;
      switch (message.type) {
        case 'opened':
          resolveOpen({ ok: true, storePath: message.storePath, readOnly: message.readOnly });
          return;
        case 'open-failed':
          resolveOpen({ ok: false, code: message.code, message: message.message });
          return;
        case 'event':
          if (message.event.type === 'language-changed') language = message.event.language;
          for (const listener of listeners) listener(message.event);
          return;
        case 'print':
          void print(message);
          return;
        case 'save-export':
          void saveExport(message);
          return;
        case 'print-close': {
          const printer = printers.get(message.printer);
          printers.delete(message.printer);
          void printer?.then((p) => p.close()).catch((error: unknown) => options.logError?.('print', error));
          return;
        }
        case 'result':
        case 'stats': {
          const reply = waiting.get(message.id);
          waiting.delete(message.id);
          reply?.(message);
          return;
        }
        case 'closed':
          return;
      }
    });
    started.onExit((code) => {
      if (host !== started) return;
      host = undefined;
      if (closing) return;
      options.logError?.('service-host', new Error(`The service host stopped (exit code ${code}).`));
      resolveOpen({ ok: false, code: 'other', message: `The service host stopped (exit code ${code}).` });
      // Calls under way are lost with it: they fail, saying so; the next ones start a new host.
      for (const reply of waiting.values()) reply({ type: 'result', id: 0, json: failure('serviceHost.restarted') });
      waiting.clear();
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && (crashes[0] as number) < now - CRASH_WINDOW_MS) crashes.shift();
      gaveUp = crashes.length >= MAX_CRASHES;
      opened = undefined;
    });
    started.post({ type: 'open', options: { ...options.open, readOnly } } satisfies ToHost);
    return outcome;
  };

  const ready = async (): Promise<boolean> => {
    if (gaveUp) return false;
    opened ??= start();
    return (await opened).ok;
  };

  return {
    async open(asReadOnly) {
      if (asReadOnly !== undefined) readOnly = asReadOnly;
      if (host) {
        host.kill();
        host = undefined;
      }
      opened = start();
      return opened;
    },
    async call(channel, input) {
      if (!(await ready())) return failure(gaveUp ? 'serviceHost.unavailable' : 'serviceHost.restarted');
      const reply = await request<Extract<FromHost, { type: 'result' }>>((id) => ({
        type: 'call',
        id,
        channel,
        input,
      }));
      return reply.json;
    },
    async importPaths(paths) {
      if (!(await ready())) return;
      await request((id) => ({ type: 'import-paths', id, paths }));
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      host?.post({ type: 'emit', event } satisfies ToHost);
    },
    async stats() {
      await ready();
      const reply = await request<Extract<FromHost, { type: 'stats' }>>((id) => ({ type: 'stats', id }));
      return reply.stats;
    },
    async close() {
      closing = true;
      const current = host;
      if (!current) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        current.onMessage((message) => {
          if ((message as FromHost).type === 'closed') {
            clearTimeout(timer);
            resolve();
          }
        });
        current.onExit(() => {
          clearTimeout(timer);
          resolve();
        });
        current.post({ type: 'close' } satisfies ToHost);
      });
      for (const printer of printers.values()) await printer.then((p) => p.close()).catch(() => undefined);
      printers.clear();
      current.kill();
    },
  };
}
