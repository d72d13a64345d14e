/**
 * One shared item's replica in memory: its Y.Doc (loaded from the store's state and pending
 * updates), its generation, and — for a note — the headless Lexical bridge over its body.
 */
import * as Y from 'yjs';
import type { ItemKind } from '../../../shared/team/protocol.ts';
import type { PendingRow } from '../store/sync.store.ts';
import { NoteBridge } from './note-bridge.ts';

/** Origin of the transactions that load a replica from the store: nothing to persist or send. */
export const LOADING = Symbol('loading');
/** Origin of changes written from the library's tables (a local save through the API). */
export const FROM_LIBRARY = Symbol('from-library');
/** Origin of changes the engine makes itself (review moves, comments, appended text): stored, read back, sent. */
export const FROM_ENGINE = Symbol('from-engine');
/** Origin of updates another process (the CLI beside the app) already stored. */
export const FROM_ELSEWHERE = Symbol('from-elsewhere');

export function replicaKey(kind: ItemKind, itemId: string): string {
  return `${kind}/${itemId}`;
}

export class Replica {
  readonly kind: ItemKind;
  readonly itemId: string;
  generation: number;
  doc: Y.Doc;
  /** The highest sync_pending row this doc reflects: acknowledgements never cover more. */
  appliedUpto = 0;
  /** Updates appended since the last fold (folding keeps sync_pending short). */
  pendingSinceFold = 0;
  /** This process's latest local row and when it last grew (a burst of edits goes into it). */
  openRow: { id: number; at: number } | undefined;
  /**
   * A change made in this library (a save, the editor, the engine) not yet read into the
   * tables. Only such a change may return an approved item to Draft here: a teammate's edit is
   * returned to Draft by their own library, in their name.
   */
  changedHere = false;
  private noteBridge: NoteBridge | undefined;

  constructor(kind: ItemKind, itemId: string, generation: number, state: Uint8Array, pending: readonly PendingRow[]) {
    this.kind = kind;
    this.itemId = itemId;
    this.generation = generation;
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, state, LOADING);
    for (const row of pending) {
      Y.applyUpdate(this.doc, row.data, LOADING);
      this.appliedUpto = Math.max(this.appliedUpto, row.id);
    }
  }

  get key(): string {
    return replicaKey(this.kind, this.itemId);
  }

  /** The note body's bridge (notes only), made on first use. */
  bridge(): NoteBridge {
    this.noteBridge ??= new NoteBridge(this.doc);
    return this.noteBridge;
  }

  isBridgeOrigin(origin: unknown): boolean {
    return this.noteBridge !== undefined && origin === this.noteBridge.origin;
  }

  /** A fresh doc for a purged item's next generation (the old one, and its history, are dropped). */
  reset(generation: number, state: Uint8Array): void {
    this.noteBridge?.destroy();
    this.noteBridge = undefined;
    this.doc.destroy();
    this.generation = generation;
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, state, LOADING);
    this.appliedUpto = 0;
  }

  destroy(): void {
    this.noteBridge?.destroy();
    this.noteBridge = undefined;
    this.doc.destroy();
  }
}

/** Sets `key` only when the value differs (an unchanged field makes no update). */
export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  if (typeof value === 'object' && value !== null) {
    const json = JSON.stringify(value);
    if (current !== json) map.set(key, json);
  } else if (current !== value) {
    map.set(key, value);
  }
}

/** A string field of a map ('' when absent). */
export function text(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

/** A field written as JSON by `setIfChanged`, or undefined. */
export function json<T>(map: Y.Map<unknown>, key: string): T | undefined {
  const value = map.get(key);
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}
