/**
 * Who a token belongs to, and whether it may open a document. Used by the WebSocket's
 * onAuthenticate and by the HTTP API, so both refuse the same way: unknown or revoked token,
 * expired token, another team's document, a revoked (purged) generation, an item whose
 * marking is above the team's ceiling.
 */
import type { Classification } from '../shared/model/classification.ts';
import {
  DEFAULT_CEILING,
  documentName,
  indexName,
  parseDocumentName,
  refusalReason,
  withinCeiling,
  type DocumentAddress,
} from '../shared/team/protocol.ts';
import { Refusal } from './guard.ts';
import type { ServerStore, StoredUser } from './store/types.ts';
import { hashToken } from './tokens.ts';

export interface Authenticated {
  user: StoredUser;
  ceiling: Classification;
}

export type Authenticator = (token: string) => Promise<Authenticated>;

export function createAuthenticator(store: ServerStore, now: () => Date = () => new Date()): Authenticator {
  return async (token) => {
    const user = token ? await store.findUserByTokenHash(hashToken(token)) : undefined;
    if (!user || user.revokedAt) throw new Refusal(refusalReason('token', 'this token is not valid on this server'));
    if (user.expiresAt && Date.parse(user.expiresAt) <= now().getTime()) {
      throw new Refusal(refusalReason('expired', `this token expired on ${user.expiresAt}`));
    }
    const team = await store.getTeam(user.team);
    return { user, ceiling: team?.ceiling ?? DEFAULT_CEILING };
  };
}

/** Checks that `who` may open `name`; returns the parsed address. */
export async function authorizeDocument(
  store: ServerStore,
  who: Authenticated,
  name: string,
): Promise<DocumentAddress | 'index'> {
  if (name === indexName(who.user.team)) return 'index';
  const address = parseDocumentName(name);
  if (!address) throw new Refusal(refusalReason('name', 'not a Précis document name'));
  if (address.team !== who.user.team) throw new Refusal(refusalReason('team', 'this item belongs to another team'));
  if (await store.isRevoked(name)) throw new Refusal(refusalReason('revoked', 'this item was purged'));
  const item = await store.getItem(address.team, address.kind, address.itemId);
  if (item?.removed) throw new Refusal(refusalReason('revoked', 'this item was purged'));
  if (item && item.generation !== address.generation) {
    throw new Refusal(
      refusalReason('revoked', `this item continues as ${documentName({ ...address, generation: item.generation })}`),
    );
  }
  if (item && !withinCeiling(item.marking, who.ceiling)) {
    throw new Refusal(refusalReason('ceiling', `items marked ${item.marking} are above this team's ceiling`));
  }
  return address;
}
