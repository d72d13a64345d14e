/**
 * A mirror keeps one kind of library item and its replica in step, both ways: `write` puts
 * what the library's tables hold into the replica (after a local save through the API), and
 * `read` puts what the replica holds into the tables (after a teammate's change arrived).
 * Both touch only what differs, so a field one person changed and another did not merges.
 */
import type { Classification } from '../../../../shared/model/index.ts';
import type { ItemKind } from '../../../../shared/team/protocol.ts';
import type { Doc } from 'yjs';
import { readReview } from '../../../../shared/team/replica.ts';
import type { Database } from '../../store/database.ts';
import { putReviewRow } from '../../store/sync.store.ts';
import type { Replica } from '../replica.ts';

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** What a read could not finish yet: a document waiting for its original file. */
export type ReadOutcome = { done: true } | { done: false; needsBlob: string };

export interface MirrorServices {
  /** The original file with this SHA-256, if it has been fetched from the server. */
  blob: (sha256: string) => Uint8Array | undefined;
}

export interface Mirror {
  kind: ItemKind;
  /** The item is in the library (in the bin counts). */
  exists(db: Database, id: string): boolean;
  /** The marking it carries now: above the team's ceiling, it is never sent. */
  marking(db: Database, id: string): Classification;
  /** Writes in transactions of `origin` (the engine tells its own writes apart by it). */
  write(db: Database, id: string, replica: Replica, origin: unknown): void;
  read(db: Database, id: string, replica: Replica, services: MirrorServices): ReadOutcome;
  /** Items this one needs on the other side: the documents a note cites, a pack's notes and documents. */
  needs(db: Database, id: string): ItemRef[];
}

/** The review record a note's or pack's replica carries, into item_reviews (for listing and printing). */
export function storeReview(db: Database, kind: 'note' | 'pack', itemId: string, doc: Doc): void {
  const review = readReview(doc);
  putReviewRow(db, {
    kind,
    itemId,
    state: review.state,
    changedBy: review.changedBy || null,
    changedAt: review.changedAt || null,
    approvedBy: review.approval?.by ?? null,
    approvedAt: review.approval?.at ?? null,
    snapshotJson: review.approval?.snapshot ?? null,
    returnedToDraft: review.returnedToDraft,
  });
}
