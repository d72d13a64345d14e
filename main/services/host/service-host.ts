/**
 * The service host: the library (store, import, export, quote check, search, backups) in a
 * process or thread of its own, answering API calls that arrive over a message port. In the
 * desktop app it is an Electron utility process and the main process only forwards calls
 * (main/electron/service-host.ts); a worker thread runs the same code in tests and the bench.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { translation } from '../../../shared/api/index.ts';
import { currentLanguage } from '../api/context.ts';
import { dispatch } from '../api/dispatch.ts';
import { jsonInSlices } from './json-slices.ts';
import { apiHandlers } from '../api/handlers.ts';
import { PrinterError, type PdfPrinter } from '../export/printer.ts';
import { importPaths } from '../library/import-paths.ts';
import { openLibrarySession, type LibrarySession } from '../library/session.ts';
import { StoreOpenError } from '../store/database.ts';
import { WriteError } from '../export/atomic-write.ts';
import type { ExportFile, FromHost, HostOpenOptions, HostPort, ToHost } from './protocol.ts';

/** Printers that print in the main process: each export asks it, page by page of HTML. */
function printersInMain(send: (message: FromHost) => void) {
  const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextPrint = 1;
  let nextPrinter = 1;
  const create = async (): Promise<PdfPrinter> => {
    const printer = nextPrinter++;
    return {
      print: (html) =>
        new Promise<Uint8Array>((resolve, reject) => {
          const id = nextPrint++;
          waiting.set(id, { resolve, reject });
          send({ type: 'print', id, printer, html });
        }),
      close: async () => send({ type: 'print-close', printer }),
    };
  };
  const answered = (message: Extract<ToHost, { type: 'printed' }>): void => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.bytes) pending.resolve(new Uint8Array(message.bytes));
    else pending.reject(new PrinterError(translation('export.printFailed', { reason: message.error ?? '' })));
  };
  return { create, answered };
}

/** Exports delivered by the main process: each `export:save` asks it and waits for its answer. */
function savesInMain(send: (message: FromHost) => void) {
  const waiting = new Map<number, { resolve: (answer: { saved: boolean }) => void; reject: (error: Error) => void }>();
  let nextSave = 1;
  const save = (file: ExportFile): Promise<{ saved: boolean }> =>
    new Promise((resolve, reject) => {
      const id = nextSave++;
      waiting.set(id, { resolve, reject });
      send({ type: 'save-export', id, file });
    });
  const answered = (message: Extract<ToHost, { type: 'saved-export' }>): void => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.failure) pending.reject(new WriteError(message.failure.reason, message.failure.translation));
    else if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve({ saved: message.saved === true });
  };
  return { save, answered };
}

export function runServiceHost(port: HostPort): void {
  const send = (message: FromHost): void => port.post(message);
  const printers = printersInMain(send);
  const saves = savesInMain(send);
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let session: LibrarySession | undefined;

  const open = async (options: HostOpenOptions): Promise<void> => {
    try {
      session = await openLibrarySession(options.storeDir, {
        mode: options.mode,
        version: options.version,
        systemLanguage: options.systemLanguage,
        ...(options.readOnly ? { readOnly: true } : {}),
        ...(options.autoBackups ? { autoBackups: true } : {}),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.samplesDir ? { samplesDir: options.samplesDir } : {}),
        ...(options.printInMain ? { createPrinter: printers.create } : {}),
      });
    } catch (error) {
      const code = error instanceof StoreOpenError ? error.code : 'other';
      send({ type: 'open-failed', code, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (options.saveInMain) session.context.saveExportFile = saves.save;
    session.context.events.subscribe((event) => send({ type: 'event', event }));
    send({ type: 'opened', storePath: session.store.path, readOnly: options.readOnly === true });
  };

  const answer = (id: number, result: unknown): void => send({ type: 'result', id, json: JSON.stringify(result) });

  port.onMessage((raw) => {
    const message = raw as ToHost;
    switch (message.type) {
      case 'open':
        void open(message.options);
        return;
      case 'call':
        if (!session) {
          answer(message.id, { ok: false, error: { code: 'internal', message: 'The library is not open.' } });
          return;
        }
        // A long answer is serialized in slices too (json-slices.ts).
        void dispatch(apiHandlers, session.context, message.channel, message.input)
          .then(jsonInSlices)
          .then((json) => send({ type: 'result', id: message.id, json }));
        return;
      case 'import-paths':
        if (session) {
          const { context } = session;
          void importPaths(context.db, message.paths, context.events, currentLanguage(context)).then((result) =>
            answer(message.id, result),
          );
        }
        return;
      case 'printed':
        printers.answered(message);
        return;
      case 'saved-export':
        saves.answered(message);
        return;
      case 'emit':
        session?.context.events.emit(message.event);
        return;
      case 'stats':
        send({
          type: 'stats',
          id: message.id,
          stats: { maxHoldMs: loop.max / 1e6, p99HoldMs: loop.percentile(99) / 1e6 },
        });
        loop.reset();
        return;
      case 'close':
        void (session?.close() ?? Promise.resolve()).then(() => {
          session = undefined;
          send({ type: 'closed' });
        });
        return;
    }
  });
}
