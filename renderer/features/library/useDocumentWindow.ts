/**
 * The rows of a library view, read a block at a time as they come into view (`documents:page`):
 * the store sorts and filters, the page never holds every summary. A row not read yet is
 * `undefined` (drawn as a placeholder of the same height). When the view's order or filters
 * change, or the library does (`generation`), the rows already shown stay until the new first
 * block arrives, so the list does not flash empty.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentSortKey, PagedDocument } from '../../../shared/api/index.ts';
import type { DocumentKind } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

/** Rows per request: a few screens. */
export const DOCUMENT_BLOCK = 100;

export interface DocumentViewOrder {
  sort: DocumentSortKey;
  descending: boolean;
  text?: string;
  kind?: DocumentKind;
  language?: string;
  kindOrder?: DocumentKind[];
}

export interface DocumentWindow {
  /** How many documents the view holds; null until the first block is read. */
  total: number | null;
  /** The languages the library holds (its language filter). */
  languages: string[];
  rowAt: (index: number) => PagedDocument | undefined;
  error: string | null;
}

interface Loaded {
  key: string;
  total: number | null;
  languages: string[];
  rows: ReadonlyMap<number, PagedDocument>;
}

export function useDocumentWindow(
  order: DocumentViewOrder,
  range: { start: number; end: number },
  generation: number,
): DocumentWindow {
  const key = JSON.stringify([order, generation]);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', total: null, languages: [], rows: new Map() });
  const [error, setError] = useState<string | null>(null);
  // Blocks asked for, per view key: each block is read once per view.
  const asked = useRef<{ key: string; blocks: Set<number> }>({ key: '', blocks: new Set() });
  // The view on screen: answers for an earlier one are dropped.
  const current = useRef('');

  // Until this view's first block arrives, the previous view's rows and count stand.
  const fresh = loaded.key === key;
  const total = loaded.total;
  const first = Math.floor(range.start / DOCUMENT_BLOCK);
  const last =
    fresh && total !== null ? Math.floor(Math.max(0, Math.min(range.end, total) - 1) / DOCUMENT_BLOCK) : first;

  useEffect(() => {
    current.current = key;
    if (asked.current.key !== key) asked.current = { key, blocks: new Set() };
    const blocks = asked.current.blocks;
    // A new view starts from its first block in view; the count it brings sizes the rest.
    for (let block = first; block <= (fresh ? last : first); block++) {
      if (blocks.has(block)) continue;
      blocks.add(block);
      const viewKey = key;
      call('documents:page', { ...order, offset: block * DOCUMENT_BLOCK, limit: DOCUMENT_BLOCK }).then(
        (page) => {
          if (current.current !== viewKey) return;
          setError(null);
          setLoaded((previous) => {
            const rows = new Map(previous.key === viewKey ? previous.rows : []);
            page.documents.forEach((document, i) => rows.set(block * DOCUMENT_BLOCK + i, document));
            return { key: viewKey, total: page.total, languages: page.languages, rows };
          });
        },
        (e: unknown) => {
          blocks.delete(block);
          if (current.current === viewKey) setError(e instanceof Error ? e.message : String(e));
        },
      );
    }
    // `order` is part of `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, first, last, fresh]);

  return {
    total,
    languages: loaded.languages,
    rowAt: (index) => loaded.rows.get(index),
    error,
  };
}
