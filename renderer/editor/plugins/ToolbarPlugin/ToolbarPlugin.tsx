/**
 * The formatting toolbar: block style, text formats, lists, link, table, rules, page break,
 * excerpt picker, find, undo/redo. Buttons report their state with aria-pressed; the bar is a
 * single tab stop-free row of real buttons, each with an accessible name and a shortcut hint.
 */
import { $isLinkNode, $toggleLink } from '@lexical/link';
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
  type HeadingTagType,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeUrl } from '../../../../shared/notes/content-schema.ts';
import { INSERT_DECISION_BLOCK_COMMAND } from '../DecisionBlockPlugin/DecisionBlockPlugin.tsx';
import { INSERT_PAGE_BREAK_COMMAND } from '../PageBreakPlugin/PageBreakPlugin.tsx';

type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'check';

/** The block styles offered in the select; their names are `editor.blocks.<type>`. */
const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'quote'] as const;

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface ToolbarState {
  block: BlockType;
  formats: Set<TextFormatType>;
  link: string | null;
}

/** Normalizes what the user typed as a link: a bare domain becomes https. */
export function normalizeLink(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isSafeUrl(text) ? text : null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return `mailto:${text}`;
  const withScheme = `https://${text}`;
  return isSafeUrl(withScheme) ? withScheme : null;
}

export function ToolbarPlugin({ onPickExcerpt, onFind }: { onPickExcerpt: () => void; onFind: () => void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>({ block: 'paragraph', formats: new Set(), link: null });
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState('');

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const anchor = selection.anchor.getNode();
    const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
    let block: BlockType = 'paragraph';
    if ($isListNode(top)) {
      const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
      block = list.getListType();
    } else if ($isHeadingNode(top)) block = top.getTag() as BlockType;
    else if ($isQuoteNode(top)) block = 'quote';
    const formats = new Set<TextFormatType>();
    for (const format of ['bold', 'italic', 'underline', 'strikethrough'] as const)
      if (selection.hasFormat(format)) formats.add(format);
    const parent = anchor.getParent();
    const link = $isLinkNode(parent) ? parent.getURL() : $isLinkNode(anchor) ? anchor.getURL() : null;
    setState((prev) =>
      prev.block === block &&
      prev.link === link &&
      prev.formats.size === formats.size &&
      [...formats].every((f) => prev.formats.has(f))
        ? prev
        : { block, formats, link },
    );
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh)),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'k') return false;
            event.preventDefault();
            editor.getEditorState().read(refresh);
            setLinkDraft('');
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  const setBlock = (type: BlockType) => {
    if (type === 'bullet' || type === 'number' || type === 'check') {
      if (state.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      else
        editor.dispatchCommand(
          type === 'bullet'
            ? INSERT_UNORDERED_LIST_COMMAND
            : type === 'number'
              ? INSERT_ORDERED_LIST_COMMAND
              : INSERT_CHECK_LIST_COMMAND,
          undefined,
        );
      return;
    }
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      if (type === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
      else if (type === 'quote') $setBlocksType(selection, () => $createQuoteNode());
      else $setBlocksType(selection, () => $createHeadingNode(type as HeadingTagType));
    });
  };

  const applyLink = () => {
    if (linkDraft === null) return;
    const url = normalizeLink(linkDraft);
    if (linkDraft.trim() && !url) {
      setLinkError(t('editor.linkInvalid'));
      return;
    }
    editor.update(() => $toggleLink(url));
    setLinkDraft(null);
    setLinkError('');
    editor.focus();
  };

  const format = (f: TextFormatType, label: string, key: string, glyph: string) => (
    <button
      type="button"
      className={`tool tool--${f}`}
      aria-pressed={state.formats.has(f)}
      aria-label={label}
      title={t('editor.withShortcut', { label, shortcut: `${MOD}${key}` })}
      onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f)}
    >
      {glyph}
    </button>
  );

  const list = (type: 'bullet' | 'number' | 'check', label: string, glyph: string) => (
    <button
      type="button"
      className="tool"
      aria-pressed={state.block === type}
      aria-label={label}
      title={label}
      onClick={() => setBlock(type)}
    >
      {glyph}
    </button>
  );

  const blockSelectValue = (BLOCK_TYPES as readonly string[]).includes(state.block) ? state.block : 'paragraph';

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.formatting')}>
      <button
        type="button"
        className="tool"
        aria-label={t('editor.undo')}
        title={t('editor.withShortcut', { label: t('editor.undo'), shortcut: `${MOD}Z` })}
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('editor.redo')}
        title={t('editor.withShortcut', { label: t('editor.redo'), shortcut: `${MOD}Y` })}
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </button>
      <span className="toolbar-divider" />
      <select
        className="tool-select"
        aria-label={t('editor.blockStyle')}
        value={blockSelectValue}
        onChange={(event) => setBlock(event.target.value as BlockType)}
      >
        {BLOCK_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`editor.blocks.${type}`)}
          </option>
        ))}
      </select>
      {format('bold', t('editor.bold'), 'B', t('editor.boldGlyph'))}
      {format('italic', t('editor.italic'), 'I', t('editor.italicGlyph'))}
      {format('underline', t('editor.underline'), 'U', t('editor.underlineGlyph'))}
      {format('strikethrough', t('editor.strikethrough'), 'Shift+X', t('editor.strikethroughGlyph'))}
      <span className="toolbar-divider" />
      {list('bullet', t('editor.bulletList'), '•≡')}
      {list('number', t('editor.numberedList'), '1≡')}
      {list('check', t('editor.checkList'), '☑')}
      <span className="toolbar-divider" />
      <button
        type="button"
        className="tool tool--text"
        aria-pressed={state.link !== null}
        aria-label={t('editor.link')}
        title={t('editor.withShortcut', { label: t('editor.link'), shortcut: `${MOD}K` })}
        onClick={() => setLinkDraft(state.link ?? '')}
      >
        {t('editor.link')}
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('editor.insertTable')}
        title={t('editor.insertTableHint')}
        onClick={() =>
          editor.dispatchCommand(INSERT_TABLE_COMMAND, {
            columns: '3',
            rows: '3',
            includeHeaders: { rows: true, columns: false },
          })
        }
      >
        ▦
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('editor.insertRule')}
        title={t('editor.insertRuleHint')}
        onClick={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
      >
        ―
      </button>
      <button
        type="button"
        className="tool"
        aria-label={t('editor.insertPageBreak')}
        title={t('editor.pageBreak')}
        onClick={() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)}
      >
        ⤓
      </button>
      <button
        type="button"
        className="tool tool--text"
        aria-label={t('decisionBlock.insert')}
        title={t('decisionBlock.insertHint')}
        onClick={() => editor.dispatchCommand(INSERT_DECISION_BLOCK_COMMAND, undefined)}
      >
        {t('decisionBlock.button')}
      </button>
      <span className="toolbar-divider" />
      <button
        type="button"
        className="tool tool--text"
        title={t('editor.withShortcut', { label: t('editor.insertExcerpt'), shortcut: `${MOD}Shift+E` })}
        onClick={onPickExcerpt}
      >
        {t('editor.insertExcerptButton')}
      </button>
      <button
        type="button"
        className="tool tool--text"
        title={t('editor.withShortcut', { label: t('editor.findReplace'), shortcut: `${MOD}F` })}
        onClick={onFind}
      >
        {t('editor.find')}
      </button>
      {linkDraft !== null && (
        <form
          className="link-form"
          onSubmit={(event) => {
            event.preventDefault();
            applyLink();
          }}
        >
          <input
            autoFocus
            type="text"
            aria-label={t('editor.linkAddress')}
            placeholder={t('editor.linkPlaceholder')}
            value={linkDraft}
            onChange={(event) => setLinkDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setLinkDraft(null);
                editor.focus();
              }
            }}
          />
          <button type="submit" className="small-button">
            {t('editor.apply')}
          </button>
          {linkError && (
            <span className="link-error" role="alert">
              {linkError}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
