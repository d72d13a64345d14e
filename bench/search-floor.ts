/**
 * The floor a search benchmark compares the app against: the bare FTS5 query on the same index
 * (the same MATCH expression, filters included, ranked by bm25, top `limit` rowids), with no
 * recency window, snippets or lookup of where each hit is.
 */
import type { Database } from '../main/services/store/database.ts';
import { buildMatch } from '../main/services/store/search.store.ts';
import { parseSearchQuery } from '../shared/search/query.ts';

export function bareSearch(db: Database, query: string, limit: number): void {
  const parsed = parseSearchQuery(query);
  if (!parsed.match) return;
  db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?').all(
    buildMatch(parsed.match, parsed.filters),
    limit,
  );
}
