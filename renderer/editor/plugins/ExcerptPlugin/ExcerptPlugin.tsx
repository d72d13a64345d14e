/**
 * Getting excerpts into a note: INSERT_EXCERPT_COMMAND (the picker), dropping a payload
 * dragged from the reading view or the annotations panel, and pasting one copied there.
 * Drops and pastes that carry no payload fall through to Lexical's own handling.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelection,
  $getRoot,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  createCommand,
  type LexicalCommand,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { EXCERPT_MIME_TYPE, parseExcerptPayload, type ExcerptPayload } from '../../../../shared/model/excerpt.ts';
import { $createExcerptNode } from '../../nodes/ExcerptNode.tsx';

export const INSERT_EXCERPT_COMMAND: LexicalCommand<ExcerptPayload> = createCommand('INSERT_EXCERPT_COMMAND');

/** Inserts the excerpt as a block where the caret is, with an empty paragraph after it to keep typing. */
export function $insertExcerpt(payload: ExcerptPayload): void {
  const excerpt = $createExcerptNode(payload);
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
  // An empty paragraph (a template section waiting for content) becomes the excerpt.
  if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
    block.replace(excerpt);
  } else {
    $insertNodeToNearestRoot(excerpt);
  }
  const next = excerpt.getNextSibling();
  if (next === null) excerpt.insertAfter($createParagraphNode());
  (excerpt.getNextSibling() ?? excerpt).selectStart();
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Puts the selection where the drop happened, so the excerpt lands under the pointer. */
function $selectDropPoint(editor: LexicalEditor, event: DragEvent): void {
  const caret = caretAt(event.clientX, event.clientY);
  const root = editor.getRootElement();
  if (!caret || !root?.contains(caret.node)) return;
  const node = $getNearestNodeFromDOMNode(caret.node);
  if (!node) return;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), caret.offset, 'text');
    selection.focus.set(node.getKey(), caret.offset, 'text');
  } else {
    const block = node.getTopLevelElement() ?? node;
    block.selectEnd?.();
    return;
  }
  $setSelection(selection);
}

function hasPayload(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes(EXCERPT_MIME_TYPE);
}

export function ExcerptPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_EXCERPT_COMMAND,
          (payload) => {
            const selection = $getSelection();
            // No caret (the picker was opened before clicking in the note): insert at the end.
            if (!$isRangeSelection(selection)) $getRoot().selectEnd();
            $insertExcerpt(payload);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!hasPayload(event.dataTransfer)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const payload = parseExcerptPayload(event.dataTransfer?.getData(EXCERPT_MIME_TYPE));
            if (!payload) return false;
            event.preventDefault();
            $selectDropPoint(editor, event);
            $insertExcerpt(payload);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = event instanceof ClipboardEvent ? event.clipboardData : null;
            const payload = parseExcerptPayload(data?.getData(EXCERPT_MIME_TYPE));
            if (!payload) return false;
            event.preventDefault();
            $insertExcerpt(payload);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
