/**
 * A check list is a group of checkboxes, not a list: Lexical gives each item `role="checkbox"`
 * (so screen readers say ticked or not), which a `<ul>` may not contain — axe's "list" rule, a
 * serious violation. The check list's `<ul>` gets `role="group"`; other lists stay lists.
 */
import { ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';

export function ChecklistRolePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(
        ListNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              if (mutation === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const element = editor.getElementByKey(key);
              if (!(node instanceof ListNode) || !element) continue;
              if (node.getListType() === 'check') element.setAttribute('role', 'group');
              else element.removeAttribute('role');
            }
          });
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
