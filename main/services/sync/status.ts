/**
 * The sync status the status bar shows and `team:status` returns: saved to server, n changes
 * waiting, offline, or an error the user can act on.
 */
import type { Classification } from '../../../shared/model/index.ts';
import type { ItemKind, Role } from '../../../shared/team/protocol.ts';
import type { ProblemCode } from './server-api.ts';

export type SyncState = 'off' | 'connecting' | 'saved' | 'waiting' | 'offline' | 'error';

export interface RefusedItem {
  kind: ItemKind;
  id: string;
  /** `ceiling`, `revoked`, `approval`, `malformed`… (the server's refusal code). */
  code: string;
  detail: string;
}

export interface SyncStatus {
  state: SyncState;
  /** Local changes the server has not acknowledged yet. */
  waiting: number;
  problem: { code: ProblemCode; detail: string } | null;
  refused: RefusedItem[];
  team: { name: string; server: string; user: string; role: Role; ceiling: Classification } | null;
  shared: number;
  lastSyncedAt: string | null;
}
