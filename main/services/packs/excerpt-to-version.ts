/**
 * "Use the newest" on a pack's excerpt item: the item moves to another version of its document
 * only when every cited paragraph is in that version word for word (its number may change).
 * Otherwise nothing changes and the refusal says what became of the first paragraph that is
 * not: reworded, now part of a longer paragraph, split, or gone — with where it is now — so
 * that the user picks again knowing where to look. A pack never prints other words than the
 * ones its author chose.
 */
import { apiError } from '../../../shared/api/index.ts';
import { citedParagraph, formatParagraphLabels } from '../../../shared/model/index.ts';
import { checkExcerptFreshness } from '../../../shared/notes/excerpt-freshness.ts';
import { allParagraphs, documentVersion, paragraphsById } from '../store/citations.store.ts';
import type { Database } from '../store/database.ts';
import { getDocumentSummary, newestLiveVersions } from '../store/documents.store.ts';

/**
 * The cited paragraphs' ids in `toDocumentId`, when `fromDocumentId` is another version of the
 * same document; `undefined` when the two are not versions of one document (nothing to map).
 * Throws a clear `invalid-input` when a cited paragraph is not in that version unchanged.
 */
export function excerptIdsInVersion(
  db: Database,
  fromDocumentId: string,
  paragraphIds: readonly string[],
  toDocumentId: string,
): string[] | undefined {
  if (fromDocumentId === toDocumentId) return undefined;
  const series = new Map(newestLiveVersions(db, [fromDocumentId, toDocumentId]).map((v) => [v.id, v.seriesId]));
  const seriesId = series.get(fromDocumentId);
  if (!seriesId || seriesId !== series.get(toDocumentId)) return undefined;
  const cited = paragraphsById(db, fromDocumentId, paragraphIds);
  // Ids that are not the old version's: the caller picked them in the new one.
  if (cited.size === 0) return undefined;
  const newer = allParagraphs(db, toDocumentId);
  const ids: string[] = [];
  for (const id of paragraphIds) {
    const old = cited.get(id);
    if (!old) {
      ids.push(id);
      continue;
    }
    const fate = checkExcerptFreshness({ paragraphs: [{ id }], text: old.text }, [old], newer);
    if (fate.status === 'unchanged' && !fate.change) {
      for (const p of fate.paragraphs) if (!ids.includes(p.id)) ids.push(p.id);
      continue;
    }
    const doc = getDocumentSummary(db, toDocumentId);
    const kind = fate.status === 'removed' ? 'removed' : (fate.change ?? 'changed');
    throw apiError('invalid-input', `citation.errors.newest.${kind}`, {
      title: doc?.title ?? toDocumentId,
      version: documentVersion(db, toDocumentId) ?? 0,
      from: documentVersion(db, fromDocumentId) ?? 0,
      cited: formatParagraphLabels([citedParagraph(old)]),
      now: fate.status === 'removed' ? '' : formatParagraphLabels(fate.paragraphs),
    });
  }
  return ids;
}
