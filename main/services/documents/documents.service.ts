/**
 * The documents domain (`documents:*` in the API): the library's listing, one window at a time
 * or whole in slices. The handlers in `api/documents.api.ts` only call these.
 */
import type { DocumentSummary } from '../../../shared/model/index.ts';
import type { Database } from '../store/database.ts';
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
 * The last view's ids in order: scrolling asks for one window after another of the same
 * order, which is then sorted once, not once per window. Any change to the store drops it.
 */
const lastOrder = new WeakMap<Database, OrderedIds>();

function idsInOrder(db: Database, order: DocumentOrder): OrderedIds {
  const key = JSON.stringify([
    order.sort,
    order.descending,
    order.text ?? '',
    order.kind ?? '',
    order.language ?? '',
    order.kindOrder ?? [],
  ]);
  const stamp = storeChangeStamp(db);
  const last = lastOrder.get(db);
  if (last?.key === key && last.stamp === stamp) return last;
  const fresh = { key, stamp, ids: orderedDocumentIds(db, order), languages: documentLanguages(db) };
  lastOrder.set(db, fresh);
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
