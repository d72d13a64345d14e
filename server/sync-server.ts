/**
 * The Précis team server: Hocuspocus on 127.0.0.1 (by default) with Précis' own hooks.
 *
 *   onAuthenticate       token → user; team, generation, ceiling checks (auth.ts); readers
 *                        get a read-only connection
 *   (every few seconds, and before each message) the token again: a user revoked, or a token
 *                        expired, while connected is cut off
 *   onLoadDocument       snapshot + updates from the store
 *   beforeHandleMessage  every update is checked (guard.ts) and appended to the store
 *                        BEFORE Hocuspocus applies and acknowledges it
 *   onStoreDocument      compaction: the stored updates folded into the snapshot
 *   beforeHandleAwareness  a collaborator's shown name is the token's, not what the client says
 *   onRequest            the HTTP API (http-api.ts)
 *
 * With `redis`, several instances share live updates through Redis (Hocuspocus' extension)
 * and their documents through the same PostgreSQL store.
 */
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension, type Hocuspocus } from '@hocuspocus/server';
import type { Socket } from 'node:net';
import * as Y from 'yjs';
import type { Classification } from '../shared/model/classification.ts';
import { INDEX_ITEMS, indexName, refusalReason, TEAM_PROTOCOL, type DocumentAddress } from '../shared/team/protocol.ts';
import { authorizeDocument, createAuthenticator, type Authenticated } from './auth.ts';
import { checkUpdate, Refusal, updateInMessage } from './guard.ts';
import { handleHttp } from './http-api.ts';
import { hashToken } from './tokens.ts';
import type { ServerStore } from './store/types.ts';

export interface SyncServerOptions {
  store: ServerStore;
  version: string;
  port?: number;
  /** Loopback unless an administrator chooses otherwise. */
  host?: string;
  /** `redis://host:port`: share live updates with other instances. */
  redisUrl?: string;
  /** A name for this instance (logs, Redis identity). */
  name?: string;
  /** How long after the last change compaction waits (ms). */
  compactAfterMs?: number;
  /** How often open connections' tokens are checked again (ms). */
  accessCheckMs?: number;
}

export interface ConnectionContext extends Authenticated {
  /** The item the connection is to; null for the team's index. */
  address: DocumentAddress | null;
  /** The SHA-256 of the connection's token: checked again while it stays open. */
  tokenHash: string;
}

export interface SyncServer {
  port: number;
  /** `ws://host:port` */
  url: string;
  httpUrl: string;
  server: Server<ConnectionContext>;
  close: () => Promise<void>;
}

/** How long a revocation check is trusted before asking the store again (a purge by another process). */
const REVOCATION_TTL_MS = 1000;
/** How often open connections' tokens are checked again by default. */
const ACCESS_CHECK_MS = 5000;

function indexEntry(item: { generation: number; marking: Classification; updatedAt: string }): string {
  return JSON.stringify({ generation: item.generation, marking: item.marking, updatedAt: item.updatedAt });
}

function redisTarget(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: Number(parsed.port || 6379) };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { store } = options;
  const authenticate = createAuthenticator(store);
  const revocations = new Map<string, { revoked: boolean; checkedAt: number }>();
  const markings = new Map<string, Classification>();
  const readers = new WeakSet<object>();
  const now = () => new Date().toISOString();

  /** Why a token no longer gives access (revoked, unknown, expired), or null; asked of the store at most once a second. */
  const access = new Map<string, { refusal: string | null; checkedAt: number }>();
  const accessRefusal = async (tokenHash: string): Promise<string | null> => {
    const cached = access.get(tokenHash);
    if (cached && Date.now() - cached.checkedAt < REVOCATION_TTL_MS) return cached.refusal;
    const user = await store.findUserByTokenHash(tokenHash);
    const refusal =
      !user || user.revokedAt
        ? refusalReason('token', 'this token is no longer valid on this server')
        : user.expiresAt && Date.parse(user.expiresAt) <= Date.now()
          ? refusalReason('expired', `this token expired on ${user.expiresAt}`)
          : null;
    access.set(tokenHash, { refusal, checkedAt: Date.now() });
    return refusal;
  };

  const isRevoked = async (name: string): Promise<boolean> => {
    const cached = revocations.get(name);
    if (cached && Date.now() - cached.checkedAt < REVOCATION_TTL_MS) return cached.revoked;
    const revoked = await store.isRevoked(name);
    revocations.set(name, { revoked, checkedAt: Date.now() });
    return revoked;
  };

  const precis: Extension = {
    extensionName: 'precis',
    async onAuthenticate({ token, documentName, requestParameters, connectionConfig }) {
      const protocol = requestParameters.get('protocol');
      if (protocol !== String(TEAM_PROTOCOL)) {
        throw new Refusal(
          refusalReason('protocol', `this server speaks protocol ${TEAM_PROTOCOL}, the client ${protocol ?? 'none'}`),
        );
      }
      const who = await authenticate(token);
      const address = await authorizeDocument(store, who, documentName);
      // The index is the server's to write; readers write nothing.
      if (address === 'index' || who.user.role === 'reader') connectionConfig.readOnly = true;
      const context: ConnectionContext = {
        ...who,
        address: address === 'index' ? null : address,
        tokenHash: hashToken(token),
      };
      return context;
    },

    async connected({ context, documentName }) {
      const { user } = context as ConnectionContext;
      await store.audit({
        at: now(),
        user: user.name,
        team: user.team,
        action: 'connect',
        document: documentName,
        detail: user.role,
      });
    },

    async beforeSync({ context, documentName, type, connection }) {
      // Sync step 1 from a client asks for the document: that is a read, once per connection.
      if (type !== 0 || readers.has(connection)) return;
      readers.add(connection);
      const { user } = context as ConnectionContext;
      await store.audit({
        at: now(),
        user: user.name,
        team: user.team,
        action: 'read',
        document: documentName,
        detail: '',
      });
    },

    async onLoadDocument({ document, documentName, context }) {
      const team = (context as ConnectionContext | undefined)?.user.team;
      if (team !== undefined && documentName === indexName(team)) {
        // Derived from the items table, never stored: it is rebuilt whenever it is loaded.
        const items = document.getMap(INDEX_ITEMS);
        for (const item of await store.listItems(team)) items.set(`${item.kind}/${item.itemId}`, indexEntry(item));
        return document;
      }
      const stored = await store.loadDocument(documentName);
      for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) {
        Y.applyUpdate(document, part);
      }
      return document;
    },

    async beforeHandleMessage({ update: raw, document, documentName, context, connection, instance }) {
      const { user, ceiling, address, tokenHash } = context as ConnectionContext;
      const refusal = await accessRefusal(tokenHash);
      if (refusal) {
        await auditRefusal(user, documentName, refusal);
        throw new Refusal(refusal);
      }
      const update = updateInMessage(raw);
      if (!update || connection.readOnly) return;
      if (await isRevoked(documentName)) {
        instance.closeConnections(documentName);
        throw new Refusal(refusalReason('revoked', 'this item was purged'));
      }
      let verdict;
      try {
        verdict = checkUpdate(document, update, user, ceiling);
      } catch (error) {
        if (error instanceof Refusal) {
          await store.audit({
            at: now(),
            user: user.name,
            team: user.team,
            action: 'refuse',
            document: documentName,
            detail: error.reason,
          });
        }
        throw error;
      }
      if (verdict.empty) return;
      // Durable before Hocuspocus applies it and acknowledges it to the client.
      await store.appendUpdate(documentName, update);
      if (address && markings.get(documentName) !== verdict.marking) {
        const item = { ...address, marking: verdict.marking, updatedAt: now() };
        await store.touchItem(item);
        markings.set(documentName, verdict.marking);
        await announce(instance, item);
      }
    },

    async onStoreDocument({ documentName, lastContext }) {
      if (documentName.endsWith('/_index')) return;
      await store.compact(documentName, (parts) => Y.mergeUpdates(parts));
      const context = lastContext as Partial<ConnectionContext>;
      if (context.user) {
        await store.touchItem({
          ...context.address!,
          marking: markings.get(documentName) ?? 'unclassified',
          updatedAt: now(),
        });
        await store.audit({
          at: now(),
          user: context.user.name,
          team: context.user.team,
          action: 'store',
          document: documentName,
          detail: '',
        });
      }
    },

    async beforeHandleAwareness({ states, context }) {
      const user = (context as ConnectionContext | undefined)?.user;
      if (!user) return;
      for (const state of states.values()) {
        if (state && typeof state === 'object' && 'name' in state) (state as { name: string }).name = user.name;
      }
    },

    async afterUnloadDocument({ documentName }) {
      markings.delete(documentName);
      revocations.delete(documentName);
    },

    async onRequest({ request, response }) {
      const handled = await handleHttp(request, response, { store, authenticate, version: options.version });
      // Rejecting with nothing stops Hocuspocus from writing its own answer.
      if (handled) return Promise.reject();
    },
  };

  const auditRefusal = (user: ConnectionContext['user'], document: string, reason: string) =>
    store.audit({ at: now(), user: user.name, team: user.team, action: 'refuse', document, detail: reason });

  /** Closes every open connection whose token no longer gives access, with the refusal as the reason. */
  const checkOpenConnections = async (instance: Hocuspocus) => {
    for (const document of instance.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as Partial<ConnectionContext> | undefined;
        if (!context?.tokenHash || !context.user) continue;
        const refusal = await accessRefusal(context.tokenHash);
        if (!refusal) continue;
        await auditRefusal(context.user, document.name, refusal);
        connection.close({ code: 4403, reason: refusal });
      }
    }
  };

  /** Puts an item's generation and marking in its team's index (every member sees it at once). */
  const announce = async (
    instance: Hocuspocus,
    item: {
      team: string;
      kind: string;
      itemId: string;
      generation: number;
      marking: Classification;
      updatedAt: string;
    },
  ) => {
    const connection = await instance.openDirectConnection(indexName(item.team), { user: { team: item.team } });
    await connection.transact((doc) => doc.getMap(INDEX_ITEMS).set(`${item.kind}/${item.itemId}`, indexEntry(item)));
    await connection.disconnect();
  };

  const extensions: Extension[] = [precis];
  if (options.redisUrl) {
    extensions.push(
      new Redis({
        ...redisTarget(options.redisUrl),
        prefix: 'precis',
        identifier: `precis-${options.name ?? 'server'}-${process.pid}-${Math.random().toString(36).slice(2)}`,
      }),
    );
  }

  const server = new Server<ConnectionContext>({
    name: options.name ?? 'precis',
    port: options.port ?? 0,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.compactAfterMs ?? 2000,
    maxDebounce: 10_000,
    extensions,
  });
  // Stopping drops every client at once (as a crash or a restart would), instead of leaving
  // upgraded sockets open to an instance that no longer serves them.
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await server.listen();
  const accessTimer = setInterval(
    () => void checkOpenConnections(server.hocuspocus).catch(() => {}),
    options.accessCheckMs ?? ACCESS_CHECK_MS,
  );
  accessTimer.unref();
  const { port } = server.address;
  const host = options.host ?? '127.0.0.1';
  return {
    port,
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    server,
    close: async () => {
      clearInterval(accessTimer);
      await server.destroy();
      for (const socket of sockets) socket.destroy();
    },
  };
}
