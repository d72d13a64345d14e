import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThreadView } from '../../../shared/api/index.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import { call } from '../../api/client.ts';
import { useLanguage } from '../../i18n/index.ts';
import { onTeamEvent } from './team-events.ts';

function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

/** The passage selected in the note's editable area, and which occurrence of its text it is. */
function selectedPassage(root: HTMLElement | null): { quote: string; occurrence: number } | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const quote = range.toString().trim();
  if (!quote) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return { quote, occurrence: countOccurrences(before.toString(), quote) };
}

/** Selects the first place in the editable area whose text is `quote`. */
function showPassage(root: HTMLElement | null, quote: string): void {
  if (!root || !quote) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    text += node.textContent ?? '';
  }
  const start = text.indexOf(quote);
  if (start === -1) return;
  const locate = (offset: number): [Text, number] | undefined => {
    let seen = 0;
    for (const node of nodes) {
      const length = node.textContent?.length ?? 0;
      if (offset <= seen + length) return [node, offset - seen];
      seen += length;
    }
    return undefined;
  };
  const from = locate(start);
  const to = locate(start + quote.length);
  if (!from || !to) return;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  from[0].parentElement?.scrollIntoView({ block: 'center' });
}

/** Reviewers' threads on a shared note's passages: comment on a selection, reply, resolve, reopen. */
export function CommentsPanel({
  noteId,
  editableRef,
  readOnly,
}: {
  noteId: string;
  editableRef: RefObject<HTMLElement | null>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [threads, setThreads] = useState<CommentThreadView[]>([]);
  const [draft, setDraft] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  // The passage last selected in the note: writing the comment moves the focus out of the note.
  const [passage, setPassage] = useState<{ quote: string; occurrence: number } | null>(null);

  useEffect(() => {
    const onSelection = () => {
      const selected = selectedPassage(editableRef.current);
      if (selected) setPassage(selected);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editableRef]);

  const load = useCallback(() => {
    call('comments:list', { noteId }).then(setThreads, () => setThreads([]));
  }, [noteId]);

  useEffect(() => {
    load();
    return onTeamEvent((event) => {
      if (event.type === 'team-item-changed' && event.kind === 'note' && event.id === noteId) load();
    });
  }, [load, noteId]);

  const act = (work: Promise<CommentThreadView[]>, after?: () => void) => {
    setError('');
    work.then(
      (next) => {
        setThreads(next);
        after?.();
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  const comment = () => {
    if (!passage) return setError(t('comments.selectFirst'));
    act(call('comments:add', { noteId, ...passage, body: draft }), () => {
      setDraft('');
      setPassage(null);
    });
  };

  return (
    <aside className="comments-panel" aria-label={t('comments.title')}>
      <h2>{t('comments.title')}</h2>
      {!readOnly && (
        <div className="comment-new">
          {passage ? (
            <blockquote className="comment-quote comment-quote--new">{passage.quote}</blockquote>
          ) : (
            <p className="muted">{t('comments.selectFirst')}</p>
          )}
          <textarea
            aria-label={t('comments.placeholder')}
            placeholder={t('comments.placeholder')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="button" className="small-button" disabled={draft.trim() === '' || !passage} onClick={comment}>
            {t('comments.add')}
          </button>
        </div>
      )}
      {error && (
        <div className="message message--error" role="alert">
          {error}
        </div>
      )}
      {threads.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ol className="comment-threads">
        {threads.map((thread) => (
          <li key={thread.id} className={`comment-thread${thread.resolved ? ' comment-thread--resolved' : ''}`}>
            <blockquote className="comment-quote">{thread.quote}</blockquote>
            {thread.anchor ? (
              <button
                type="button"
                className="link-button"
                onClick={() => showPassage(editableRef.current, thread.quote)}
              >
                {t('comments.show')}
              </button>
            ) : (
              <p className="muted">{t('comments.passageGone')}</p>
            )}
            <ul className="comment-list">
              {thread.comments.map((c) => (
                <li key={c.id}>
                  <span className="comment-author">{c.author}</span>{' '}
                  <time className="muted" dateTime={c.at}>
                    {formatDateTime(c.at, language)}
                  </time>
                  <p className="comment-body">{c.body}</p>
                </li>
              ))}
            </ul>
            {thread.resolved && <p className="muted">{t('comments.resolvedBy', { name: thread.resolved.by })}</p>}
            {!readOnly && (
              <div className="comment-actions">
                <input
                  aria-label={t('comments.replyPlaceholder')}
                  placeholder={t('comments.replyPlaceholder')}
                  value={replies[thread.id] ?? ''}
                  onChange={(event) => setReplies({ ...replies, [thread.id]: event.target.value })}
                />
                <button
                  type="button"
                  className="small-button"
                  disabled={(replies[thread.id] ?? '').trim() === ''}
                  onClick={() =>
                    act(call('comments:reply', { noteId, threadId: thread.id, body: replies[thread.id] ?? '' }), () =>
                      setReplies({ ...replies, [thread.id]: '' }),
                    )
                  }
                >
                  {t('comments.reply')}
                </button>
                <button
                  type="button"
                  className="small-button small-button--quiet"
                  onClick={() =>
                    act(call('comments:resolve', { noteId, threadId: thread.id, resolved: !thread.resolved }))
                  }
                >
                  {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
