/**
 * What a Précis client and a Précis team server agree on: the protocol version, the names of
 * shared documents, roles and team names. Pure TypeScript, used by both sides.
 *
 * A shared item (a note, a pack or a document of the library) is one Yjs document on the
 * server, named `TEAM/KIND/ITEM/GENERATION`. The server authorizes by that name (the team
 * must be the token's), and a purge moves an item to its next generation: the old name is
 * revoked and refused from then on.
 */
import { z } from 'zod';
import { CLASSIFICATIONS, classificationRank, type Classification } from '../model/classification.ts';

/** Bumped when client and server can no longer understand each other. */
export const TEAM_PROTOCOL = 1;

export const ITEM_KINDS = ['note', 'pack', 'document'] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

/** Readers read; editors also write; approvers also approve. */
export const ROLES = ['reader', 'editor', 'approver'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const TeamNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a team name is 1–40 lowercase letters, digits and hyphens');

export const UserNameSchema = z.string().trim().min(1).max(100);

/** Item ids are the library's own ids (`n_…`, `d_…`, `p_…`). */
export const ItemIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export interface DocumentAddress {
  team: string;
  kind: ItemKind;
  itemId: string;
  generation: number;
}

/** The server's name for one generation of a shared item. */
export function documentName({ team, kind, itemId, generation }: DocumentAddress): string {
  return `${team}/${kind}/${itemId}/${generation}`;
}

/**
 * The team's index: a document every member reads (never writes) and the server keeps, one
 * key per shared item (`kind/id` → `{generation, marking, updatedAt}`), so a new item or a
 * purge reaches every connected library at once instead of at its next poll.
 */
export function indexName(team: string): string {
  return `${team}/_index`;
}

export const INDEX_ITEMS = 'items';

/** Reads a document name back; undefined for anything that is not one (refused by the server). */
export function parseDocumentName(name: string): DocumentAddress | undefined {
  const parts = name.split('/');
  if (parts.length !== 4) return undefined;
  const [team, kind, itemId, generationText] = parts as [string, string, string, string];
  if (!TeamNameSchema.safeParse(team).success) return undefined;
  const parsedKind = ItemKindSchema.safeParse(kind);
  if (!parsedKind.success || !ItemIdSchema.safeParse(itemId).success) return undefined;
  if (!/^(0|[1-9]\d{0,8})$/.test(generationText)) return undefined;
  return { team, kind: parsedKind.data, itemId, generation: Number(generationText) };
}

/** Whether an item with this marking may travel to a team whose ceiling is `ceiling`. */
export function withinCeiling(marking: Classification, ceiling: Classification): boolean {
  return classificationRank(marking) <= classificationRank(ceiling);
}

/**
 * The default ceiling of a new team: PROTECTED A. PROTECTED B and above never leave the
 * machine unless an administrator raised the team's ceiling on purpose (a server inside the
 * accredited network).
 */
export const DEFAULT_CEILING: Classification = 'protected-a';

export const CeilingSchema = z.enum(CLASSIFICATIONS);

/** What `GET /precis/info` answers, before any token. */
export const ServerInfoSchema = z.object({
  product: z.literal('precis-team-server'),
  protocol: z.number().int(),
  version: z.string(),
});
export type ServerInfo = z.infer<typeof ServerInfoSchema>;

/** What `GET /precis/whoami` answers for a valid token. */
export const WhoAmISchema = z.object({
  name: UserNameSchema,
  role: RoleSchema,
  team: TeamNameSchema,
  ceiling: CeilingSchema,
  expiresAt: z.string().nullable(),
});
export type WhoAmI = z.infer<typeof WhoAmISchema>;

/** One row of `GET /precis/items`: the team's shared items and their current generation. */
export const TeamItemSchema = z.object({
  kind: ItemKindSchema,
  itemId: ItemIdSchema,
  generation: z.number().int().nonnegative(),
  marking: CeilingSchema,
  updatedAt: z.string(),
});
export type TeamItem = z.infer<typeof TeamItemSchema>;

/**
 * Why the server closed or refused a document, as a machine-readable prefix of the close
 * reason (`refused:ceiling: …`): the client acts on the code and shows the rest.
 */
export const REFUSAL_CODES = [
  'ceiling',
  'approval',
  'malformed',
  'revoked',
  'expired',
  'token',
  'team',
  'protocol',
  'read-only',
  'name',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export function refusalReason(code: RefusalCode, detail: string): string {
  return `refused:${code}: ${detail}`;
}

export function parseRefusal(reason: string | undefined): { code: RefusalCode; detail: string } | undefined {
  const match = /^refused:([a-z-]+): ?(.*)$/s.exec(reason ?? '');
  if (!match || !(REFUSAL_CODES as readonly string[]).includes(match[1] as string)) return undefined;
  return { code: match[1] as RefusalCode, detail: match[2] ?? '' };
}
