import { useEffect, useMemo, useState } from 'react';
import type { PairAlignment } from '../../../shared/api/index.ts';
import type { Annotation, StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { crossAnnotationsByParagraph, type CrossAnnotation } from './cross-annotations.ts';

const NONE: ReadonlyMap<string, CrossAnnotation[]> = new Map();

/**
 * The other language version's annotations, by this version's paragraph id. With `alignment`
 * given (the side-by-side view has it) it is used; otherwise it is asked for. `revision` asks
 * again (after annotating the other version in the same view).
 */
export function useCrossAnnotations(
  documentId: string,
  alignment?: PairAlignment | null,
  revision = 0,
): ReadonlyMap<string, CrossAnnotation[]> {
  const [loaded, setLoaded] = useState<{
    alignment: PairAlignment;
    partner: StoredDocument;
    annotations: Annotation[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const known = alignment === undefined ? await call('pairs:alignment', { documentId }) : alignment;
      if (!known) return null;
      const [partner, annotations] = await Promise.all([
        call('documents:get', { id: known.partner.id }),
        call('annotations:list', { documentId: known.partner.id }),
      ]);
      return { alignment: known, partner, annotations };
    })().then(
      (value) => live && setLoaded(value),
      // Annotations of the other version are a courtesy: the reader works without them.
      () => live && setLoaded(null),
    );
    return () => {
      live = false;
    };
  }, [documentId, alignment, revision]);
  return useMemo(
    () => (loaded ? crossAnnotationsByParagraph(loaded.alignment, loaded.partner, loaded.annotations) : NONE),
    [loaded],
  );
}
