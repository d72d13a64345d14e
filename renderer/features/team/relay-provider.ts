/**
 * The note editor's collaboration provider. The page may open no socket (sandbox, CSP), so
 * this provider relays through the API: the editor's Yjs updates go to the main side with
 * `sync:push` (which stores them before it answers), its cursor with `sync:awareness`, and a
 * long poll on `sync:next` brings back teammates' edits and cursors. It implements the
 * Provider interface Lexical's CollaborationPlugin expects; the body comes from the replica
 * (no bootstrap here: the main side wrote an existing note's body once, when it was shared).
 */
import type { Provider, ProviderAwareness } from '@lexical/yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { ApiCallError, call } from '../../api/client.ts';

type Listener = (...args: never[]) => void;

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** How long one poll waits on the main side for news. */
const POLL_MS = 20_000;

export class RelayProvider implements Provider {
  readonly doc: Y.Doc;
  readonly awareness: ProviderAwareness;
  private readonly yAwareness: Awareness;
  private readonly noteId: string;
  private readonly readOnly: boolean;
  private readonly listeners = new Map<string, Set<Listener>>();
  private session: string | undefined;
  private connected = false;
  private queue: Uint8Array[] = [];
  private inFlight: Promise<void> | undefined;
  /** The update `inFlight` carries (sent again, merged with the queue, if the page closes before it is stored). */
  private inFlightUpdate: Uint8Array | undefined;
  private awarenessTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private onPendingChange: ((pending: number) => void) | undefined;

  constructor(noteId: string, doc: Y.Doc, readOnly: boolean, onPendingChange?: (pending: number) => void) {
    this.noteId = noteId;
    this.doc = doc;
    this.readOnly = readOnly;
    this.onPendingChange = onPendingChange;
    this.yAwareness = new Awareness(doc);
    this.awareness = this.yAwareness as unknown as ProviderAwareness;
    doc.on('update', this.onDocUpdate);
    this.yAwareness.on('update', this.onAwarenessUpdate);
    window.addEventListener('pagehide', this.flushOnHide);
  }

  on(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  off(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  private emit(type: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(type) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  /** Changes not yet stored by the main side. */
  get pending(): number {
    return this.queue.length + (this.inFlight ? 1 : 0);
  }

  async connect(): Promise<void> {
    const generation = ++this.generation;
    this.emit('status', { status: 'connecting' });
    let opened;
    try {
      opened = await call('sync:open', { kind: 'note', id: this.noteId });
    } catch {
      if (generation === this.generation) setTimeout(() => void this.connect(), 2000);
      return;
    }
    if (generation !== this.generation) {
      void call('sync:close', { session: opened.session }).catch(() => {});
      return;
    }
    this.session = opened.session;
    this.connected = true;
    const state = fromBase64(opened.state);
    Y.applyUpdate(this.doc, state, this);
    // Whatever this page has that the main side does not (edits made while the session was down) goes now.
    const missing = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVectorFromUpdate(state));
    if (!this.readOnly && missing.length > 2) this.enqueue(missing);
    this.emit('status', { status: 'connected' });
    this.emit('sync', true);
    this.sendAwareness();
    void this.poll(generation);
  }

  disconnect(): void {
    this.generation++;
    this.connected = false;
    const session = this.session;
    this.session = undefined;
    removeAwarenessStates(this.yAwareness, [this.doc.clientID], this);
    if (session) void call('sync:close', { session }, { keepalive: true }).catch(() => {});
    this.emit('status', { status: 'disconnected' });
  }

  destroy(): void {
    this.disconnect();
    this.doc.off('update', this.onDocUpdate);
    this.yAwareness.off('update', this.onAwarenessUpdate);
    this.yAwareness.destroy();
    window.removeEventListener('pagehide', this.flushOnHide);
  }

  private async poll(generation: number): Promise<void> {
    while (generation === this.generation && this.session) {
      try {
        const batch = await call('sync:next', { session: this.session, timeoutMs: POLL_MS });
        if (generation !== this.generation) return;
        if (batch.closed) {
          // The main side ended the session (restarted, or the item moved on after a purge): open a new one.
          void this.connect();
          return;
        }
        for (const update of batch.updates) Y.applyUpdate(this.doc, fromBase64(update), this);
        for (const update of batch.awareness) applyAwarenessUpdate(this.yAwareness, fromBase64(update), this);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.readOnly) return;
    this.enqueue(update);
  };

  private enqueue(update: Uint8Array): void {
    this.queue.push(update);
    this.onPendingChange?.(this.pending);
    void this.flush();
  }

  /** One push at a time; what piles up meanwhile goes as one merged update. */
  private async flush(): Promise<void> {
    if (this.inFlight || this.queue.length === 0 || !this.session) return;
    const batch = this.queue;
    this.queue = [];
    const update = batch.length === 1 ? (batch[0] as Uint8Array) : Y.mergeUpdates(batch);
    const session = this.session;
    this.inFlightUpdate = update;
    this.inFlight = call('sync:push', { session, update: toBase64(update) }, { keepalive: true }).then(
      () => undefined,
      (error: unknown) => {
        // Not stored: keep it, and try again (after reopening the session if it ended).
        this.queue.unshift(update);
        if (error instanceof ApiCallError && error.code === 'not-found') void this.connect();
        else return new Promise<void>((resolve) => setTimeout(resolve, 1000));
      },
    );
    await this.inFlight;
    this.inFlight = undefined;
    this.inFlightUpdate = undefined;
    this.onPendingChange?.(this.pending);
    if (this.queue.length > 0) void this.flush();
  }

  // Pushes are sent as keep-alive requests: one under way when the page closes still arrives.
  // Closing the session at once takes this page's cursor off everyone's screen (a page that
  // comes back from the back/forward cache opens a new session when its next poll says so).
  // What waits behind a push still under way would never be sent once the page is gone: it goes
  // now, merged with the update under way (storing an update twice changes nothing).
  private readonly flushOnHide = (): void => {
    const session = this.session;
    if (this.inFlight && this.queue.length > 0 && session) {
      const unsent = Y.mergeUpdates([...(this.inFlightUpdate ? [this.inFlightUpdate] : []), ...this.queue]);
      void call('sync:push', { session, update: toBase64(unsent) }, { keepalive: true }).catch(() => {});
      return;
    }
    void this.flush();
    if (session && this.queue.length === 0 && !this.inFlight) {
      void call('sync:close', { session }, { keepalive: true }).catch(() => {});
    }
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    if (![...added, ...updated, ...removed].includes(this.doc.clientID)) return;
    // Cursor moves come in bursts: one relay every 80 ms is plenty.
    clearTimeout(this.awarenessTimer);
    this.awarenessTimer = setTimeout(() => this.sendAwareness(), 80);
  };

  private sendAwareness(): void {
    if (!this.session || !this.connected) return;
    const update = encodeAwarenessUpdate(this.yAwareness, [this.doc.clientID]);
    void call('sync:awareness', { session: this.session, update: toBase64(update) }).catch(() => {});
  }
}
