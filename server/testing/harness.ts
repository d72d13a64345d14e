/**
 * Test helpers for the team server: a real server on 127.0.0.1 over a real store in a temp
 * folder, users with real tokens, and real Hocuspocus providers (Node's WebSocket) as clients.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Classification } from '../../shared/model/classification.ts';
import type { Role } from '../../shared/team/protocol.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { ServerStore } from '../store/types.ts';
import { startSyncServer, type SyncServer } from '../sync-server.ts';
import { hashToken, newToken } from '../tokens.ts';

export interface TestServer extends SyncServer {
  store: ServerStore;
  addUser: (name: string, role: Role, team: string, expiresAt?: string | null) => Promise<string>;
  setCeiling: (team: string, ceiling: Classification) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startTestServer(
  dir: string,
  options: {
    store?: ServerStore;
    port?: number;
    redisUrl?: string;
    compactAfterMs?: number;
    accessCheckMs?: number;
  } = {},
): Promise<TestServer> {
  const store = options.store ?? openSqliteStore(dir);
  const server = await startSyncServer({
    store,
    version: 'test',
    compactAfterMs: options.compactAfterMs ?? 200,
    ...(options.port ? { port: options.port } : {}),
    ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    ...(options.accessCheckMs ? { accessCheckMs: options.accessCheckMs } : {}),
  });
  return {
    ...server,
    store,
    async addUser(name, role, team, expiresAt = null) {
      if (!(await store.getTeam(team))) await store.putTeam({ name: team, ceiling: 'protected-a' });
      const token = newToken();
      await store.addUser({
        name,
        role,
        team,
        tokenHash: hashToken(token),
        createdAt: new Date().toISOString(),
        expiresAt,
      });
      return token;
    },
    async setCeiling(team, ceiling) {
      await store.putTeam({ name: team, ceiling });
    },
    async stop() {
      await server.close();
      await store.close();
    },
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  closeReasons: string[];
  authFailures: string[];
  destroy: () => void;
}

export function connectClient(url: string, name: string, token: string, doc = new Y.Doc(), protocol = '1'): TestClient {
  const closeReasons: string[] = [];
  const authFailures: string[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({ url: `${url}/?protocol=${protocol}` });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    token,
    document: doc,
    onClose: ({ event }) => void closeReasons.push(event.reason),
    onAuthenticationFailed: ({ reason }) => void authFailures.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    closeReasons,
    authFailures,
    destroy: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Waits until `check` holds (polling); fails with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Synced with the server and every local change acknowledged. */
export function settled(client: TestClient): boolean {
  return client.provider.isSynced && !client.provider.hasUnsyncedChanges;
}
