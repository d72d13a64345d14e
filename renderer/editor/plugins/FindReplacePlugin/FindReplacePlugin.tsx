import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $findMatches, $replaceAll, $replaceMatch, type TextMatch } from './find.ts';

// Matches are painted with the CSS Custom Highlight API: no change to the editor's DOM.
const ALL = 'precis-find';
const CURRENT = 'precis-find-current';

function highlights(): Map<string, unknown> | undefined {
  return (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
}

/** The find / replace bar. Enter: next; Shift+Enter: previous; Escape: close. */
export function FindReplacePlugin({
  open,
  withReplace,
  onClose,
}: {
  open: boolean;
  withReplace: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [chosenIndex, setCurrent] = useState(0);
  // Bumped on every content change, so the matches below are recomputed.
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const matches: TextMatch[] = useMemo(
    () => (open && version >= 0 ? editor.getEditorState().read(() => $findMatches(query, caseSensitive)) : []),
    [editor, open, query, caseSensitive, version],
  );
  const current = matches.length === 0 ? 0 : Math.min(chosenIndex, matches.length - 1);

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open, withReplace]);

  useEffect(() => {
    if (!open) return;
    return editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
      if (dirtyLeaves.size + dirtyElements.size > 0) setVersion((v) => v + 1);
    });
  }, [editor, open]);

  // Paint the matches.
  useEffect(() => {
    const registry = highlights();
    const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (!registry || !Highlight) return;
    if (!open || matches.length === 0) {
      registry.delete(ALL);
      registry.delete(CURRENT);
      return;
    }
    const ranges: Range[] = [];
    let currentRange: Range | undefined;
    matches.forEach((match, i) => {
      const text = editor.getElementByKey(match.key)?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return;
      const range = document.createRange();
      try {
        range.setStart(text, match.start);
        range.setEnd(text, match.end);
      } catch {
        return;
      }
      if (i === current) currentRange = range;
      else ranges.push(range);
    });
    registry.set(ALL, new Highlight(...ranges));
    if (currentRange) {
      registry.set(CURRENT, new Highlight(currentRange));
      const rect = currentRange.getBoundingClientRect();
      const scroller = editor.getRootElement()?.closest('.note-scroll');
      if (scroller && (rect.top < 80 || rect.bottom > window.innerHeight - 40)) {
        scroller.scrollBy({ top: rect.top - window.innerHeight / 2 });
      }
    } else registry.delete(CURRENT);
    return () => {
      registry.delete(ALL);
      registry.delete(CURRENT);
    };
  }, [editor, open, matches, current]);

  if (!open) return null;

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setCurrent((c) => (c + delta + matches.length) % matches.length);
  };
  const replaceOne = () => {
    const match = matches[current];
    if (!match) return;
    editor.update(() => {
      $replaceMatch(match, query, replacement, caseSensitive);
    });
  };
  const replaceEvery = () => {
    let count = 0;
    editor.update(() => {
      count = $replaceAll(query, replacement, caseSensitive);
    });
    setMessage(t('editor.replaced', { count }));
  };

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={t('editor.findInNote')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          editor.focus();
        }
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('editor.find')}
        placeholder={t('editor.find')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
          setMessage('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query
          ? matches.length === 0
            ? t('search.find.none')
            : t('editor.matchPosition', { index: current + 1, count: matches.length })
          : ''}
      </span>
      <button type="button" className="icon-button" aria-label={t('search.find.previous')} onClick={() => step(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label={t('search.find.next')} onClick={() => step(1)}>
        ↓
      </button>
      <label className="find-option">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} />{' '}
        {t('editor.matchCase')}
      </label>
      {withReplace && (
        <>
          <input
            type="text"
            aria-label={t('editor.replaceWith')}
            placeholder={t('editor.replaceWith')}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button type="button" className="small-button" onClick={replaceOne} disabled={matches.length === 0}>
            {t('editor.replace')}
          </button>
          <button type="button" className="small-button" onClick={replaceEvery} disabled={matches.length === 0}>
            {t('editor.replaceAll')}
          </button>
        </>
      )}
      <span className="find-message" role="status">
        {message}
      </span>
      <button type="button" className="icon-button" aria-label={t('search.find.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
