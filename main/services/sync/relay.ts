/**
 * The renderer's live editing goes through the API, never its own socket (the page is
 * sandboxed, its CSP allows no connection): each open note editor is a relay session. The
 * editor pushes its Yjs and awareness updates with `sync:push` / `sync:awareness`; it
 * long-polls `sync:next` for everything else that happened to the replica (a teammate's
 * typing, another window's) and for collaborators' cursors.
 */
import { randomBytes } from 'node:crypto';
import {
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
  type Awareness,
} from 'y-protocols/awareness';
import * as Y from 'yjs';

/** A session whose page stopped polling this long ago is gone (a closed tab). */
const SESSION_IDLE_MS = 60_000;

export interface RelayBatch {
  updates: Uint8Array[];
  awareness: Uint8Array[];
}

export class RelaySession {
  readonly id = randomBytes(16).toString('base64url');
  readonly key: string;
  readonly readOnly: boolean;
  /** Awareness clients this page speaks for (its editor's Yjs client). */
  readonly clients = new Set<number>();
  lastSeen = Date.now();
  private updates: Uint8Array[] = [];
  private awareness: Uint8Array[] = [];
  private wake: (() => void) | undefined;

  constructor(key: string, readOnly: boolean) {
    this.key = key;
    this.readOnly = readOnly;
  }

  queueUpdate(update: Uint8Array): void {
    this.updates.push(update);
    this.wake?.();
  }

  queueAwareness(update: Uint8Array): void {
    this.awareness.push(update);
    this.wake?.();
  }

  /** What arrived since the last call, waiting up to `timeoutMs` for something to arrive. */
  async next(timeoutMs: number): Promise<RelayBatch> {
    this.lastSeen = Date.now();
    if (this.updates.length === 0 && this.awareness.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = undefined;
          resolve();
        }, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = undefined;
          resolve();
        };
      });
    }
    this.lastSeen = Date.now();
    // Many small updates travel as one.
    const updates = this.updates.length > 1 ? [Y.mergeUpdates(this.updates)] : this.updates;
    const batch = { updates, awareness: this.awareness };
    this.updates = [];
    this.awareness = [];
    return batch;
  }

  /** Ends a waiting poll at once (the session is closing). */
  release(): void {
    this.wake?.();
  }

  idle(now = Date.now()): boolean {
    return now - this.lastSeen > SESSION_IDLE_MS && this.wake === undefined;
  }
}

/** Applies a page's awareness update to the replica's awareness, remembering which clients it speaks for. */
export function applySessionAwareness(awareness: Awareness, session: RelaySession, update: Uint8Array): void {
  const note = ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin === session) for (const client of [...added, ...updated]) session.clients.add(client);
  };
  awareness.on('update', note);
  try {
    applyAwarenessUpdate(awareness, update, session);
  } finally {
    awareness.off('update', note);
  }
}

/** Tells everyone the page's cursors are gone. */
export function dropSessionAwareness(awareness: Awareness, session: RelaySession): void {
  const present = [...session.clients].filter((client) => awareness.getStates().has(client));
  if (present.length > 0) removeAwarenessStates(awareness, present, session);
}

export function encodeAwareness(awareness: Awareness, clients: number[]): Uint8Array {
  return encodeAwarenessUpdate(awareness, clients);
}
