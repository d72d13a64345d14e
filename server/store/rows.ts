/**
 * The rows both server stores read (SQLite and PostgreSQL have the same schema, schema.ts) and
 * how they become the store's records. PostgreSQL returns BIGINT columns as strings, hence
 * `Number(…)`.
 */
import type { Classification } from '../../shared/model/classification.ts';
import type { ItemKind, Role } from '../../shared/team/protocol.ts';
import type { StoredItem, StoredUser } from './types.ts';

export interface UserRow {
  name: string;
  team: string;
  role: Role;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface ItemRow {
  team: string;
  kind: ItemKind;
  item_id: string;
  generation: number | string;
  marking: Classification;
  removed: number | string;
  updated_at: string;
}

export const toUser = (row: UserRow): StoredUser => ({
  name: row.name,
  team: row.team,
  role: row.role,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
});

export const toItem = (row: ItemRow): StoredItem => ({
  team: row.team,
  kind: row.kind,
  itemId: row.item_id,
  generation: Number(row.generation),
  marking: row.marking,
  removed: Number(row.removed) === 1,
  updatedAt: row.updated_at,
});
