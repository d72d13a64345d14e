/**
 * What the server checks in every update a client sends, before it is stored, applied or
 * acknowledged: that it can be read at all, that the item it produces stays at or below the
 * team's ceiling, and that its review record changes only as the sender's role allows. The
 * check applies the update to a copy of the document, so a refused update never reaches the
 * stored document or the other clients.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Classification } from '../shared/model/classification.ts';
import { refusalReason, withinCeiling, type Role } from '../shared/team/protocol.ts';
import { readMarking, readReview } from '../shared/team/replica.ts';
import { checkReviewChange } from '../shared/team/review.ts';

/** Hocuspocus message types (the provider's outer type) and y-protocols sync sub-types. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A refusal the server sends back as the close reason of that document. */
export class Refusal extends Error {
  readonly reason: string;
  /** Hocuspocus closes with this code; 4403 reads as "forbidden" (4000–4999 are ours). */
  readonly code = 4403;
  constructor(reason: string) {
    super(reason);
    this.name = 'Refusal';
    this.reason = reason;
  }
}

/**
 * The Yjs update a raw provider message carries, or null for messages that carry none
 * (sync step 1, awareness, auth, stateless…). Throws a malformed refusal for bytes that do
 * not even frame a message.
 */
export function updateInMessage(raw: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(raw);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new Refusal(refusalReason('malformed', 'the message could not be read'));
  }
}

export interface Sender {
  name: string;
  role: Role;
}

export interface Verdict {
  /** The update adds nothing the document lacks (a reconnecting client's echo): store nothing. */
  empty: boolean;
  /** The item's marking once the update is applied. */
  marking: Classification;
}

/**
 * Applies `update` to a copy of `document` and checks the result. Throws a Refusal for a
 * malformed update, a marking above `ceiling`, or a review change the sender may not make.
 */
export function checkUpdate(document: Y.Doc, update: Uint8Array, sender: Sender, ceiling: Classification): Verdict {
  let known: boolean;
  try {
    known = Y.snapshotContainsUpdate(Y.snapshot(document), update);
  } catch {
    throw new Refusal(refusalReason('malformed', 'the update could not be read'));
  }
  if (known) return { empty: true, marking: readMarking(document) };
  const probe = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(probe, update);
  } catch {
    throw new Refusal(refusalReason('malformed', 'the update could not be applied'));
  }
  const marking = readMarking(probe);
  if (!withinCeiling(marking, ceiling)) {
    throw new Refusal(refusalReason('ceiling', `items marked ${marking} are above this team's ceiling (${ceiling})`));
  }
  const violation = checkReviewChange(readReview(document), readReview(probe), sender);
  if (violation) throw new Refusal(refusalReason('approval', violation));
  probe.destroy();
  return { empty: false, marking };
}
