/**
 * The documents domain (`documents:*` in the API): the library's listing, one window at a time
 * or whole in slices; a document by id, its metadata and structure corrected, renamed, deleted
 * and restored; imports. The handlers in `api/documents.api.ts` only call these.
 */
import { ApiError, apiError, type ApiError as ApiErrorType, type ImportResult } from '../../../shared/api/index.ts';
import type { DocumentSummary, SectionDraft, StoredDocument } from '../../../shared/model/index.ts';
import { ImportError } from '../import/index.ts';
import { importIntoLibrary, makeVersionOf } from '../library/import-document.ts';
import { suggestPartners } from '../library/pair-suggestions.ts';
import { restructureDocument } from '../library/restructure.ts';
import { summaryOf } from '../library/store-import.ts';
import type { TaskRegistry } from '../tasks/task-registry.ts';
import type { AppEvents } from '../api/events.ts';
import { countAnnotationsOnDocument } from '../store/annotations.store.ts';
import type { Database } from '../store/database.ts';
import { getDocument, getDocumentSummary, updateMetadata } from '../store/documents.store.ts';
import { isDocumentDeleted, renameDocument, setDocumentDeleted } from '../store/library.store.ts';
import { listLiveVersions } from '../store/series-tags.store.ts';
import { originalView } from '../library/original-view.ts';
import {
  allDocumentIds,
  documentLanguages,
  orderedDocumentIds,
  storeChangeStamp,
  summariesByIds,
  type DocumentOrder,
  type PagedDocument,
} from '../store/document-pages.store.ts';
import { yieldToLoop } from '../tasks/yield.ts';

/** Rows read between two turns of the event loop when a caller needs every summary. */
export const LIST_SLICE = 1_000;

export interface DocumentPage {
  /** Every live document the filters keep (not only this window). */
  total: number;
  documents: PagedDocument[];
  /** The languages the library holds (its language filter). */
  languages: string[];
}

interface OrderedIds {
  key: string;
  stamp: string;
  ids: string[];
  languages: string[];
}

/**
 * The ids of the last few views in order (the sidebar's and the table's, say): scrolling asks
 * for one window after another of the same order, which is then sorted once, not once per
 * window. Any change to the store drops them.
 */
const recentOrders = new WeakMap<Database, OrderedIds[]>();
const KEPT_ORDERS = 4;

function idsInOrder(db: Database, order: DocumentOrder): OrderedIds {
  const key = JSON.stringify([
    order.sort,
    order.descending,
    order.text ?? '',
    order.kind ?? '',
    order.language ?? '',
    order.otherThanLanguage ?? '',
    order.kindOrder ?? [],
  ]);
  const stamp = storeChangeStamp(db);
  const kept = (recentOrders.get(db) ?? []).filter((entry) => entry.stamp === stamp);
  const found = kept.find((entry) => entry.key === key);
  if (found) return found;
  const fresh = { key, stamp, ids: orderedDocumentIds(db, order), languages: documentLanguages(db) };
  recentOrders.set(db, [fresh, ...kept].slice(0, KEPT_ORDERS));
  return fresh;
}

/** One window of the library view: `limit` rows from `offset` in the view's order. */
export function pageDocuments(db: Database, query: DocumentOrder & { offset: number; limit: number }): DocumentPage {
  const { ids, languages } = idsInOrder(db, query);
  const documents = summariesByIds(db, ids.slice(query.offset, query.offset + query.limit));
  return { total: ids.length, documents, languages };
}

/** These documents' summaries, in the order asked (deleted or unknown ids are left out). */
export function documentSummaries(db: Database, ids: readonly string[]): PagedDocument[] {
  return summariesByIds(db, ids);
}

/**
 * Every live document, newest import first (`documents:list`, the CLI's `precis list`). The
 * summaries are read a slice at a time and other calls run in between: a big library never
 * holds the service host for the whole read.
 */
export async function listAllDocuments(db: Database): Promise<DocumentSummary[]> {
  const ids = allDocumentIds(db);
  const result: DocumentSummary[] = [];
  for (let start = 0; start < ids.length; start += LIST_SLICE) {
    if (start > 0) await yieldToLoop();
    for (const { annotationCount: _count, ...summary } of summariesByIds(db, ids.slice(start, start + LIST_SLICE))) {
      result.push(summary);
    }
  }
  return result;
}

function missing(id: string): ApiErrorType {
  return apiError('not-found', 'errors.notFound', { id });
}

/** The document with this id, or the API's not-found error. */
export function requireDocument(db: Database, id: string): StoredDocument {
  const document = getDocument(db, id);
  if (!document) throw missing(id);
  return document;
}

/** Corrected metadata stored; the document as it now is. */
export function correctMetadata(
  db: Database,
  id: string,
  metadata: Parameters<typeof updateMetadata>[2],
): StoredDocument {
  requireDocument(db, id);
  updateMetadata(db, id, metadata);
  return requireDocument(db, id);
}

/** A structure correction, cancellable until its re-anchoring starts. */
export async function correctStructure(
  db: Database,
  tasks: TaskRegistry,
  { id, sections, taskId }: { id: string; sections: SectionDraft[]; taskId?: string | undefined },
): Promise<StoredDocument> {
  const task = tasks.begin(taskId);
  try {
    requireDocument(db, id);
    // The last moment to cancel: the correction and its re-anchoring then go through together.
    await task.step(0.1, 'reanchoring');
    restructureDocument(db, id, sections);
    task.report(1);
    return requireDocument(db, id);
  } finally {
    task.end();
  }
}

/** The user's answer "a new version of that one": `id` joins the series of `of`. */
export function joinSeries(db: Database, id: string, of: string): ImportResult {
  const versionOf = makeVersionOf(db, id, of);
  return { outcome: 'new-version', document: summaryOf(db, id), versionOf, possibleVersionOf: null };
}

/** The likeliest other language version of a just-imported document; a failure here never fails the import. */
function pairSuggestionFor(db: Database, documentId: string) {
  try {
    return suggestPartners(db, documentId)[0] ?? null;
  } catch (error) {
    console.error('pairing suggestion failed', error);
    return null;
  }
}

/** A file imported as a task (progress, cancel), with the other-language version it may pair with. */
export async function importDocument(
  db: Database,
  tasks: TaskRegistry,
  input: {
    fileName: string;
    mediaType?: string | undefined;
    dataBase64: string;
    progressId?: string | undefined;
    versionOf?: string | undefined;
    newDocument?: boolean | undefined;
  },
): Promise<ImportResult> {
  const { fileName, mediaType, dataBase64, progressId, versionOf, newDocument } = input;
  const bytes = Buffer.from(dataBase64, 'base64');
  // The progress id names the import as a task too: tasks:cancel stops it.
  const task = tasks.begin(progressId);
  task.report(0, 'reading');
  try {
    const result = await importIntoLibrary(
      db,
      { fileName, bytes, ...(mediaType ? { mediaType } : {}) },
      {
        signal: task.signal,
        onProgress: (fraction: number) => task.report(fraction, 'reading'),
        ...(versionOf ? { versionOf } : {}),
        ...(newDocument ? { newDocument } : {}),
      },
    );
    return { ...result, pairSuggestion: pairSuggestionFor(db, result.document.id) };
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('import-failed', error.message, error.translation);
    throw error;
  } finally {
    task.end();
  }
}

/** How far an import is (null once it is not running). */
export function importProgress(tasks: TaskRegistry, progressId: string): { fraction: number | null } {
  const progress = tasks.progress(progressId);
  return { fraction: progress.state === 'running' ? (progress.fraction ?? 0) : null };
}

/** A new title (spaces collapsed); the library views are told. */
export function renameLiveDocument(db: Database, events: AppEvents, id: string, title: string): DocumentSummary {
  if (!renameDocument(db, id, title.replace(/\s+/g, ' '))) throw missing(id);
  events.emit({ type: 'library-changed' });
  const summary = getDocumentSummary(db, id);
  if (!summary) throw missing(id);
  return summary;
}

/** Moves a document to the bin (restorable), saying what went with it. */
export function deleteDocument(
  db: Database,
  events: AppEvents,
  id: string,
): { id: string; title: string; annotationCount: number } {
  if (isDocumentDeleted(db, id) !== false) throw missing(id);
  const document = getDocument(db, id);
  if (!document) throw missing(id);
  const annotationCount = countAnnotationsOnDocument(db, id);
  setDocumentDeleted(db, id, new Date().toISOString());
  events.emit({ type: 'library-changed' });
  return { id, title: document.title, annotationCount };
}

/** Brings a deleted document back. */
export function restoreDocument(db: Database, events: AppEvents, id: string): DocumentSummary {
  if (!setDocumentDeleted(db, id, null)) throw missing(id);
  events.emit({ type: 'library-changed' });
  const summary = getDocumentSummary(db, id);
  if (!summary) throw missing(id);
  return summary;
}

export { originalView };

/** The live versions of a document's series, oldest first. */
export function documentVersions(db: Database, id: string): ReturnType<typeof listLiveVersions> {
  return listLiveVersions(db, requireDocument(db, id).seriesId);
}
