/**
 * The team sync engine (issue 17): plain Node, no Electron, started and stopped with the
 * library session, so it runs wherever the API services run.
 *
 * It keeps one Yjs replica per shared note, pack and document (sync_replicas and
 * sync_pending, migration 010), connects them to the team server through Hocuspocus
 * providers on one WebSocket, and keeps the library's tables — still the query engine —
 * in step with them both ways:
 *
 *   a save through the API        → the mirror writes what changed into the replica
 *   a teammate's update arrives   → the mirror writes the replica into the tables
 *   the note editor types         → relay session → replica → tables (and the server)
 *
 * Every change to a replica is appended to sync_pending (committed) before anything else
 * sees it: what the editor was told is saved, is. Changes wait there, counted as "waiting",
 * until the server acknowledges them (Hocuspocus' sync status), which it does only once it
 * has stored them. Offline, everything works the same and waits; on reconnect the Yjs sync
 * exchange merges both sides.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  documentName,
  INDEX_ITEMS,
  indexName,
  parseRefusal,
  TeamItemSchema,
  withinCeiling,
  type ItemKind,
  type TeamItem,
} from '../../../shared/team/protocol.ts';
import type { AppEvents } from '../api/events.ts';
import type { Database } from '../store/database.ts';
import {
  appendPending,
  countWaiting,
  foldPending,
  getMembership,
  getReplica,
  insertReplica,
  isBlobUploaded,
  lastPendingId,
  listPending,
  listReplicas,
  markAcked,
  markBlobUploaded,
  markReplicaSynced,
  mergeIntoPending,
  pendingAfter,
  putMembership,
  resetReplica,
  setReplicaRefused,
  deleteNoteHistory,
  deleteReplica,
  listExportsToAudit,
  putExportsToAudit,
  type Membership,
} from '../store/sync.store.ts';
import { getDocument, getOriginalBytes } from '../store/documents.store.ts';
import { MIRRORS, type ItemRef } from './mirrors/index.ts';
import {
  applySessionAwareness,
  dropSessionAwareness,
  encodeAwareness,
  RelaySession,
  type RelayBatch,
} from './relay.ts';
import { FROM_ELSEWHERE, FROM_LIBRARY, LOADING, Replica, replicaKey } from './replica.ts';
export { FROM_ENGINE } from './replica.ts';
import { ServerApi, SyncProblem } from './server-api.ts';
import type { RefusedItem, SyncStatus } from './status.ts';

export interface SyncEngineOptions {
  db: Database;
  events: AppEvents;
  logError: (where: string, error: unknown) => void;
  /** Long-running shells (app, browser mode) stay connected; the CLI connects for one round trip. */
  live: boolean;
  /** Reconnection backoff ceiling (tests shorten it). */
  maxReconnectDelayMs?: number;
}

export interface RoundTrip {
  pushed: number;
  pulled: number;
  conflicts: number;
  refused: number;
}

/** How often a live engine also asks the server for the team's item list (the index carries news at once). */
const ITEMS_INTERVAL_MS = 30_000;
/** How often it looks for changes another process (the CLI) stored. */
const PICKUP_INTERVAL_MS = 1000;
/** How long after a change the tables are updated from a replica (typing comes in bursts). */
const READ_DELAY_MS = 150;
/** Local changes this close together count (and are stored) as one change waiting. */
const BURST_MS = 2000;
/** A replica's pending rows are folded into its state past this many. */
const FOLD_AFTER = 200;
/** How long to wait before trying a server that did not answer or refused us. */
const RETRY_MS = 5000;

interface Attached {
  provider: HocuspocusProvider;
  awareness: Awareness;
}

export class SyncEngine {
  private readonly db: Database;
  private readonly events: AppEvents;
  private readonly logError: SyncEngineOptions['logError'];
  private readonly live: boolean;
  private readonly maxReconnectDelayMs: number;
  private readonly replicas = new Map<string, Replica>();
  private readonly attached = new Map<string, Attached>();
  private readonly sessions = new Map<string, RelaySession>();
  private readonly readTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly blobs = new Map<string, Uint8Array>();
  private readonly waitingBlobs = new Map<string, Set<string>>();
  private readonly refusedNow = new Map<string, RefusedItem>();
  private websocket: HocuspocusProviderWebsocket | undefined;
  /** The team's index (server/sync-server.ts): new items and purges arrive through it at once. */
  private index: { doc: Y.Doc; provider: HocuspocusProvider } | undefined;
  private api: ServerApi | undefined;
  private problem: SyncProblem | undefined;
  private online = false;
  private connecting = false;
  private stopped = false;
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private seenPending = 0;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private lastStatusJson = '';
  /** What the current round trip saw: items sent (acknowledged) and received. */
  private trip: { pushed: Set<string>; pulled: Set<string> } | undefined;

  constructor(options: SyncEngineOptions) {
    this.db = options.db;
    this.events = options.events;
    this.logError = options.logError;
    this.live = options.live;
    this.maxReconnectDelayMs = options.maxReconnectDelayMs ?? 10_000;
  }

  membership(): Membership | undefined {
    return getMembership(this.db);
  }

  /** Loads the replicas and, for a long-running shell in a team, connects. */
  start(): void {
    this.seenPending = lastPendingId(this.db);
    if (!this.membership()) return;
    for (const row of listReplicas(this.db)) this.load(row.kind, row.itemId);
    if (this.live) {
      void this.connect();
      this.timers.push(setInterval(() => this.pickUpElsewhere(), PICKUP_INTERVAL_MS));
      this.timers.push(
        setInterval(() => void this.refreshItems().catch((e: unknown) => this.onProblem(e)), ITEMS_INTERVAL_MS),
      );
      this.timers.push(setInterval(() => this.expireSessions(), 15_000));
    }
  }

  /** Disconnects, writes every pending read to the tables, folds the replicas, and lets go. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.statusTimer);
    for (const key of [...this.readTimers.keys()]) this.readNow(key);
    for (const session of this.sessions.values()) session.release();
    this.sessions.clear();
    this.disconnect();
    for (const replica of this.replicas.values()) {
      if (this.db.isOpen) this.fold(replica, true);
      replica.destroy();
    }
    this.replicas.clear();
  }

  // ---------------------------------------------------------------- replicas

  private load(kind: ItemKind, itemId: string): Replica | undefined {
    const key = replicaKey(kind, itemId);
    const existing = this.replicas.get(key);
    if (existing) return existing;
    const row = getReplica(this.db, kind, itemId);
    if (!row) return undefined;
    const replica = new Replica(kind, itemId, row.generation, row.state, listPending(this.db, kind, itemId));
    this.seenPending = Math.max(this.seenPending, replica.appliedUpto);
    this.observe(replica);
    this.replicas.set(key, replica);
    if (row.refused) {
      const refusal = parseRefusal(row.refused);
      this.refusedNow.set(key, { kind, id: itemId, code: refusal?.code ?? 'refused', detail: refusal?.detail ?? '' });
    }
    return replica;
  }

  private observe(replica: Replica): void {
    const doc = replica.doc;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADING || doc !== replica.doc) return;
      this.forwardToSessions(replica, update, origin);
      if (origin === FROM_ELSEWHERE) return this.scheduleStatus();
      const remote = origin instanceof HocuspocusProvider;
      if (!remote) replica.changedHere = true;
      const id = remote
        ? appendPending(this.db, replica.kind, replica.itemId, 'remote', update)
        : this.storeLocal(replica, update);
      replica.appliedUpto = id;
      this.seenPending = Math.max(this.seenPending, id);
      if (remote) this.trip?.pulled.add(replica.key);
      // A save through the API already wrote the tables; everything else is read into them.
      if (origin !== FROM_LIBRARY) this.scheduleRead(replica);
      if (!remote) this.scheduleStatus();
      if (listPendingCount(replica) > FOLD_AFTER) this.fold(replica, false);
    });
  }

  /**
   * A local change, stored before anything else sees it. A burst (changes less than BURST_MS
   * apart) goes into this process's previous row while that row still waits for the server,
   * so "n changes waiting" counts edits, not keystrokes.
   */
  private storeLocal(replica: Replica, update: Uint8Array): number {
    const now = Date.now();
    const open = replica.openRow;
    if (
      open &&
      now - open.at < BURST_MS &&
      mergeIntoPending(this.db, open.id, update, (parts) => Y.mergeUpdates(parts))
    ) {
      open.at = now;
      return open.id;
    }
    const id = appendPending(this.db, replica.kind, replica.itemId, 'local', update);
    replica.openRow = { id, at: now };
    return id;
  }

  private fold(replica: Replica, all: boolean): void {
    replica.pendingSinceFold = 0;
    if (!all && replica.appliedUpto === 0) return;
    foldPending(this.db, replica.kind, replica.itemId, (parts) => Y.mergeUpdates(parts));
  }

  /** Whether the item is shared with the team (has a replica). */
  isShared(kind: ItemKind, itemId: string): boolean {
    return (
      this.membership() !== undefined &&
      (this.replicas.has(replicaKey(kind, itemId)) || getReplica(this.db, kind, itemId) !== undefined)
    );
  }

  /**
   * Whether this library may not change any of these items: a reader's library, and at least
   * one of them shared. The server would drop the change (a reader's connection is read-only),
   * so the call is refused before it writes anything rather than shown here and never sent.
   */
  refusesWrite(refs: readonly ItemRef[]): boolean {
    if (refs.length === 0 || this.membership()?.role !== 'reader') return false;
    return refs.some((ref) => this.isShared(ref.kind, ref.id));
  }

  /**
   * Shares an item (and what it needs on the other side: a note's cited documents, a pack's
   * notes and documents). Above the team's ceiling it is not shared: it is recorded as
   * refused and nothing of it leaves this computer.
   */
  share(kind: ItemKind, itemId: string, seen = new Set<string>()): void {
    const membership = this.membership();
    // A reader's items stay theirs: the server would accept none of it.
    if (!membership || membership.role === 'reader' || seen.has(replicaKey(kind, itemId))) return;
    seen.add(replicaKey(kind, itemId));
    const mirror = MIRRORS[kind];
    if (!mirror.exists(this.db, itemId)) return;
    if (!getReplica(this.db, kind, itemId)) {
      insertReplica(this.db, { kind, itemId, generation: 0, state: Y.encodeStateAsUpdate(new Y.Doc()) });
    }
    const replica = this.load(kind, itemId);
    if (!replica) return;
    this.writeFromLibrary(replica);
    if (kind === 'document') void this.uploadBlob(itemId);
    for (const need of mirror.needs(this.db, itemId)) this.share(need.kind, need.id, seen);
  }

  /** After a save through the API: the library's state of the item goes into its replica. */
  private writeFromLibrary(replica: Replica): void {
    const mirror = MIRRORS[replica.kind];
    const membership = this.membership();
    if (!membership) return;
    const marking = mirror.marking(this.db, replica.itemId);
    if (!withinCeiling(marking, membership.ceiling)) {
      // Classified above the team's ceiling: it stays here; the team keeps what it had.
      this.refuse(replica, `refused:ceiling: marked ${marking}, above the team's ceiling (${membership.ceiling})`);
      return;
    }
    if (this.refusedNow.get(replica.key)?.code === 'ceiling') this.unrefuse(replica);
    mirror.write(this.db, replica.itemId, replica, FROM_LIBRARY);
    this.attach(replica);
    replica.changedHere = false;
    this.afterChange?.(replica);
  }

  private refuse(replica: Replica, reason: string): void {
    const refusal = parseRefusal(reason);
    setReplicaRefused(this.db, replica.kind, replica.itemId, reason);
    this.refusedNow.set(replica.key, {
      kind: replica.kind,
      id: replica.itemId,
      code: refusal?.code ?? 'refused',
      detail: refusal?.detail ?? reason,
    });
    this.detach(replica.key);
    this.scheduleStatus();
  }

  private unrefuse(replica: Replica): void {
    setReplicaRefused(this.db, replica.kind, replica.itemId, null);
    this.refusedNow.delete(replica.key);
    this.scheduleStatus();
  }

  /** Which items an API call changed: the engine writes them into their replicas. */
  afterWrite(refs: readonly ItemRef[], created: boolean): void {
    const membership = this.membership();
    if (!membership) return;
    for (const ref of refs) {
      if (this.isShared(ref.kind, ref.id)) {
        const replica = this.load(ref.kind, ref.id);
        if (replica) {
          this.writeFromLibrary(replica);
          for (const need of MIRRORS[ref.kind].needs(this.db, ref.id)) this.share(need.kind, need.id);
        }
      } else if (created && membership.shareNew) {
        this.share(ref.kind, ref.id);
      }
    }
  }

  // ------------------------------------------------------------- reading back

  private scheduleRead(replica: Replica): void {
    if (this.readTimers.has(replica.key)) return;
    this.readTimers.set(
      replica.key,
      setTimeout(() => this.readNow(replica.key), READ_DELAY_MS),
    );
  }

  /** Writes a replica into the library's tables now (pending reads are flushed on stop and round trips). */
  readNow(key: string): void {
    clearTimeout(this.readTimers.get(key));
    this.readTimers.delete(key);
    const replica = this.replicas.get(key);
    if (!replica || !this.db.isOpen) return;
    try {
      const outcome = MIRRORS[replica.kind].read(this.db, replica.itemId, replica, {
        blob: (sha256) => this.blobs.get(sha256),
      });
      if (!outcome.done) {
        const waiting = this.waitingBlobs.get(outcome.needsBlob) ?? new Set<string>();
        waiting.add(key);
        this.waitingBlobs.set(outcome.needsBlob, waiting);
        void this.fetchBlob(outcome.needsBlob);
        return;
      }
      if (replica.changedHere) {
        replica.changedHere = false;
        this.afterChange?.(replica);
      }
      this.events.emit({ type: 'team-item-changed', kind: replica.kind, id: replica.itemId });
    } catch (error) {
      this.logError('sync-read', error);
    }
  }

  /** Set by the library session: what to check after this library changed an item (an edit after approval). */
  afterChange: ((replica: Replica) => void) | undefined;

  // ------------------------------------------------------------- connection

  private async connect(): Promise<void> {
    const membership = this.membership();
    if (!membership || this.stopped || this.websocket || this.connecting) return;
    this.connecting = true;
    this.scheduleStatus();
    try {
      const api = new ServerApi(membership.serverUrl, membership.token);
      await api.info();
      const who = await api.whoami();
      if (who.role !== membership.role || who.ceiling !== membership.ceiling || who.name !== membership.userName) {
        putMembership(this.db, { ...membership, role: who.role, ceiling: who.ceiling, userName: who.name });
      }
      this.api = api;
      this.problem = undefined;
      if (this.stopped) return;
      this.websocket = new HocuspocusProviderWebsocket({
        url: `${api.ws}/?protocol=1`,
        maxDelay: this.maxReconnectDelayMs,
        minDelay: 500,
        delay: 500,
        // A cut link can stay silent: reconnect when nothing arrives for this long.
        messageReconnectTimeout: 30_000,
      });
      this.websocket.on('status', ({ status }: { status: WebSocketStatus }) => {
        this.online = status === WebSocketStatus.Connected;
        if (this.online) this.cleared();
        if (this.online) void this.flushExports();
        this.scheduleStatus();
      });
      for (const replica of this.replicas.values()) this.attach(replica);
      this.attachIndex(membership.team, membership.token);
      await this.refreshItems();
      for (const replica of this.replicas.values())
        if (replica.kind === 'document') void this.uploadBlob(replica.itemId);
      void this.flushExports();
    } catch (error) {
      this.onProblem(error);
      this.disconnect();
      if (this.live && !this.stopped) this.retryTimer = setTimeout(() => void this.connect(), RETRY_MS);
    } finally {
      this.connecting = false;
      this.scheduleStatus();
    }
  }

  /**
   * A failure talking to the server. While connected (or reconnecting), an unreachable server
   * is the network being down: the socket's state says "offline" and the next success clears
   * it. Anything else (a refused token, another version…) is an error until a success clears it.
   */
  private onProblem(error: unknown): void {
    if (error instanceof SyncProblem) {
      if (!(this.websocket && error.code === 'unreachable')) this.problem = error;
    } else this.logError('sync', error);
    this.scheduleStatus();
  }

  private cleared(): void {
    if (this.problem && (this.problem.code === 'unreachable' || this.problem.code === 'server')) {
      this.problem = undefined;
      this.scheduleStatus();
    }
  }

  private attachIndex(team: string, token: string): void {
    if (!this.websocket || this.index) return;
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.websocket,
      name: indexName(team),
      token,
      document: doc,
    });
    const items = doc.getMap(INDEX_ITEMS);
    items.observe((event) => {
      for (const key of event.keysChanged) {
        const [kind, itemId] = key.split('/');
        const value = items.get(key);
        if (typeof value !== 'string') continue;
        try {
          const parsed = TeamItemSchema.safeParse({ kind, itemId, ...(JSON.parse(value) as object) });
          if (parsed.success) this.adopt(parsed.data);
        } catch {
          // not an index entry: ignore it
        }
      }
    });
    this.index = { doc, provider };
    provider.attach();
  }

  private disconnect(): void {
    if (this.index) {
      this.index.provider.destroy();
      this.index.doc.destroy();
      this.index = undefined;
    }
    for (const key of [...this.attached.keys()]) this.detach(key);
    this.websocket?.destroy();
    this.websocket = undefined;
    this.online = false;
  }

  private attach(replica: Replica): void {
    const membership = this.membership();
    if (!membership || !this.websocket || this.attached.has(replica.key) || this.refusedNow.has(replica.key)) return;
    const awareness = new Awareness(replica.doc);
    // The main process is not a collaborator: only the pages it relays for show cursors.
    awareness.setLocalState(null);
    const provider = new HocuspocusProvider({
      websocketProvider: this.websocket,
      name: documentName({
        team: membership.team,
        kind: replica.kind,
        itemId: replica.itemId,
        generation: replica.generation,
      }),
      token: membership.token,
      document: replica.doc,
      awareness,
    });
    const acknowledge = () => {
      if (!provider.isSynced || provider.hasUnsyncedChanges || !this.db.isOpen) return;
      if (markAcked(this.db, replica.kind, replica.itemId, replica.appliedUpto) > 0) this.trip?.pushed.add(replica.key);
      markReplicaSynced(this.db, replica.kind, replica.itemId, new Date().toISOString());
      this.scheduleStatus();
    };
    provider.on('synced', acknowledge);
    provider.on('unsyncedChanges', acknowledge);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => this.onRefused(replica, reason));
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (parseRefusal(event.reason)) this.onRefused(replica, event.reason ?? '');
    });
    awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = [...added, ...updated, ...removed];
        for (const session of this.sessions.values()) {
          if (session.key !== replica.key || origin === session) continue;
          const foreign = changed.filter((client) => !session.clients.has(client));
          if (foreign.length > 0) session.queueAwareness(encodeAwareness(awareness, foreign));
        }
      },
    );
    this.attached.set(replica.key, { provider, awareness });
    provider.attach();
  }

  private detach(key: string): void {
    const entry = this.attached.get(key);
    if (!entry) return;
    this.attached.delete(key);
    entry.provider.destroy();
    entry.awareness.destroy();
  }

  private onRefused(replica: Replica, reason: string): void {
    const refusal = parseRefusal(reason);
    if (refusal?.code === 'token' || refusal?.code === 'expired' || refusal?.code === 'protocol') {
      // The whole membership is refused, not this item: say so and try again later.
      this.problem = new SyncProblem(refusal.code === 'protocol' ? 'version' : refusal.code, refusal.detail);
      this.disconnect();
      if (this.live && !this.stopped) this.retryTimer = setTimeout(() => void this.connect(), RETRY_MS * 2);
      this.scheduleStatus();
      return;
    }
    if (refusal?.code === 'revoked') {
      this.detach(replica.key);
      void this.refreshItems().catch((error: unknown) => this.onProblem(error));
      return;
    }
    this.refuse(replica, reason);
  }

  /**
   * Asks the server for the team's items: creates replicas for items this library does not
   * have yet, and moves purged ones to their new generation (their old copy and history go).
   */
  async refreshItems(): Promise<void> {
    const membership = this.membership();
    if (!this.api || !membership) return;
    const items = await this.api.items();
    this.cleared();
    const byKey = new Map(items.map((item) => [replicaKey(item.kind, item.itemId), item]));
    for (const item of items) this.adopt(item);
    for (const replica of [...this.replicas.values()]) {
      const item = byKey.get(replica.key);
      if (!item && replica.generation > 0 && !this.refusedNow.has(replica.key)) {
        // Dropped by a purge: it no longer exists for the team.
        this.refuse(replica, 'refused:revoked: removed from the team by a purge');
      }
    }
    if (membership.role === 'reader') this.dropUnsendable(new Set(byKey.keys()));
  }

  /**
   * A reader's library (a role lowered while changes waited) can never send its waiting
   * changes: the server drops them. Rather than show them as waiting, and as written, for ever,
   * they go: the item takes the team's copy again; an item the team never had becomes this
   * library's own again.
   */
  private dropUnsendable(onServer: ReadonlySet<string>): void {
    for (const [key, count] of countWaiting(this.db)) {
      if (count === 0 || this.refusedNow.has(key)) continue;
      const replica = this.replicas.get(key);
      if (!replica) continue;
      this.detach(key);
      for (const session of this.sessions.values()) if (session.key === key) session.release();
      if (!onServer.has(key)) {
        deleteReplica(this.db, replica.kind, replica.itemId);
        replica.destroy();
        this.replicas.delete(key);
        continue;
      }
      const empty = Y.encodeStateAsUpdate(new Y.Doc());
      resetReplica(this.db, replica.kind, replica.itemId, replica.generation, empty);
      replica.reset(replica.generation, empty);
      this.observe(replica);
      this.attach(replica);
    }
    this.scheduleStatus();
  }

  private adopt(item: TeamItem): void {
    const key = replicaKey(item.kind, item.itemId);
    const row = getReplica(this.db, item.kind, item.itemId);
    const membership = this.membership();
    if (!membership || !withinCeiling(item.marking, membership.ceiling)) return;
    if (!row) {
      insertReplica(this.db, {
        kind: item.kind,
        itemId: item.itemId,
        generation: item.generation,
        state: Y.encodeStateAsUpdate(new Y.Doc()),
      });
      const replica = this.load(item.kind, item.itemId);
      if (replica) this.attach(replica);
      return;
    }
    if (row.generation < item.generation) this.moveToGeneration(key, item);
    else {
      const replica = this.load(item.kind, item.itemId);
      if (replica) this.attach(replica);
    }
  }

  /** A purge: drop the old replica, its pending changes and (for a note) its local history. */
  private moveToGeneration(key: string, item: TeamItem): void {
    this.detach(key);
    resetReplica(this.db, item.kind, item.itemId, item.generation, Y.encodeStateAsUpdate(new Y.Doc()));
    if (item.kind === 'note') deleteNoteHistory(this.db, item.itemId);
    this.refusedNow.delete(key);
    const replica = this.replicas.get(key);
    if (replica) {
      replica.reset(item.generation, Y.encodeStateAsUpdate(new Y.Doc()));
      this.observe(replica);
      for (const session of this.sessions.values()) if (session.key === key) session.release();
      this.attach(replica);
    } else {
      const loaded = this.load(item.kind, item.itemId);
      if (loaded) this.attach(loaded);
    }
  }

  /** Changes stored by another process (the CLI beside the app) join this replica and go out. */
  private pickUpElsewhere(): void {
    if (!this.db.isOpen) return;
    const rows = pendingAfter(this.db, this.seenPending);
    for (const row of rows) {
      this.seenPending = Math.max(this.seenPending, row.id);
      const replica = this.replicas.get(replicaKey(row.kind, row.itemId)) ?? this.load(row.kind, row.itemId);
      if (!replica) continue;
      Y.applyUpdate(replica.doc, row.data, FROM_ELSEWHERE);
      replica.appliedUpto = Math.max(replica.appliedUpto, row.id);
      this.attach(replica);
    }
  }

  // ------------------------------------------------------------------ blobs

  private async uploadBlob(documentId: string): Promise<void> {
    const document = getDocument(this.db, documentId);
    if (!document || !this.api || isBlobUploaded(this.db, document.source.sha256)) return;
    try {
      if (!(await this.api.hasBlob(document.source.sha256))) {
        const bytes = getOriginalBytes(this.db, documentId);
        if (!bytes) return;
        await this.api.putBlob(document.source.sha256, bytes);
      }
      if (this.db.isOpen) markBlobUploaded(this.db, document.source.sha256);
    } catch (error) {
      this.onProblem(error);
    }
  }

  private async fetchBlob(sha256: string): Promise<void> {
    if (!this.api || this.blobs.has(sha256)) return;
    try {
      const bytes = await this.api.getBlob(sha256);
      if (!bytes) return;
      this.blobs.set(sha256, bytes);
      for (const key of this.waitingBlobs.get(sha256) ?? []) this.readNow(key);
      this.waitingBlobs.delete(sha256);
      this.blobs.delete(sha256);
    } catch (error) {
      this.onProblem(error);
    }
  }

  // ----------------------------------------------------------------- status

  status(): SyncStatus {
    const membership = this.membership();
    if (!membership) {
      return { state: 'off', waiting: 0, problem: null, refused: [], team: null, shared: 0, lastSyncedAt: null };
    }
    let waiting = 0;
    for (const [key, count] of countWaiting(this.db)) if (!this.refusedNow.has(key)) waiting += count;
    const replicas = listReplicas(this.db);
    const lastSyncedAt =
      replicas
        .map((r) => r.syncedAt)
        .filter((t): t is string => t !== null)
        .sort()
        .at(-1) ?? null;
    const state = this.problem
      ? 'error'
      : this.connecting
        ? 'connecting'
        : !this.online
          ? 'offline'
          : waiting > 0
            ? 'waiting'
            : 'saved';
    return {
      state,
      waiting,
      problem: this.problem ? { code: this.problem.code, detail: this.problem.detail } : null,
      refused: [...this.refusedNow.values()],
      team: {
        name: membership.team,
        server: membership.serverUrl,
        user: membership.userName,
        role: membership.role,
        ceiling: membership.ceiling,
      },
      shared: replicas.length,
      lastSyncedAt,
    };
  }

  /** Status changes reach the page as an event, at most a few times a second. */
  private scheduleStatus(): void {
    if (this.statusTimer || this.stopped) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      if (!this.db.isOpen) return;
      const status = this.status();
      const json = JSON.stringify(status);
      if (json === this.lastStatusJson) return;
      this.lastStatusJson = json;
      this.events.emit({ type: 'sync-status' });
    }, 250);
  }

  // ------------------------------------------------------------ round trip

  /**
   * One round trip for the CLI: connect, send what waits, receive what is new, write it into
   * the library, disconnect. Counts are of items.
   */
  async roundTrip(timeoutMs = 60_000): Promise<RoundTrip> {
    const membership = this.membership();
    if (!membership) throw new SyncProblem('token', 'not in a team');
    this.trip = { pushed: new Set(), pulled: new Set() };
    // A live engine stays connected ("Sync now" in the app); the CLI connects for this trip only.
    const connectedBefore = this.websocket !== undefined;
    try {
      if (connectedBefore) await this.refreshItems();
      else await this.connect();
      if (this.problem) throw this.problem;
      const deadline = Date.now() + timeoutMs;
      const settled = () =>
        [...this.attached.values()].every(({ provider }) => provider.isSynced && !provider.hasUnsyncedChanges);
      while (!settled() || this.waitingBlobs.size > 0) {
        if (this.problem) throw this.problem;
        if (Date.now() > deadline) throw new SyncProblem('unreachable', 'timed out');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const key of [...this.readTimers.keys()]) this.readNow(key);
      for (const replica of this.replicas.values())
        if (replica.kind === 'document') await this.uploadBlob(replica.itemId);
      await this.flushExports();
      const { pushed, pulled } = this.trip;
      return {
        pushed: pushed.size,
        pulled: pulled.size,
        conflicts: [...pushed].filter((key) => pulled.has(key)).length,
        refused: this.refusedNow.size,
      };
    } finally {
      this.trip = undefined;
      if (!this.live) this.disconnect();
    }
  }

  // ---------------------------------------------------------------- relay

  /** Opens a live editing session on a shared item for a page (its editor's Yjs doc). */
  openSession(
    kind: ItemKind,
    itemId: string,
  ): { session: RelaySession; state: Uint8Array; replica: Replica } | undefined {
    const membership = this.membership();
    if (!membership || !this.isShared(kind, itemId)) return undefined;
    const replica = this.load(kind, itemId);
    if (!replica) return undefined;
    const provider = this.attached.get(replica.key)?.provider;
    const readOnly = membership.role === 'reader' || provider?.authorizedScope === 'readonly';
    const session = new RelaySession(replica.key, readOnly);
    this.sessions.set(session.id, session);
    const awareness = this.attached.get(replica.key)?.awareness;
    if (awareness) {
      const others = [...awareness.getStates().keys()].filter((client) => client !== awareness.clientID);
      if (others.length > 0) session.queueAwareness(encodeAwareness(awareness, others));
    }
    return { session, state: Y.encodeStateAsUpdate(replica.doc), replica };
  }

  session(id: string): RelaySession | undefined {
    return this.sessions.get(id);
  }

  /** A page's edit: applied to the replica and stored before this returns. */
  push(session: RelaySession, update: Uint8Array): void {
    const replica = this.replicas.get(session.key);
    if (!replica) throw new SyncProblem('server', 'item no longer shared');
    Y.applyUpdate(replica.doc, update, session);
  }

  pushAwareness(session: RelaySession, update: Uint8Array): void {
    const entry = this.attached.get(session.key);
    if (entry) applySessionAwareness(entry.awareness, session, update);
  }

  async next(session: RelaySession, timeoutMs: number): Promise<RelayBatch> {
    return session.next(timeoutMs);
  }

  closeSession(session: RelaySession): void {
    this.sessions.delete(session.id);
    const entry = this.attached.get(session.key);
    if (entry) dropSessionAwareness(entry.awareness, session);
    session.release();
  }

  private forwardToSessions(replica: Replica, update: Uint8Array, origin: unknown): void {
    for (const session of this.sessions.values()) {
      if (session.key === replica.key && origin !== session) session.queueUpdate(update);
    }
  }

  private expireSessions(): void {
    for (const session of [...this.sessions.values()]) if (session.idle()) this.closeSession(session);
  }

  /** The loaded replica of a shared item (for the review, comments and note operations). */
  replica(kind: ItemKind, itemId: string): Replica | undefined {
    if (!this.isShared(kind, itemId)) return undefined;
    return this.load(kind, itemId);
  }

  /** Whether a page is live-editing this item now. */
  hasSession(kind: ItemKind, itemId: string): boolean {
    const key = replicaKey(kind, itemId);
    return [...this.sessions.values()].some((s) => s.key === key);
  }

  /** Reports a printed shared item to the server's audit log (best effort). */
  /**
   * Records that shared items were exported (printed, saved as Word, annotations written out)
   * in the server's audit log. The record is stored in the library first and sent when the
   * server can be reached (now, or after reconnecting), so an export made offline is still
   * audited, once.
   */
  recordExport(refs: readonly ItemRef[]): void {
    const membership = this.membership();
    if (!membership) return;
    const at = new Date().toISOString();
    const records = refs
      .map((ref) => this.replicas.get(replicaKey(ref.kind, ref.id)) ?? this.load(ref.kind, ref.id))
      .filter((replica): replica is Replica => replica !== undefined)
      .map((replica) => ({
        document: documentName({
          team: membership.team,
          kind: replica.kind,
          itemId: replica.itemId,
          generation: replica.generation,
        }),
        at,
      }));
    if (records.length === 0) return;
    putExportsToAudit(this.db, [...listExportsToAudit(this.db), ...records]);
    void this.flushExports();
  }

  /** What a pack's export prints: the pack and the shared notes and documents in it. */
  recordPackExport(packId: string): void {
    this.recordExport([{ kind: 'pack', id: packId }, ...MIRRORS.pack.needs(this.db, packId)]);
  }

  private flushingExports = false;

  /** Sends the stored export records, oldest first; each leaves the library once the server has it. */
  private async flushExports(): Promise<void> {
    if (this.flushingExports || !this.api || !this.db.isOpen) return;
    this.flushingExports = true;
    try {
      for (;;) {
        const [first] = listExportsToAudit(this.db);
        if (!first) return;
        try {
          await this.api.auditExport(first.document, first.at);
        } catch (error) {
          // Unreachable, a token to renew, a server error: it waits. Refused outright: logged, dropped.
          if (error instanceof SyncProblem) return;
          this.logError('sync-audit', error);
        }
        if (!this.db.isOpen) return;
        putExportsToAudit(
          this.db,
          listExportsToAudit(this.db).filter((r) => r.document !== first.document || r.at !== first.at),
        );
      }
    } finally {
      this.flushingExports = false;
    }
  }

  /** Leaves the team: disconnects and forgets the replicas (the items stay in the library). */
  forget(): void {
    this.disconnect();
    for (const replica of this.replicas.values()) replica.destroy();
    this.replicas.clear();
    this.refusedNow.clear();
    this.problem = undefined;
    this.scheduleStatus();
  }

  /** After joining: load and connect (live shells), as at start. */
  joined(): void {
    this.stopped = false;
    this.problem = undefined;
    if (this.live && this.timers.length === 0) {
      this.start();
    } else if (this.live) {
      void this.connect();
    }
  }
}

function listPendingCount(replica: Replica): number {
  replica.pendingSinceFold += 1;
  return replica.pendingSinceFold;
}
