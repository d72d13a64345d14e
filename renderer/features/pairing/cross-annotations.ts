/**
 * Annotations made on the other language version, placed on this version's paired paragraphs:
 * the pair is the finest grain two translations share, so an annotation lights the whole
 * paragraph(s) paired with the one(s) its passage touches.
 */
import type { PairAlignment } from '../../../shared/api/index.ts';
import { canonicalText } from '../../../shared/anchoring/index.ts';
import type { Annotation, ColorKey, StoredDocument } from '../../../shared/model/index.ts';

export interface CrossAnnotation {
  id: string;
  color: ColorKey;
  /** The passage in the other version, and its comment as plain text. */
  quote: string;
  comment: string;
  /** The other version's paragraph numbers it touches. */
  where: number[];
  /** The other version's language. */
  language: string;
  /** Placed through a pair the aligner was unsure of and no one confirmed: it may be misplaced. */
  unchecked: boolean;
}

/**
 * For each paragraph id of this version (`alignment.document`), the partner's annotations on
 * its paired paragraphs. `partner` is the partner document the alignment names.
 */
export function crossAnnotationsByParagraph(
  alignment: PairAlignment,
  partner: StoredDocument,
  annotations: readonly Annotation[],
): Map<string, CrossAnnotation[]> {
  const canonical = canonicalText(partner.sections);
  const pairOf = new Map<string, PairAlignment['pairs'][number]>();
  for (const pair of alignment.pairs) for (const id of pair.b) pairOf.set(id, pair);
  const result = new Map<string, CrossAnnotation[]>();
  for (const annotation of annotations) {
    const { start, end, status } = annotation.anchor;
    if (status === 'orphaned' || start === null || end === null) continue;
    const touched = canonical.paragraphs.filter((p) => p.start < end && p.end > start);
    const here = new Set<string>();
    let unchecked = false;
    for (const paragraph of touched) {
      const pair = pairOf.get(paragraph.id);
      for (const mine of pair?.a ?? []) here.add(mine);
      if (pair && pair.a.length > 0 && pair.low && !pair.corrected) unchecked = true;
    }
    const cross: CrossAnnotation = {
      id: annotation.id,
      color: annotation.color,
      quote: (annotation.anchor.text ?? annotation.quote.exact).trim(),
      comment: annotation.comment?.text.trim() ?? '',
      where: touched.map((p) => p.n),
      language: partner.language,
      unchecked,
    };
    for (const id of here) {
      const list = result.get(id);
      if (list) list.push(cross);
      else result.set(id, [cross]);
    }
  }
  return result;
}
