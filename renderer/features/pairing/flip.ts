import type { PairAlignment } from '../../../shared/api/index.ts';

/** The same alignment seen from the partner: sides swapped. */
export function flipAlignment(alignment: PairAlignment): PairAlignment {
  return {
    pairingId: alignment.pairingId,
    document: alignment.partner,
    partner: alignment.document,
    pairs: alignment.pairs.map((p) => ({
      ...p,
      a: p.b,
      b: p.a,
      aNumbers: p.bNumbers,
      bNumbers: p.aNumbers,
      aLabels: p.bLabels,
      bLabels: p.aLabels,
    })),
  };
}
