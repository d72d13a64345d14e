/**
 * Packs and their replicas. `meta` holds each cover field under its own key (and `deleted`,
 * since deleting a pack removes its row); `items` holds each item under its id as JSON
 * `{position, spec}`, so adding, removing and editing different items merge, and a move is a
 * change of positions.
 */
import { z } from 'zod';
import {
  ClassificationSchema,
  PackItemSpecSchema,
  PageSizeSchema,
  PrintLanguageSchema,
  type PackItemSpec,
} from '../../../../shared/model/index.ts';
import { META, PACK_ITEMS } from '../../../../shared/team/replica.ts';
import { inTransaction } from '../../store/database.ts';
import {
  deletePackRow,
  getPackRow,
  insertPack,
  listPackItems,
  updatePackRow,
  writePackItems,
} from '../../store/packs.store.ts';
import { readPack } from '../../packs/pack-view.ts';
import { json, setIfChanged, text } from '../replica.ts';
import { storeReview, type ItemRef, type Mirror, type ReadOutcome } from './mirror.ts';

const StoredItemSchema = z.object({ position: z.number().int().nonnegative(), spec: PackItemSpecSchema });

const FIELDS = ['title', 'audience', 'date', 'language', 'preparedBy', 'pageSize', 'createdAt'] as const;

export const packMirror: Mirror = {
  kind: 'pack',

  exists: (db, id) => getPackRow(db, id) !== undefined,

  marking: (db, id) => readPack(db, id)?.classification ?? 'unclassified',

  write(db, id, replica, origin) {
    const row = getPackRow(db, id);
    const meta = replica.doc.getMap(META);
    const items = replica.doc.getMap(PACK_ITEMS);
    replica.doc.transact(() => {
      setIfChanged(meta, 'deleted', row === undefined);
      if (!row) return;
      for (const field of FIELDS) setIfChanged(meta, field, row[field]);
      setIfChanged(meta, 'chosenClassification', row.chosenClassification);
      // The marking the server checks is the one the pack prints (raised by its items).
      setIfChanged(meta, 'classification', readPack(db, id)?.classification ?? row.chosenClassification);
      const current = listPackItems(db, id);
      for (const item of current) setIfChanged(items, item.id, { position: item.position, spec: item.spec });
      const keep = new Set(current.map((item) => item.id));
      for (const key of [...items.keys()]) if (!keep.has(key)) items.delete(key);
    }, origin);
  },

  read(db, id, replica): ReadOutcome {
    const meta = replica.doc.getMap(META);
    const title = text(meta, 'title').trim().slice(0, 300);
    if (!title) return { done: true };
    const existing = getPackRow(db, id);
    if (meta.get('deleted') === true) {
      if (existing) deletePackRow(db, id);
      return { done: true };
    }
    const fields = {
      title,
      audience: text(meta, 'audience').slice(0, 300),
      date: /^\d{4}-\d{2}-\d{2}$/.test(text(meta, 'date')) ? text(meta, 'date') : new Date().toISOString().slice(0, 10),
      language: PrintLanguageSchema.catch('en').parse(meta.get('language')),
      preparedBy: text(meta, 'preparedBy').slice(0, 300),
      pageSize: PageSizeSchema.catch('a4').parse(meta.get('pageSize')),
      chosenClassification: ClassificationSchema.catch('unclassified').parse(meta.get('chosenClassification')),
    };
    const items: Array<{ id: string; position: number; spec: PackItemSpec }> = [];
    for (const key of replica.doc.getMap(PACK_ITEMS).keys()) {
      const parsed = StoredItemSchema.safeParse(json(replica.doc.getMap(PACK_ITEMS), key));
      if (parsed.success && /^[A-Za-z0-9_-]{1,64}$/.test(key)) items.push({ id: key, ...parsed.data });
    }
    items.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
    const now = new Date().toISOString();
    inTransaction(db, () => {
      if (!existing) {
        insertPack(db, { id, ...fields, createdAt: text(meta, 'createdAt') || now, updatedAt: now });
      } else {
        const changed = Object.entries(fields).some(([k, v]) => existing[k as keyof typeof existing] !== v);
        if (changed) updatePackRow(db, id, fields, now);
      }
      const current = listPackItems(db, id);
      const same =
        current.length === items.length &&
        current.every((c, i) => c.id === items[i]?.id && JSON.stringify(c.spec) === JSON.stringify(items[i]?.spec));
      if (!same) writePackItems(db, id, items);
    });
    storeReview(db, 'pack', id, replica.doc);
    return { done: true };
  },

  needs(db, id): ItemRef[] {
    const refs: ItemRef[] = [];
    for (const { spec } of listPackItems(db, id)) {
      if (spec.kind === 'note') refs.push({ kind: 'note', id: spec.noteId });
      else refs.push({ kind: 'document', id: spec.documentId });
    }
    return refs;
  },
};
