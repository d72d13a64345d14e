/**
 * Which documents could be another language version of a given one, read from a bounded part
 * of the library: those of the same date (by the date index), and among the most recent imports
 * those of a like size. The import asks this for every new document, so it must not read every
 * document of a large library.
 */
import type { Database } from './database.ts';

/** A document seeking its other language version. */
export interface PairCandidateQuery {
  seriesId: string;
  language: string;
  date: string | null;
  paragraphCount: number;
}

/** Documents of the same date read at most. */
const SAME_DATE = 40;
/** How far back in import order a document of another date is looked for. */
const RECENT_IMPORTS = 2000;
/** Of those, the like-sized documents kept at most. */
const LIKE_SIZED = 40;
/** Paragraph counts of two versions of one text differ by at most this factor. */
const SIZE_RATIO = 1.5;

/** Another language than `language` and its regional forms ("fr" leaves out "fr-CA"), live, newest of its series. */
const CANDIDATE = `d.deleted_at IS NULL AND d.series_id <> ?
  AND lower(d.language) <> ? AND lower(d.language) NOT LIKE ? ESCAPE '\\'
  AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.series_id = d.series_id AND n.version > d.version AND n.deleted_at IS NULL)`;

const PARAGRAPH_COUNT = `ifnull((SELECT max(p.n) FROM paragraphs p WHERE p.document_id = d.id), 0)`;

/** Candidate ids, same-date ones first, each once. */
export function pairCandidateIds(db: Database, query: PairCandidateQuery): string[] {
  const primary = query.language.toLowerCase().split('-')[0] ?? '';
  const other = [query.seriesId, primary, `${primary.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`];
  const ids: string[] = [];
  if (query.date !== null) {
    const rows = db
      .prepare(
        `SELECT d.id FROM documents d WHERE d.date = ? AND ${CANDIDATE}
         ORDER BY d.imported_at DESC LIMIT ${SAME_DATE}`,
      )
      .all(query.date, ...other) as Array<{ id: string }>;
    ids.push(...rows.map((row) => row.id));
  }
  const count = Math.max(1, query.paragraphCount);
  const recent = db
    .prepare(
      `SELECT d.id, ${PARAGRAPH_COUNT} AS paragraphs
       FROM (SELECT * FROM documents ORDER BY imported_at DESC LIMIT ${RECENT_IMPORTS}) d
       WHERE ${CANDIDATE}`,
    )
    .all(...other) as Array<{ id: string; paragraphs: number }>;
  const likeSized = recent.filter(
    (row) => row.paragraphs > 0 && Math.max(row.paragraphs, count) / Math.min(row.paragraphs, count) <= SIZE_RATIO,
  );
  for (const row of likeSized.slice(0, LIKE_SIZED)) if (!ids.includes(row.id)) ids.push(row.id);
  return ids;
}
