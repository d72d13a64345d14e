/**
 * The packs domain (`packs:*` in the API): briefing packs, their items and classification.
 * The handlers in `api/packs.api.ts` only call these.
 */
import { ApiError, apiError, type ApiParsedInput, type PackSnapshot } from '../../../shared/api/index.ts';
import {
  CLASSIFICATION_LABELS,
  classificationRank,
  MAX_PACK_ITEMS,
  type Classification,
  type Pack,
  type PackItemSpec,
  type PackItemSpecInput,
} from '../../../shared/model/index.ts';
import { newId } from '../library/ids.ts';
import { paragraphsById } from '../store/citations.store.ts';
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
import { excerptIdsInVersion } from './excerpt-to-version.ts';
import { listPacks, readPack } from './pack-view.ts';
import { createSamplePack, SamplePackError } from './sample-pack.ts';

export { listPacks };

/** The pack with this id, or the API's not-found error. */
export function mustRead(db: Database, id: string): Pack {
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

/** A new, empty pack with the defaults a form leaves out. */
export function createPack(db: Database, input: ApiParsedInput<'packs:create'>): Pack {
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
}

/** New cover fields; a classification never below the items'. */
export function updatePack(db: Database, { id, classification, ...fields }: ApiParsedInput<'packs:update'>): Pack {
  const pack = mustRead(db, id);
  if (classification) checkClassification(pack, classification);
  updatePackRow(
    db,
    id,
    { ...fields, ...(classification ? { chosenClassification: classification } : {}) },
    new Date().toISOString(),
  );
  return mustRead(db, id);
}

/** Deletes a pack and returns what `restorePack` needs to bring it back (undo). */
export function deletePack(db: Database, id: string): PackSnapshot {
  const row = getPackRow(db, id);
  if (!row) throw apiError('not-found', 'errors.packNotFound', { id: id });
  const items = listPackItems(db, id).map(({ id: itemId, spec }) => ({ id: itemId, spec }));
  deletePackRow(db, id);
  const { chosenClassification, createdAt, updatedAt: _updated, ...fields } = row;
  return { ...fields, chosenClassification, createdAt, items };
}

/** A deleted pack back from its snapshot. */
export function restorePack(db: Database, snapshot: ApiParsedInput<'packs:restore'>): Pack {
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
}

/** An item added at `position` (the end by default), its target checked. */
export function addPackItem(db: Database, { packId, spec: input, position }: ApiParsedInput<'packs:addItem'>): Pack {
  const spec = checkTarget(db, input, mustRead(db, packId));
  return mutateItems(db, packId, (items) => {
    const at = Math.min(position ?? items.length, items.length);
    return [...items.slice(0, at), { id: newId('i'), spec }, ...items.slice(at)];
  });
}

/** An item's new target, of the same kind. */
export function updatePackItem(
  db: Database,
  { packId, itemId, spec: input }: ApiParsedInput<'packs:updateItem'>,
): Pack {
  const pack = mustRead(db, packId);
  // "Use the newest": an excerpt moved to another version of its document keeps its words.
  const before = pack.items.find((item) => item.id === itemId)?.spec;
  if (before?.kind === 'excerpt' && input.kind === 'excerpt' && 'paragraphIds' in input) {
    const ids = excerptIdsInVersion(db, before.documentId, input.paragraphIds, input.documentId);
    if (ids) input = { ...input, paragraphIds: ids };
  }
  const spec = checkTarget(db, input, { ...pack, items: [] });
  return mutateItems(db, packId, (items) => {
    const index = findItem(items, itemId);
    if (items[index]?.spec.kind !== spec.kind) throw apiError('invalid-input', 'errors.itemKind');
    return items.map((item, i) => (i === index ? { id: item.id, spec } : item));
  });
}

export function removePackItem(db: Database, packId: string, itemId: string): Pack {
  return mutateItems(db, packId, (items) => {
    findItem(items, itemId);
    return items.filter((item) => item.id !== itemId);
  });
}

export function movePackItem(db: Database, packId: string, itemId: string, position: number): Pack {
  return mutateItems(db, packId, (items) => {
    const index = findItem(items, itemId);
    const rest = items.filter((_, i) => i !== index);
    const at = Math.min(position, rest.length);
    return [...rest.slice(0, at), items[index] as (typeof items)[number], ...rest.slice(at)];
  });
}

/** The sample pack over the sample documents (not found when they are not in the library). */
export function createSamplePackFor(db: Database, language: ApiParsedInput<'packs:createSample'>['language']): Pack {
  try {
    return mustRead(db, createSamplePack(db, language ? { language } : {}));
  } catch (error) {
    if (error instanceof SamplePackError) throw new ApiError('not-found', error.message);
    throw error;
  }
}
