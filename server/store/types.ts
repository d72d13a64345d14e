/**
 * The team server's storage: one interface, two implementations (an embedded SQLite file for
 * a desk or a test, PostgreSQL for production and for several instances behind Redis). Every
 * method is async so both fit; the SQLite one is synchronous underneath.
 *
 * Yjs state is kept as a compacted snapshot per document plus the updates received since,
 * each appended (and committed) before the server acknowledges it to the client: a server
 * killed at any moment loses no acknowledged change. Compaction merges them later.
 */
import type { Classification } from '../../shared/model/classification.ts';
import type { ItemKind, Role } from '../../shared/team/protocol.ts';

export interface StoredUser {
  name: string;
  team: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface StoredTeam {
  name: string;
  ceiling: Classification;
}

export interface StoredItem {
  team: string;
  kind: ItemKind;
  itemId: string;
  generation: number;
  marking: Classification;
  /** Purged with `--drop`: the item no longer exists for the team. */
  removed: boolean;
  updatedAt: string;
}

export type AuditAction = 'connect' | 'read' | 'store' | 'export' | 'purge' | 'refuse';

export interface AuditEntry {
  at: string;
  user: string;
  team: string;
  action: AuditAction;
  document: string;
  detail: string;
}

export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

export interface ServerStore {
  /** Creates the team, or changes its ceiling when it exists. */
  putTeam(team: StoredTeam): Promise<void>;
  getTeam(name: string): Promise<StoredTeam | undefined>;
  addUser(user: Omit<StoredUser, 'revokedAt'> & { tokenHash: string }): Promise<void>;
  findUserByTokenHash(tokenHash: string): Promise<StoredUser | undefined>;
  listUsers(team?: string): Promise<StoredUser[]>;
  /** Revokes every token of that user in that team; returns how many. */
  revokeUser(name: string, team: string, at: string): Promise<number>;

  getItem(team: string, kind: ItemKind, itemId: string): Promise<StoredItem | undefined>;
  /** Records a new item, or the marking of a known one at its current generation. */
  touchItem(item: Omit<StoredItem, 'removed'>): Promise<void>;
  listItems(team: string): Promise<StoredItem[]>;

  loadDocument(name: string): Promise<StoredDocument>;
  /** Appends one update, durably, before the server acknowledges it. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Folds the document's updates into its snapshot with `merge`, in one transaction. */
  compact(name: string, merge: (parts: Uint8Array[]) => Uint8Array): Promise<void>;
  /** Puts a whole state as a new document (a purge's next generation). */
  replaceDocument(name: string, state: Uint8Array): Promise<void>;
  deleteDocument(name: string): Promise<void>;
  isRevoked(name: string): Promise<boolean>;
  revoke(name: string, reason: string, at: string): Promise<void>;
  /** Moves an item to a new generation (after a purge), or marks it removed (`generation: null`). */
  setGeneration(team: string, kind: ItemKind, itemId: string, generation: number | null, at: string): Promise<void>;

  putBlob(team: string, sha256: string, bytes: Uint8Array, at: string): Promise<void>;
  getBlob(team: string, sha256: string): Promise<Uint8Array | undefined>;
  hasBlob(team: string, sha256: string): Promise<boolean>;

  audit(entry: AuditEntry): Promise<void>;
  listAudit(options: { team?: string; document?: string; limit: number }): Promise<AuditEntry[]>;
  /** Replaces a document's audit entries with one summary line (a purge compacts the logs). */
  compactAudit(document: string, summary: AuditEntry): Promise<void>;

  close(): Promise<void>;
}
