/**
 * The excerpt check a note runs when it opens: is each excerpt's source still there, and does
 * the newest version of it still say the same thing? Reads only what the excerpts cite: the
 * cited paragraphs of the cited version and the paragraphs with the same ids in the newest
 * one. A paragraph the newest version no longer has is looked for in that version: all of it
 * when it is an ordinary length, else among the paragraphs the search index finds closest.
 * Nothing here reads the library, and no more than one version of a document at a time.
 */
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import type { ExcerptParagraph } from '../../../shared/model/excerpt.ts';
import { EXCERPT_PARAGRAPH_SEPARATOR, type CitedParagraph } from '../../../shared/model/index.ts';
import { resolveCitation } from '../library/citations.ts';
import { checkExcerptFreshness, type VersionParagraph } from '../../../shared/notes/excerpt-freshness.ts';
import type { Database } from '../store/database.ts';
import { documentIsLive, documentParagraphTexts, paragraphCount, paragraphsByIds } from '../store/documents.store.ts';
import { latestVersionOfDocument } from '../store/notes.store.ts';
import { similarParagraphs } from '../store/search.store.ts';

export interface ExcerptToCheck {
  documentId: string;
  paragraphs: ExcerptParagraph[];
  text: string;
  keptAgainst?: string | undefined;
}

/** How many of the newest version's closest paragraphs stand in for one it no longer has. */
const CANDIDATES_PER_PART = 8;
/**
 * Up to this many paragraphs, a newer version that lacks a cited paragraph is read whole to
 * find where it went (cheaper than asking the index); past it, the index finds the candidates.
 */
const READ_WHOLE_UP_TO = 400;

/** What an excerpt's check says about its own version: its numbers now, or what to review. */
function checkWithinVersion(
  db: Database,
  excerpt: ExcerptToCheck,
): ExcerptCheck | { status: 'current'; paragraphs: CitedParagraph[] } {
  const resolved = resolveCitation(db, {
    documentId: excerpt.documentId,
    paragraphIds: excerpt.paragraphs.map((p) => p.id),
    text: excerpt.text,
  });
  if (resolved.status === 'missing') return { status: 'missing' };
  // Kept as it is against its own version: the user reviewed the change and chose the old wording.
  if (resolved.status === 'current' || excerpt.keptAgainst === excerpt.documentId) {
    return { status: 'current', paragraphs: resolved.paragraphs };
  }
  return {
    status: 'restructured',
    change: resolved.status,
    paragraphs: resolved.paragraphs,
    ...(resolved.paragraphs.length > 0
      ? {
          replacement: {
            paragraphs: resolved.paragraphs,
            text: resolved.texts.join(EXCERPT_PARAGRAPH_SEPARATOR),
          },
        }
      : {}),
    ...(resolved.wording ? { keep: { paragraphs: resolved.wording } } : {}),
  };
}

function checkOne(db: Database, excerpt: ExcerptToCheck): ExcerptCheck {
  if (!documentIsLive(db, excerpt.documentId)) return { status: 'missing' };
  // First its own version: a structure correction may have merged, split or removed a cited paragraph.
  const own = checkWithinVersion(db, excerpt);
  if (own.status !== 'current') return own;
  const latest = latestVersionOfDocument(db, excerpt.documentId);
  if (!latest || latest.id === excerpt.documentId || latest.id === excerpt.keptAgainst) return own;
  const ownParagraphs = own.paragraphs ? { paragraphs: own.paragraphs } : {};

  const ids = excerpt.paragraphs.map((p) => p.id);
  const cited = paragraphsByIds(db, excerpt.documentId, ids);
  const newer = new Map<string, VersionParagraph>(paragraphsByIds(db, latest.id, ids).map((p) => [p.id, p]));
  // A cited paragraph the newer version lacks (reworded, moved, removed): where it may have gone.
  const lost = cited.filter((p) => !newer.has(p.id)).map((p) => p.text);
  if (cited.length === 0) lost.push(excerpt.text);
  if (lost.length > 0) {
    const candidates =
      paragraphCount(db, latest.id) <= READ_WHOLE_UP_TO
        ? documentParagraphTexts(db, latest.id)
        : lost.flatMap((text) => similarParagraphs(db, latest.id, text, CANDIDATES_PER_PART));
    for (const candidate of candidates) newer.set(candidate.id, candidate);
  }
  const freshness = checkExcerptFreshness(
    excerpt,
    cited,
    [...newer.values()].sort((a, b) => a.n - b.n),
  );
  const latestInfo = { documentId: latest.id, version: latest.version, title: latest.title, date: latest.date };
  if (freshness.status === 'removed') return { status: 'removed', latest: latestInfo, ...ownParagraphs };
  return {
    status: freshness.status,
    latest: latestInfo,
    replacement: { paragraphs: freshness.paragraphs, text: freshness.text },
    ...ownParagraphs,
    ...(freshness.change ? { change: freshness.change } : {}),
  };
}

/** Checks each excerpt of a note against the newest version of its source. */
export function checkExcerpts(db: Database, excerpts: readonly ExcerptToCheck[]): ExcerptCheck[] {
  return excerpts.map((excerpt) => checkOne(db, excerpt));
}
