/** A stored pack as the API returns it: cover fields, classifications and described items. */
import type { Pack, PackSummary } from '../../../shared/model/index.ts';
import { highestClassification } from '../../../shared/model/index.ts';
import type { Database } from '../store/database.ts';
import { getPackRow, listPackItems, listPackRows, type PackRow } from '../store/packs.store.ts';
import { describeItem, effectiveClassification } from '../export/resolve-pack.ts';

function toPack(db: Database, row: PackRow): Pack {
  const items = listPackItems(db, row.id).map((item) => ({
    id: item.id,
    spec: item.spec,
    ...describeItem(db, item.spec, row.language),
  }));
  const minimum = highestClassification(items.map((i) => i.classification));
  return {
    id: row.id,
    title: row.title,
    audience: row.audience,
    date: row.date,
    language: row.language,
    preparedBy: row.preparedBy,
    pageSize: row.pageSize,
    classification: effectiveClassification(row.chosenClassification, [minimum]),
    minimumClassification: minimum,
    itemCount: items.length,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    items,
  };
}

export function readPack(db: Database, id: string): Pack | undefined {
  const row = getPackRow(db, id);
  return row ? toPack(db, row) : undefined;
}

export function listPacks(db: Database): PackSummary[] {
  return listPackRows(db).map((row) => {
    const { items: _items, ...summary } = toPack(db, row);
    return summary;
  });
}
