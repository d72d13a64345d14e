import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../../shared/notes/content.ts';

/** Counting walks the whole note: done once typing pauses, never on the keystroke's own frame. */
const COUNT_DELAY_MS = 250;

/** Reports the note's word count (excerpts included) after each pause in editing. */
export function WordCountPlugin({ onCount }: { onCount: (words: number) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => editor.getEditorState().read(() => onCount(countWords($getRoot().getTextContent())));
    count();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(count, COUNT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onCount]);
  return null;
}
