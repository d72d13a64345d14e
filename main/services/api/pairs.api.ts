/** `pairs:*`: language versions paired paragraph by paragraph (see library/pairing.ts). */
import {
  alignmentFor,
  correctPair,
  counterpartOf,
  pairDocuments,
  partnerOf,
  unpairDocument,
} from '../library/pairing.ts';
import { suggestPartners } from '../library/pair-suggestions.ts';
import type { ApiHandlers } from './handler.ts';

export const pairsHandlers: ApiHandlers<
  | 'pairs:partner'
  | 'pairs:pair'
  | 'pairs:unpair'
  | 'pairs:alignment'
  | 'pairs:correct'
  | 'pairs:suggest'
  | 'pairs:counterpart'
> = {
  'pairs:partner': async ({ documentId }, { db }) => partnerOf(db, documentId),
  'pairs:pair': async ({ documentId, otherId }, { db }) => pairDocuments(db, documentId, otherId),
  'pairs:unpair': async ({ documentId }, { db }) => ({ unpaired: unpairDocument(db, documentId) }),
  'pairs:alignment': async ({ documentId }, { db }) => alignmentFor(db, documentId),
  'pairs:correct': async ({ documentId, pair }, { db }) => correctPair(db, documentId, pair),
  'pairs:suggest': async ({ documentId }, { db }) => suggestPartners(db, documentId),
  'pairs:counterpart': async ({ documentId, paragraphIds }, { db }) => counterpartOf(db, documentId, paragraphIds),
};
