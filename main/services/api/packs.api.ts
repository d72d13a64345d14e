import { basename } from 'node:path';
import { ApiError, apiError } from '../../../shared/api/index.ts';
import {
  CLASSIFICATION_LABELS,
  classificationRank,
  MAX_PACK_ITEMS,
  type Classification,
  type Pack,
  type PackItemSpec,
  type PackItemSpecInput,
} from '../../../shared/model/index.ts';
import { createChromiumPrinter } from '../export/chromium-printer.ts';
import { exportPack } from '../export/export-pack.ts';
import { ExportError } from '../export/resolve-pack.ts';
import { newId } from '../library/ids.ts';
import { createSamplePack, SamplePackError } from '../packs/sample-pack.ts';
import { listPacks, readPack } from '../packs/pack-view.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocumentSummary } from '../store/documents.store.ts';
import {
  deletePackRow,
  getPackRow,
  insertPack,
  listPackItems,
  specByIdentity,
  touchPack,
  updatePackRow,
  writePackItems,
} from '../store/packs.store.ts';
import { paragraphsById } from '../store/citations.store.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

function mustRead(db: Database, id: string): Pack {
  const pack = readPack(db, id);
  if (!pack) throw apiError('not-found', 'errors.packNotFound', { id: id });
  return pack;
}

/** The pack may be marked higher than its items, never lower. */
function checkClassification(pack: Pack, wanted: Classification): void {
  if (classificationRank(wanted) < classificationRank(pack.minimumClassification)) {
    const labels = CLASSIFICATION_LABELS.en;
    throw apiError(
      'invalid-input',
      'errors.classificationTooLow',
      {},
      {
        held: `classification.${labels[pack.minimumClassification]}`,
        wanted: `classification.${labels[wanted]}`,
      },
    );
  }
}

/**
 * Items must point at something in the library when they are added: an excerpt cites
 * paragraphs its document has now (by id; numbers from older callers are turned into ids).
 * Returns the spec as stored, with the document's version.
 */
function checkTarget(db: Database, input: PackItemSpecInput, pack: Pack): PackItemSpec {
  if (pack.items.length >= MAX_PACK_ITEMS)
    throw apiError('invalid-input', 'errors.tooManyItems', { count: MAX_PACK_ITEMS });
  if (input.kind === 'note') {
    // Whether the note exists is checked when the pack is read (the item shows as missing).
    return input;
  }
  const doc = getDocumentSummary(db, input.documentId);
  if (!doc) throw apiError('not-found', 'errors.notFound', { id: input.documentId });
  if (input.kind === 'excerpt' && 'paragraphs' in input) {
    const beyond = input.paragraphs.filter((n) => n > doc.paragraphCount);
    if (beyond.length > 0)
      throw apiError('invalid-input', 'errors.noSuchParagraph', {
        title: doc.title,
        count: doc.paragraphCount,
        n: beyond[0] ?? 0,
      });
  }
  const spec = specByIdentity(db, input);
  if (spec.kind === 'excerpt') {
    const found = paragraphsById(db, spec.documentId, spec.paragraphIds);
    if (found.size !== new Set(spec.paragraphIds).size)
      throw apiError('invalid-input', 'citation.errors.noSuchParagraphId', { title: doc.title });
    return { ...spec, version: doc.version };
  }
  return spec;
}

function mutateItems(
  db: Database,
  packId: string,
  change: (items: Array<{ id: string; spec: PackItemSpec }>) => Array<{ id: string; spec: PackItemSpec }>,
): Pack {
  inTransaction(db, () => {
    if (!getPackRow(db, packId)) throw apiError('not-found', 'errors.packNotFound', { id: packId });
    const items = listPackItems(db, packId).map(({ id, spec }) => ({ id, spec }));
    writePackItems(db, packId, change(items));
    touchPack(db, packId, new Date().toISOString());
  });
  return mustRead(db, packId);
}

function findItem(items: ReadonlyArray<{ id: string }>, itemId: string): number {
  const index = items.findIndex((i) => i.id === itemId);
  if (index < 0) throw apiError('not-found', 'errors.noItem', { id: itemId });
  return index;
}

function exportFailure(error: unknown): never {
  if (error instanceof ExportError) {
    throw new ApiError(error.reason === 'not-found' ? 'not-found' : 'export-failed', error.message, error.translation);
  }
  throw error;
}

export function printerFor(context: ApiContext) {
  return context.createPrinter ?? (() => createChromiumPrinter());
}

export const packsHandlers: ApiHandlers<
  | 'packs:list'
  | 'packs:get'
  | 'packs:create'
  | 'packs:update'
  | 'packs:delete'
  | 'packs:restore'
  | 'packs:addItem'
  | 'packs:updateItem'
  | 'packs:removeItem'
  | 'packs:moveItem'
  | 'packs:createSample'
  | 'export:pdf'
> = {
  'packs:list': async (_input, { db }) => listPacks(db),

  'packs:get': async ({ id }, { db }) => mustRead(db, id),

  'packs:create': async (input, { db }) => {
    const now = new Date().toISOString();
    const id = newId('k');
    insertPack(db, {
      id,
      title: input.title,
      audience: input.audience ?? '',
      date: input.date ?? now.slice(0, 10),
      language: input.language ?? 'en',
      chosenClassification: input.classification ?? 'unclassified',
      preparedBy: input.preparedBy ?? '',
      pageSize: input.pageSize ?? 'a4',
      createdAt: now,
      updatedAt: now,
    });
    return mustRead(db, id);
  },

  'packs:update': async ({ id, classification, ...fields }, { db }) => {
    const pack = mustRead(db, id);
    if (classification) checkClassification(pack, classification);
    updatePackRow(
      db,
      id,
      { ...fields, ...(classification ? { chosenClassification: classification } : {}) },
      new Date().toISOString(),
    );
    return mustRead(db, id);
  },

  'packs:delete': async ({ id }, { db }) => {
    const row = getPackRow(db, id);
    if (!row) throw apiError('not-found', 'errors.packNotFound', { id: id });
    const items = listPackItems(db, id).map(({ id: itemId, spec }) => ({ id: itemId, spec }));
    deletePackRow(db, id);
    const { chosenClassification, createdAt, updatedAt: _updated, ...fields } = row;
    return { ...fields, chosenClassification, createdAt, items };
  },

  'packs:restore': async (snapshot, { db }) => {
    if (getPackRow(db, snapshot.id)) throw apiError('conflict', 'errors.packExists');
    inTransaction(db, () => {
      const { items, ...row } = snapshot;
      insertPack(db, { ...row, updatedAt: new Date().toISOString() });
      writePackItems(
        db,
        snapshot.id,
        items.map((item) => ({ id: item.id, spec: specByIdentity(db, item.spec) })),
      );
    });
    return mustRead(db, snapshot.id);
  },

  'packs:addItem': async ({ packId, spec: input, position }, { db }) => {
    const spec = checkTarget(db, input, mustRead(db, packId));
    return mutateItems(db, packId, (items) => {
      const at = Math.min(position ?? items.length, items.length);
      return [...items.slice(0, at), { id: newId('i'), spec }, ...items.slice(at)];
    });
  },

  'packs:updateItem': async ({ packId, itemId, spec: input }, { db }) => {
    const pack = mustRead(db, packId);
    const spec = checkTarget(db, input, { ...pack, items: [] });
    return mutateItems(db, packId, (items) => {
      const index = findItem(items, itemId);
      if (items[index]?.spec.kind !== spec.kind) throw apiError('invalid-input', 'errors.itemKind');
      return items.map((item, i) => (i === index ? { id: item.id, spec } : item));
    });
  },

  'packs:removeItem': async ({ packId, itemId }, { db }) =>
    mutateItems(db, packId, (items) => {
      findItem(items, itemId);
      return items.filter((item) => item.id !== itemId);
    }),

  'packs:moveItem': async ({ packId, itemId, position }, { db }) =>
    mutateItems(db, packId, (items) => {
      const index = findItem(items, itemId);
      const rest = items.filter((_, i) => i !== index);
      const at = Math.min(position, rest.length);
      return [...rest.slice(0, at), items[index] as (typeof items)[number], ...rest.slice(at)];
    }),

  'packs:createSample': async ({ language }, { db }) => {
    try {
      return mustRead(db, createSamplePack(db, language ? { language } : {}));
    } catch (error) {
      if (error instanceof SamplePackError) throw new ApiError('not-found', error.message);
      throw error;
    }
  },

  'export:pdf': async ({ packId, path, pageSize }, context) => {
    try {
      const printed = await exportPack(context.db, packId, printerFor(context), {
        ...(path ? { path } : {}),
        ...(pageSize ? { pageSize } : {}),
      });
      const safeTitle =
        printed.pack.title
          .replace(/[\\/:*?"<>|]+/g, ' ')
          .replace(/\p{Cc}+/gu, ' ')
          .trim()
          .slice(0, 120) || 'Briefing pack';
      return {
        path: path ?? null,
        pdfBase64: path ? null : Buffer.from(printed.bytes).toString('base64'),
        pageCount: printed.pageCount,
        byteLength: printed.bytes.byteLength,
        fileName: path ? basename(path) : `${safeTitle}.pdf`,
      };
    } catch (error) {
      exportFailure(error);
    }
  },
};
