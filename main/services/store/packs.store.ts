/**
 * SQL for briefing packs and their ordered items. Positions run 0..n-1 without gaps; every
 * function that changes them renumbers inside the caller's transaction (see packs.api.ts).
 */
import type {
  Classification,
  LegacyExcerptItemSpec,
  PackFields,
  PackItemSpec,
  PackItemSpecInput,
  PageSize,
  PrintLanguage,
} from '../../../shared/model/index.ts';
import { PackItemSpecInputSchema } from '../../../shared/model/index.ts';
import { documentVersion, paragraphIdsByNumber } from './citations.store.ts';
import type { Database } from './database.ts';

export interface PackRow {
  id: string;
  title: string;
  audience: string;
  date: string;
  language: PrintLanguage;
  /** The classification the user chose; the printed one may be raised by the items. */
  chosenClassification: Classification;
  preparedBy: string;
  pageSize: PageSize;
  createdAt: string;
  updatedAt: string;
}

export interface PackItemRow {
  id: string;
  position: number;
  spec: PackItemSpec;
}

const PACK_COLUMNS = `id, title, audience, date, language, classification AS chosenClassification,
  prepared_by AS preparedBy, page_size AS pageSize, created_at AS createdAt, updated_at AS updatedAt`;

export function insertPack(db: Database, pack: PackRow): void {
  db.prepare(
    `INSERT INTO packs (id, title, audience, date, language, classification, prepared_by, page_size, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    pack.id,
    pack.title,
    pack.audience,
    pack.date,
    pack.language,
    pack.chosenClassification,
    pack.preparedBy,
    pack.pageSize,
    pack.createdAt,
    pack.updatedAt,
  );
}

export function listPackRows(db: Database): PackRow[] {
  const rows = db.prepare(`SELECT ${PACK_COLUMNS} FROM packs ORDER BY updated_at DESC, title`).all();
  return rows.map((row) => ({ ...(row as unknown as PackRow) }));
}

export function getPackRow(db: Database, id: string): PackRow | undefined {
  const row = db.prepare(`SELECT ${PACK_COLUMNS} FROM packs WHERE id = ?`).get(id);
  return row ? { ...(row as unknown as PackRow) } : undefined;
}

/** Changes the given cover fields and the chosen classification; bumps `updated_at`. */
export function updatePackRow(
  db: Database,
  id: string,
  changes: Partial<PackFields> & { chosenClassification?: Classification },
  now: string,
): void {
  const columns: Record<string, string> = {
    title: 'title',
    audience: 'audience',
    date: 'date',
    language: 'language',
    preparedBy: 'prepared_by',
    pageSize: 'page_size',
    chosenClassification: 'classification',
  };
  const sets: string[] = [];
  const values: string[] = [];
  for (const [key, column] of Object.entries(columns)) {
    const value = (changes as Record<string, string | undefined>)[key];
    if (value !== undefined) {
      sets.push(`${column} = ?`);
      values.push(value);
    }
  }
  sets.push('updated_at = ?');
  values.push(now);
  db.prepare(`UPDATE packs SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
}

export function touchPack(db: Database, id: string, now: string): void {
  db.prepare('UPDATE packs SET updated_at = ? WHERE id = ?').run(now, id);
}

export function deletePackRow(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM packs WHERE id = ?').run(id).changes > 0;
}

export function listPackItems(db: Database, packId: string): PackItemRow[] {
  const rows = db
    .prepare('SELECT id, position, spec FROM pack_items WHERE pack_id = ? ORDER BY position, rowid')
    .all(packId) as Array<{ id: string; position: number; spec: string }>;
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    spec: specByIdentity(db, PackItemSpecInputSchema.parse(JSON.parse(row.spec))),
  }));
}

export function countPackItems(db: Database, packId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM pack_items WHERE pack_id = ?').get(packId) as { n: number }).n;
}

/** Replaces a pack's items with `items` in this order (positions 0..n-1). */
export function writePackItems(
  db: Database,
  packId: string,
  items: ReadonlyArray<{ id: string; spec: PackItemSpec }>,
): void {
  db.prepare('DELETE FROM pack_items WHERE pack_id = ?').run(packId);
  const insert = db.prepare('INSERT INTO pack_items (id, pack_id, position, kind, spec) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, position) => insert.run(item.id, packId, position, item.spec.kind, JSON.stringify(item.spec)));
}

/** A number no paragraph id can be: an item that cited a paragraph the document did not have. */
function unknownParagraphId(n: number): string {
  return `unknown-paragraph-${n}`;
}

/**
 * An item spec as stored now: an excerpt given by paragraph numbers (older packs, archives,
 * older API callers) becomes paragraph ids, through the document's paragraphs as they are now;
 * a number the document does not have becomes an id that resolves to nothing, so the item is
 * flagged for review instead of silently citing something else.
 */
export function specByIdentity(db: Database, spec: PackItemSpecInput): PackItemSpec {
  if (spec.kind !== 'excerpt' || !('paragraphs' in spec)) return spec;
  const legacy: LegacyExcerptItemSpec = spec;
  const ids = paragraphIdsByNumber(db, legacy.documentId, legacy.paragraphs);
  const version = documentVersion(db, legacy.documentId);
  return {
    kind: 'excerpt',
    documentId: legacy.documentId,
    ...(version === undefined ? {} : { version }),
    paragraphIds: [...new Set(ids.map((id, i) => id ?? unknownParagraphId(legacy.paragraphs[i] as number)))],
    ...(legacy.heading === undefined ? {} : { heading: legacy.heading }),
  };
}
