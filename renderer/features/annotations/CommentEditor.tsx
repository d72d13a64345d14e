/**
 * The small comment editor: Lexical rich text with bold, italic, lists and links. Changes are
 * saved on their own (debounced, and at once on blur or when the editor closes), so a comment
 * is never more than a fraction of a second from the store.
 */
import { LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode } from '@lexical/list';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, FORMAT_TEXT_COMMAND, type EditorState } from 'lexical';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../shared/model/index.ts';
import { isSafeUrl } from '../../../shared/model/index.ts';
import { registerUnsaved } from '../../app/unsaved.ts';

/** How long typing may pause before the comment is saved (well under the 1 s promise). */
const SAVE_DELAY_MS = 400;

const THEME = {
  text: { bold: 'comment-bold', italic: 'comment-italic' },
  list: { ul: 'comment-ul', ol: 'comment-ol', listitem: 'comment-li' },
  link: 'comment-link',
  paragraph: 'comment-p',
};

function Toolbar() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');
  const inputId = useId();
  const applyLink = () => {
    if (isSafeUrl(url)) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
    setLinking(false);
    editor.focus();
  };
  return (
    <div className="comment-toolbar" role="toolbar" aria-label={t('editor.commentFormatting')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.bold')}
        title={t('editor.boldShortcut')}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
      >
        <b>B</b>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.italic')}
        title={t('editor.italicShortcut')}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
      >
        <i>I</i>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.bulletList')}
        onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
      >
        •≡
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.numberedList')}
        onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
      >
        1≡
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.link')}
        aria-expanded={linking}
        onClick={() => setLinking((v) => !v)}
      >
        🔗
      </button>
      {linking && (
        <span className="comment-link-form">
          <label htmlFor={inputId} className="visually-hidden">
            {t('editor.linkAddress')}
          </label>
          <input
            id={inputId}
            type="url"
            value={url}
            autoFocus
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setLinking(false);
              }
            }}
          />
          <button type="button" className="button button--small" onClick={applyLink}>
            {t('editor.addLink')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
              setLinking(false);
            }}
          >
            {t('editor.removeLink')}
          </button>
        </span>
      )}
    </div>
  );
}

/** Saves pending changes when the editor loses focus or closes. */
function FlushPlugin({ flush }: { flush: () => unknown }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onFocusOut = () => void flush();
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('focusout', onFocusOut);
      root?.addEventListener('focusout', onFocusOut);
    });
  }, [editor, flush]);
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );
  return null;
}

export function CommentEditor({
  initial,
  label,
  onSave,
  autoFocus,
}: {
  initial: Comment | null;
  label: string;
  /** Saves the comment; the promise (if any) settles when it is stored. */
  onSave: (comment: Comment | null) => Promise<unknown> | void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const pending = useRef<Comment | null | undefined>(undefined);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current === undefined) return;
    const value = pending.current;
    pending.current = undefined;
    return save.current(value);
  }, []);

  // Closing the window saves what was typed, even within the pause (app/unsaved.ts).
  useEffect(() => registerUnsaved({ pending: () => pending.current !== undefined, flush }), [flush]);

  const onChange = (state: EditorState) => {
    const text = state.read(() => $getRoot().getTextContent()).trim();
    pending.current = text ? { lexical: JSON.stringify(state.toJSON()), text } : null;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'precis-comment',
        theme: THEME,
        nodes: [ListNode, ListItemNode, LinkNode],
        editorState: initial?.lexical ?? null,
        onError: (error) => console.error(error),
      }}
    >
      <div className="comment-editor">
        <Toolbar />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="comment-input"
              aria-label={label}
              aria-placeholder={t('annotations.writeComment')}
              placeholder={<div className="comment-placeholder">{t('annotations.writeComment')}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} />
        <OnChangePlugin onChange={onChange} ignoreSelectionChange />
        <FlushPlugin flush={flush} />
        {autoFocus && <AutoFocusPlugin />}
      </div>
    </LexicalComposer>
  );
}
