/**
 * A stored pack, resolved against the library: every item becomes print data, or the export
 * stops and names the item that is missing. Also gives each item's label and classification
 * for the pack editor.
 */
import { translateApiError, translation, type ApiErrorTranslation } from '../../../shared/api/index.ts';
import { translator, type Language } from '../../../shared/i18n/index.ts';
import {
  classificationRank,
  documentName,
  formatParagraphLabels,
  highestClassification,
  type DocumentSummary,
  type Classification,
  type PackItemCitation,
  type PackItemSpec,
} from '../../../shared/model/index.ts';
import { resolveCitation } from '../library/citations.ts';
import type { Database } from '../store/database.ts';
import { getDocumentSummary } from '../store/documents.store.ts';
import { getPackRow, listPackItems, type PackRow } from '../store/packs.store.ts';
import {
  ItemRangeError,
  resolveAnnexItem,
  resolveAnnotationsItem,
  resolveExcerptItem,
} from './items/document-items.ts';
import { describeNote, printedApproval, resolveNoteItem } from './items/note-item.ts';
import type { PrintItem, PrintPack } from './print-model.ts';

/** Why an export could not start; the message is for the user. */
export class ExportError extends Error {
  readonly reason: 'not-found' | 'missing-item' | 'empty' | 'printer' | 'write' | 'template';
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(reason: ExportError['reason'], translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'ExportError';
    this.reason = reason;
    this.translation = translation;
  }
}

export interface ItemDescription {
  label: string;
  classification: Classification;
  missing: boolean;
  citation?: PackItemCitation;
  /** The item points at an older version of its document: the newest one. */
  newer?: { documentId: string; version: number; from: number };
}

/** The newest version of a document, when the item's document is not it. */
function newerVersion(doc: DocumentSummary): ItemDescription['newer'] {
  return doc.latestId && doc.latestVersion && doc.latestVersion > doc.version
    ? { documentId: doc.latestId, version: doc.latestVersion, from: doc.version }
    : undefined;
}

/** What the pack editor shows for an item, without printing anything. */
export function describeItem(db: Database, spec: PackItemSpec, language: Language = 'en'): ItemDescription {
  const t = translator(language);
  if (spec.kind === 'note') {
    const note = describeNote(db, spec.noteId);
    return note
      ? { label: note.title, classification: note.classification, missing: false }
      : { label: t('packItems.missingNote', { id: spec.noteId }), classification: 'unclassified', missing: true };
  }
  const doc = getDocumentSummary(db, spec.documentId);
  if (!doc) {
    return {
      label: t('packItems.missingDocument', { id: spec.documentId }),
      classification: 'unclassified',
      missing: true,
    };
  }
  // Imported documents are public texts: an excerpt or annex of one is unclassified.
  const classification: Classification = 'unclassified';
  // Named with its version and date when the library holds several versions of it.
  const title = documentName(doc, language);
  const newer = newerVersion(doc);
  const version = newer ? { newer } : {};
  if (spec.kind === 'excerpt') {
    // By identity: the numbers shown are the paragraphs' numbers now; a merged, split or removed
    // paragraph is said so (the item must be reviewed before the pack can print).
    const resolved = resolveCitation(db, { documentId: spec.documentId, paragraphIds: spec.paragraphIds });
    const status = resolved.status === 'missing' ? 'removed' : resolved.status;
    const range = formatParagraphLabels(resolved.paragraphs);
    const base = t('packItems.excerpt', {
      title: spec.heading ? documentName({ ...doc, title: spec.heading }, language) : title,
      range,
    });
    return {
      label:
        status === 'current' ? base : t('packReview.label', { label: base, change: t(`citation.change.${status}`) }),
      classification,
      missing: false,
      citation: { status, labels: resolved.labels, current: resolved.paragraphs },
      ...version,
    };
  }
  if (spec.kind === 'document') {
    const label = spec.bilingual
      ? t('pairs.packs.bilingualAnnex', { title })
      : spec.sections === null
        ? t('packItems.annex', { title })
        : t('packItems.annexSections', { title, count: spec.sections.length });
    return { label, classification, missing: false, ...version };
  }
  return { label: t('packItems.annotations', { title }), classification, missing: false, ...version };
}

/** The classification a pack is marked with: the user's choice, never below its items'. */
export function effectiveClassification(chosen: Classification, items: readonly Classification[]): Classification {
  const minimum = highestClassification(items);
  return classificationRank(chosen) >= classificationRank(minimum) ? chosen : minimum;
}

/** A document item's reference with its version facts, so headings can name the version. */
function withVersion(db: Database, item: PrintItem | undefined): PrintItem | undefined {
  if (!item || item.kind === 'note') return item;
  const summary = getDocumentSummary(db, item.document.id);
  if (!summary) return item;
  const facts = { version: summary.version, ...(summary.versionCount ? { versionCount: summary.versionCount } : {}) };
  return { ...item, document: { ...item.document, ...facts } };
}

function resolveItem(db: Database, id: string, spec: PackItemSpec): PrintItem | undefined {
  return withVersion(db, resolveSpec(db, id, spec));
}

function resolveSpec(db: Database, id: string, spec: PackItemSpec): PrintItem | undefined {
  switch (spec.kind) {
    case 'note':
      return resolveNoteItem(db, id, spec.noteId);
    case 'excerpt':
      return resolveExcerptItem(db, id, spec);
    case 'document':
      return resolveAnnexItem(db, id, spec);
    case 'annotations':
      return resolveAnnotationsItem(db, id, spec);
  }
}

export function resolvePack(db: Database, packId: string): PrintPack {
  const row: PackRow | undefined = getPackRow(db, packId);
  if (!row) throw new ExportError('not-found', translation('errors.packNotFound', { id: packId }));
  const items: PrintItem[] = [];
  const classifications: Classification[] = [];
  for (const [index, item] of listPackItems(db, packId).entries()) {
    let resolved: PrintItem | undefined;
    try {
      resolved = resolveItem(db, item.id, item.spec);
    } catch (error) {
      if (error instanceof ItemRangeError)
        throw new ExportError(
          'missing-item',
          translation('export.itemCannotPrint', { n: index + 1 }, { nested: { reason: error.translation } }),
        );
      throw error;
    }
    if (!resolved) {
      throw new ExportError(
        'missing-item',
        item.spec.kind === 'note'
          ? translation('export.itemNoteGone', { n: index + 1, id: item.spec.noteId })
          : translation('export.itemDocumentGone', { n: index + 1, id: item.spec.documentId }),
      );
    }
    items.push(resolved);
    classifications.push(resolved.kind === 'note' ? resolved.classification : 'unclassified');
  }
  if (items.length === 0) throw new ExportError('empty', translation('export.empty'));
  const approval = printedApproval(db, 'pack', packId);
  return {
    ...(approval ? { approval } : {}),
    id: row.id,
    title: row.title,
    audience: row.audience,
    date: row.date,
    language: row.language,
    classification: effectiveClassification(row.chosenClassification, classifications),
    preparedBy: row.preparedBy,
    pageSize: row.pageSize,
    items,
  };
}
