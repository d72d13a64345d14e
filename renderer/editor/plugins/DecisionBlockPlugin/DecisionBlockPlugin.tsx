import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { $createDecisionBlockNode } from '../../nodes/DecisionBlockNode.tsx';

/** Puts a decision block (Approved / Not approved / Discuss, Signature, Date) where the caret is. */
export const INSERT_DECISION_BLOCK_COMMAND: LexicalCommand<void> = createCommand('INSERT_DECISION_BLOCK_COMMAND');

export function DecisionBlockPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_DECISION_BLOCK_COMMAND,
        () => {
          $insertNodeToNearestRoot($createDecisionBlockNode());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
