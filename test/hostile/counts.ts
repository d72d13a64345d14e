import type { Database } from '../../main/services/store/database.ts';
import { countRows } from '../../main/services/store/archive.store.ts';
import { ARCHIVED_TABLES } from '../../main/services/library/archive-tables.ts';

/** Rows per archived table: "the store is unchanged" means these are equal before and after. */
export function snapshotCounts(db: Database): Record<string, number> {
  return Object.fromEntries(ARCHIVED_TABLES.map(({ table }) => [table, countRows(db, table)]));
}
