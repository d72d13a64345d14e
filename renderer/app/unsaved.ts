/**
 * Nothing typed is lost when the window closes. Editors that save after a pause (a note, an
 * annotation's comment) register here; when the page goes away (`beforeunload`, `pagehide`)
 * each saves what it holds at once. In browser mode the request outlives the page (a
 * `keepalive` fetch, api/client.ts). In Electron a message sent while the window is torn down
 * can be lost, so the window waits: the first `beforeunload` with something unsaved cancels the
 * close (Electron closes silently, without a prompt), saves, then closes the window itself.
 */
import { beginUnload } from '../api/client.ts';

export interface Unsaved {
  /** Whether there is something not yet saved. */
  pending: () => boolean;
  /** Saves it now; resolves when the store has it. */
  flush: () => Promise<unknown> | void;
}

const editors = new Set<Unsaved>();

/** Registers an editor's unsaved state; returns the function that unregisters it. */
export function registerUnsaved(editor: Unsaved): () => void {
  editors.add(editor);
  return () => editors.delete(editor);
}

/** Whether anything registered holds unsaved changes. */
export function hasUnsaved(): boolean {
  return [...editors].some((editor) => editor.pending());
}

/** Saves everything pending now. */
export function flushUnsaved(): Promise<unknown[]> {
  return Promise.allSettled([...editors].filter((e) => e.pending()).map((e) => e.flush()));
}

let closingAfterSave = false;

/**
 * The page is going away. `electron`: whether the page runs in the desktop app's window,
 * where `close` closes it once saved.
 */
export function onBeforeUnload(event: BeforeUnloadEvent, electron: boolean, close: () => void): void {
  if (!hasUnsaved()) return;
  if (electron && !closingAfterSave) {
    event.preventDefault();
    event.returnValue = '';
    closingAfterSave = true;
    void flushUnsaved().then(close);
    return;
  }
  beginUnload();
  void flushUnsaved();
}

/** Installs the listeners once, for the app's lifetime. */
export function installUnsavedGuard(target: Window = window): void {
  const electron = typeof target.precis?.invoke === 'function';
  target.addEventListener('beforeunload', (event) => onBeforeUnload(event, electron, () => target.close()));
  target.addEventListener('pagehide', () => {
    beginUnload();
    void flushUnsaved();
  });
}
