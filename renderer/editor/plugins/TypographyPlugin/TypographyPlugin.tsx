/**
 * Typography as one types: straight quotes become “ ” ‘ ’ (English) or « » (French), the
 * apostrophe becomes ’, and in a French note ; : ! ? and « » get their no-break spaces
 * (shared/i18n/typography.ts, the rules the PDF prints with). Only the text the caret is in is
 * touched, so opening a note never rewrites it; code is left literal, and excerpts (decorator
 * nodes that quote their source exactly) have no text here to touch. The change is part of the
 * keystroke's own update, so Undo takes back both.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $isTextNode, TextNode, type LexicalEditor } from 'lexical';
import { useContext, useEffect } from 'react';
import { typeset } from '../../../../shared/i18n/typography.ts';
import type { NoteLanguage } from '../../../../shared/model/index.ts';
import { NoteLanguageContext } from '../../ui/note-language.ts';

/** Registers the typography transform on an editor (headless too); returns the unregister function. */
export function registerTypography(editor: LexicalEditor, language: NoteLanguage): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    const selection = $getSelection();
    // Only where the user is typing: the collapsed caret's own text node.
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.key !== node.getKey()) return;
    if (!node.isSimpleText() || node.hasFormat('code')) return;
    const text = node.getTextContent();
    const previous = node.getPreviousSibling();
    const before = $isTextNode(previous) ? previous.getTextContent().slice(-1) : '';
    const after = typeset(text, language, before);
    if (after === text) return;
    const offset = selection.anchor.offset;
    // Where the caret lands: after the typeset form of what was before it.
    const caret = Math.min(typeset(text.slice(0, offset), language, before).length, after.length);
    node.setTextContent(after);
    node.select(caret, caret);
  });
}

/** The note editor's typography plugin, in the note's language. */
export function TypographyPlugin() {
  const [editor] = useLexicalComposerContext();
  const language = useContext(NoteLanguageContext);
  useEffect(() => registerTypography(editor, language), [editor, language]);
  return null;
}
