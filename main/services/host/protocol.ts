/**
 * The messages between the Electron main process and the service host (the utility process
 * that runs the library: store, import, export, quote check, search), over one message port.
 * The same messages run between a test or the bench and a worker-thread stand-in.
 *
 * Results travel as JSON text: the main process hands them to the window as they are, never
 * parsing or copying a large object graph on the thread that draws the app.
 */
import type { StoreOpenProblem } from '../store/database.ts';
import type { Language } from '../../../shared/i18n/index.ts';
import type { AppEvent } from '../api/events.ts';
import type { WriteError } from '../export/atomic-write.ts';

/** One end of the port, whatever carries it (Electron's parentPort, a worker's, a UtilityProcess). */
export interface HostPort {
  post(message: unknown): void;
  /** Listens for messages; returns the unsubscription. */
  onMessage(listener: (message: unknown) => void): () => void;
}

/** What the main side asks the host to open, as the shell would open it in-process. */
export interface HostOpenOptions {
  storeDir: string;
  mode: 'electron' | 'browser' | 'cli';
  version: string;
  readOnly?: boolean;
  autoBackups?: boolean;
  seed?: boolean;
  samplesDir?: string;
  systemLanguage: Language;
  /** Packs print in the main process (Electron's printToPDF needs a window): ask it to. */
  printInMain?: boolean;
  /** Exports are delivered by the main process (its own save dialog and write): ask it to. */
  saveInMain?: boolean;
}

/** An exported file for the main process to deliver (`export:save`). */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Why the main process could not write an export (a WriteError's reason and message key). */
export interface SaveFailure {
  reason: WriteError['reason'];
  translation: WriteError['translation'];
}

export type ToHost =
  | { type: 'open'; options: HostOpenOptions }
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'import-paths'; id: number; paths: string[] }
  | { type: 'printed'; id: number; bytes?: Uint8Array; error?: string }
  | { type: 'saved-export'; id: number; saved?: boolean; failure?: SaveFailure; error?: string }
  /** An event from the main process (its menu) for the page, which hears events from the host. */
  | { type: 'emit'; event: AppEvent }
  | { type: 'stats'; id: number }
  | { type: 'close' };

export type FromHost =
  | { type: 'opened'; storePath: string; readOnly: boolean }
  | { type: 'open-failed'; code: StoreOpenProblem | 'other'; message: string }
  /** `json` is the call's Result, serialized in the host. */
  | { type: 'result'; id: number; json: string }
  | { type: 'event'; event: AppEvent }
  /** Print this HTML with printer `printer` (one per export) and answer with `printed`. */
  | { type: 'print'; id: number; printer: number; html: string }
  | { type: 'print-close'; printer: number }
  /** Ask where to save this export and write it there; answer with `saved-export`. */
  | { type: 'save-export'; id: number; file: ExportFile }
  | { type: 'stats'; id: number; stats: HostStats }
  | { type: 'closed' };

/** The host's event loop, for the bench: the longest it was held since the last question. */
export interface HostStats {
  maxHoldMs: number;
  p99HoldMs: number;
}
