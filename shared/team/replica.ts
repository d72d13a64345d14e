/**
 * The layout of a shared item's Yjs document, read the same way by the client and the server.
 *
 *   meta        Y.Map   the item's fields, one key per field (concurrent edits of different
 *                       fields merge; the same field: last writer wins). `classification`
 *                       is the marking the server checks against the team's ceiling.
 *   root        Y.XmlText   a note's body, as Lexical's Yjs binding writes it
 *   review      Y.Map   state, changedBy, changedAt, approval (JSON), returnedToDraft
 *   comments    Y.Map   reviewer comment threads by id (JSON values, replies as their own keys)
 *   items       Y.Map   a pack's items by id (JSON: kind, spec, position)
 *   annotations Y.Map   a document's annotations by id (JSON)
 *   structure   Y.Map   a document's sections (JSON) and its corrections
 */
import type * as Y from 'yjs';
import { ClassificationSchema, type Classification } from '../model/classification.ts';
import { ApprovalSchema, EMPTY_REVIEW, ReviewStateSchema, type Review } from './review.ts';

export const META = 'meta';
export const REVIEW = 'review';
export const COMMENTS = 'comments';
export const PACK_ITEMS = 'items';
export const ANNOTATIONS = 'annotations';
export const STRUCTURE = 'structure';
/** Lexical's binding keeps a note's body in this root XmlText. */
export const NOTE_BODY = 'root';

/** The marking an item carries; unclassified when it says nothing (documents). */
export function readMarking(doc: Y.Doc): Classification {
  const parsed = ClassificationSchema.safeParse(doc.getMap(META).get('classification'));
  return parsed.success ? parsed.data : 'unclassified';
}

export function readReview(doc: Y.Doc): Review {
  const map = doc.getMap(REVIEW);
  const state = ReviewStateSchema.safeParse(map.get('state'));
  let approval: Review['approval'] = null;
  const rawApproval = map.get('approval');
  if (typeof rawApproval === 'string' && rawApproval !== '') {
    try {
      const parsed = ApprovalSchema.safeParse(JSON.parse(rawApproval));
      if (parsed.success) approval = parsed.data;
    } catch {
      // an unreadable approval is no approval
    }
  }
  const text = (key: string) => {
    const value = map.get(key);
    return typeof value === 'string' ? value : null;
  };
  return {
    ...EMPTY_REVIEW,
    state: state.success ? state.data : 'draft',
    changedBy: text('changedBy'),
    changedAt: text('changedAt'),
    approval,
    returnedToDraft: map.get('returnedToDraft') === true,
  };
}

/** Writes a review record (in the caller's transaction when there is one). */
export function writeReview(doc: Y.Doc, review: Review): void {
  doc.transact(() => {
    const map = doc.getMap(REVIEW);
    map.set('state', review.state);
    map.set('changedBy', review.changedBy ?? '');
    map.set('changedAt', review.changedAt ?? '');
    map.set('approval', review.approval ? JSON.stringify(review.approval) : '');
    map.set('returnedToDraft', review.returnedToDraft);
  });
}
