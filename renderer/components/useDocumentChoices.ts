/**
 * The documents a picker offers, read from the store a window at a time (`documents:page`):
 * the most recent imports, or those whose titles hold the words typed, never the whole library.
 * Documents a picker must show whatever the filter (the one chosen, the suggested ones) are read
 * by id; those the window does not hold come first. Versions of a document are listed together,
 * the newest first.
 */
import { useEffect, useState } from 'react';
import type { PagedDocument } from '../../shared/api/index.ts';
import { newestVersionsFirst } from '../../shared/model/index.ts';
import { call } from '../api/client.ts';

/** How many documents a picker lists at once: a long scroll, still a bounded read. */
export const DOCUMENT_CHOICES = 200;

/** How long typing must pause before the store is asked again. */
const TYPING_PAUSE_MS = 150;

export interface DocumentChoiceQuery {
  /** Words of the title (case and accents ignored). */
  text: string;
  /** Leave out documents in this language (a language version's partner is in another). */
  otherThanLanguage?: string | undefined;
  /** Always in the list, whatever the words typed (read by id; first when the window lacks them). */
  pinned?: readonly string[];
  /** Nothing is read while false (a closed dialog). */
  enabled?: boolean;
}

export interface DocumentChoices {
  /** The pinned documents the window lacks, then the window; null until the first answer. */
  documents: PagedDocument[] | null;
  /** How many documents match the words typed (the window holds at most DOCUMENT_CHOICES). */
  total: number;
  /** How many of the matching documents the window holds. */
  shown: number;
  error: string | null;
}

export function useDocumentChoices({
  text,
  otherThanLanguage,
  pinned = [],
  enabled = true,
}: DocumentChoiceQuery): DocumentChoices {
  const [choices, setChoices] = useState<DocumentChoices>({ documents: null, total: 0, shown: 0, error: null });
  const pinnedKey = pinned.join('\n');

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const words = text.trim();
    const pinnedIds = pinnedKey ? pinnedKey.split('\n') : [];
    // The first read is at once; later ones wait for the typing to pause.
    const timer = window.setTimeout(
      () => {
        Promise.all([
          call('documents:page', {
            limit: DOCUMENT_CHOICES,
            ...(words ? { text: words } : {}),
            ...(otherThanLanguage ? { otherThanLanguage } : {}),
          }),
          pinnedIds.length > 0 ? call('documents:summaries', { ids: pinnedIds }) : Promise.resolve([]),
        ]).then(
          ([page, first]) => {
            if (!live) return;
            const inWindow = new Set(page.documents.map((d) => d.id));
            setChoices({
              // Versions of one document side by side, the newest first (so it is the default).
              documents: newestVersionsFirst([...first.filter((d) => !inWindow.has(d.id)), ...page.documents]),
              total: page.total,
              shown: page.documents.length,
              error: null,
            });
          },
          (error: unknown) =>
            live &&
            setChoices((previous) => ({
              ...previous,
              documents: previous.documents ?? [],
              error: error instanceof Error ? error.message : String(error),
            })),
        );
      },
      words ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, otherThanLanguage, pinnedKey, enabled]);

  return choices;
}
