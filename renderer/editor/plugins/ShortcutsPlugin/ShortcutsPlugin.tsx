import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';

export interface NoteShortcuts {
  /** Ctrl/Cmd+S: save and record a version. */
  onSave?: () => void;
  /** Ctrl/Cmd+F: find; Ctrl/Cmd+H: find and replace. */
  onFind?: (replace: boolean) => void;
  /** Ctrl/Cmd+Shift+E: insert an excerpt with the picker. */
  onPickExcerpt?: () => void;
}

/** Keyboard shortcuts inside the editor (the note view binds the same keys outside it). */
export function ShortcutsPlugin({ onSave, onFind, onPickExcerpt }: NoteShortcuts) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
          const key = event.key.toLowerCase();
          let handled = true;
          if (key === 's' && !event.shiftKey && onSave) onSave();
          else if (key === 'f' && !event.shiftKey && onFind) onFind(false);
          else if (key === 'h' && !event.shiftKey && onFind) onFind(true);
          else if (key === 'e' && event.shiftKey && onPickExcerpt) onPickExcerpt();
          else handled = false;
          if (handled) event.preventDefault();
          return handled;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, onSave, onFind, onPickExcerpt],
  );
  return null;
}
