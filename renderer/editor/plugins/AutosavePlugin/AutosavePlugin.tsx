import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COLLABORATION_TAG } from 'lexical';
import { useEffect } from 'react';

/**
 * Tells the owner the content changed (not mere selection moves). The owner debounces and
 * saves; this plugin only detects, so the editor stays free of storage concerns.
 */
export function AutosavePlugin({ onContentChange }: { onContentChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // The initial state load is not an edit, nor is a teammate's (it was saved where it was made).
        if (prevEditorState.isEmpty() || tags.has('precis-load') || tags.has(COLLABORATION_TAG)) return;
        onContentChange();
      }),
    [editor, onContentChange],
  );
  return null;
}
