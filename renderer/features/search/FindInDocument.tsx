import { formatParagraphLabels } from '../../../shared/model/citation.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';
import { clearHits, paintHits } from './highlights.ts';
import { findParam } from './searchRoute.ts';
import { useIssueText } from './SearchView.tsx';
import { bringIntoView, paragraphElement } from '../reader/reveal.ts';

type Found = ApiOutput<'search:inDocument'>;

/** Ctrl+F / ⌘F (without Shift) opens the find bar while a document is open. */
function isFindShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f';
}

/**
 * Find in the open document: every matching paragraph is marked in the text (same matching
 * as the search: accents, prefixes, phrases, OR, NOT); Enter and Shift+Enter step through
 * them. Opened by Ctrl+F, or already filled when a search hit opened the document.
 */
export function FindInDocument({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const initial = findParam(window.location.hash);
  const [open, setOpen] = useState(initial !== '');
  const [query, setQuery] = useState(initial);
  const [answer, setAnswer] = useState<{ query: string; found?: Found; error?: string } | null>(null);
  const [index, setIndex] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isFindShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => {
        input.current?.focus();
        input.current?.select();
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Search as the query changes (debounced).
  useEffect(() => {
    if (!open || query.trim() === '') return;
    let live = true;
    const timer = setTimeout(() => {
      call('search:inDocument', { documentId, query }).then(
        (result) => {
          if (!live) return;
          setAnswer({ query, found: result });
          // Start at the paragraph the address points at, if it is a hit.
          const focusN = /\/p\/(\d+)/.exec(window.location.hash)?.[1];
          const at = result.paragraphs.findIndex((p) => String(p.n) === focusN);
          setIndex(result.paragraphs.length === 0 ? -1 : Math.max(at, 0));
        },
        (e: unknown) => live && setAnswer({ query, error: e instanceof Error ? e.message : String(e) }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, query, documentId]);

  const current_ = open && query.trim() !== '' && answer?.query === query ? answer : null;
  const found = current_?.found ?? null;
  const error = current_?.error ?? null;

  // Paint hits, again whenever the reader re-renders its paragraphs.
  const paragraphs = found?.paragraphs;
  const current = paragraphs && index >= 0 ? (paragraphs[index]?.n ?? null) : null;
  useEffect(() => {
    if (!paragraphs || !open) {
      clearHits();
      return;
    }
    let frame = 0;
    const paint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => paintHits(paragraphs, current));
    };
    paint();
    const main = document.getElementById('main');
    const observer = new MutationObserver(paint);
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [paragraphs, current, open]);

  useEffect(() => () => clearHits(), []);

  const step = useCallback(
    (delta: number) => {
      if (!paragraphs || paragraphs.length === 0) return;
      const next = (index + delta + paragraphs.length) % paragraphs.length;
      setIndex(next);
      const n = paragraphs[next]?.n;
      // A long document draws the hit's paragraph first (reader/reveal.ts).
      const element = n ? paragraphElement(n) : null;
      if (element) bringIntoView(element, { block: 'center', smooth: true });
    },
    [paragraphs, index],
  );

  if (!open) return null;
  const count = paragraphs?.length ?? 0;
  let status = '';
  if (error) status = error;
  else if (found?.message) status = issueText(found.message);
  else if (found && query.trim()) {
    const hit = paragraphs?.[index];
    status =
      count === 0
        ? t('search.find.none')
        : t('citation.findStatus', {
            paragraph: formatParagraphLabels([hit?.label ?? String(current)]),
            index: index + 1,
            count,
          });
  }

  return (
    <div className="find-bar" role="search" aria-label={t('search.find.label')}>
      <input
        ref={input}
        type="search"
        className="find-bar-input"
        aria-label={t('search.find.label')}
        placeholder={t('search.find.label')}
        value={query}
        autoFocus={initial === ''}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setOpen(false);
            setQuery('');
          }
        }}
      />
      <span className="find-bar-status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="find-bar-button"
        onClick={() => step(-1)}
        disabled={count === 0}
        aria-label={t('search.find.previous')}
      >
        ↑
      </button>
      <button
        type="button"
        className="find-bar-button"
        onClick={() => step(1)}
        disabled={count === 0}
        aria-label={t('search.find.next')}
      >
        ↓
      </button>
      <button
        type="button"
        className="find-bar-button"
        aria-label={t('search.find.close')}
        onClick={() => {
          setOpen(false);
          setQuery('');
        }}
      >
        ×
      </button>
    </div>
  );
}
