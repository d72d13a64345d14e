// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  HISTORY_PUSH_TAG,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { NNBSP } from '../../../../shared/i18n/typography.ts';
import type { ExcerptPayload } from '../../../../shared/model/excerpt.ts';
import { $createExcerptNode, $isExcerptNode, NOTE_NODES } from '../../nodes/index.ts';
import { registerTypography } from './TypographyPlugin.tsx';

function editor(language: 'en' | 'fr'): LexicalEditor {
  const target = createHeadlessEditor({
    namespace: 'test',
    nodes: [...NOTE_NODES],
    onError: (e) => {
      throw e;
    },
  });
  registerHistory(target, createEmptyHistoryState(), 1000);
  registerTypography(target, language);
  return target;
}

const payload: ExcerptPayload = {
  documentId: 'd1',
  documentTitle: 'Declaration',
  documentDate: '2024-09-26',
  paragraphs: [{ id: 'p1', n: 1 }],
  text: 'They said "now" ; really?',
  origin: 'paragraph',
};

/** A note with an excerpt, then an empty paragraph with the caret in it. */
function start(target: LexicalEditor): void {
  target.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().clear().append($createExcerptNode(payload), paragraph);
      paragraph.select();
    },
    { discrete: true },
  );
}

/** Types characters one at a time, as keystrokes do; each its own history entry, as after a pause. */
function type(target: LexicalEditor, text: string): void {
  for (const character of text)
    target.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(character);
      },
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
}

// editor.read() first commits what is pending (an undo dispatched as a command is).
const lastParagraph = (target: LexicalEditor) => target.read(() => $getRoot().getLastChild()?.getTextContent() ?? '');
const excerptText = (target: LexicalEditor) =>
  target.getEditorState().read(() => {
    const first = $getRoot().getFirstChild();
    return $isExcerptNode(first) ? first.getPayload().text : null;
  });

describe('typography as one types', () => {
  it('curls English quotes and apostrophes, the caret staying where the typing goes on', () => {
    const target = editor('en');
    start(target);
    type(target, `He said "we don't know" and left.`);
    expect(lastParagraph(target)).toBe('He said “we don’t know” and left.');
  });

  it('writes French guillemets and narrow no-break spaces before ; ! ? and inside « »', () => {
    const target = editor('fr');
    start(target);
    type(target, `L'État dit "oui"; vraiment? Oui!`);
    expect(lastParagraph(target)).toBe(`L’État dit «${NNBSP}oui${NNBSP}»${NNBSP}; vraiment${NNBSP}? Oui${NNBSP}!`);
  });

  it('is undone with the keystroke that made it', () => {
    const target = editor('en');
    start(target);
    type(target, 'A "b');
    expect(lastParagraph(target)).toBe('A “b');
    target.dispatchCommand(UNDO_COMMAND, undefined);
    expect(lastParagraph(target)).toBe('A “');
    target.dispatchCommand(UNDO_COMMAND, undefined);
    expect(lastParagraph(target)).toBe('A ');
  });

  it('leaves excerpts exactly as quoted, and text the caret is not in as it is', () => {
    const target = editor('fr');
    start(target);
    type(target, 'Texte "ici"');
    expect(excerptText(target)).toBe('They said "now" ; really?');
    // A paragraph loaded with straight quotes (no caret in it) is not rewritten on open.
    target.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('Loaded "as is"')));
      },
      { discrete: true },
    );
    expect(lastParagraph(target)).toBe('Loaded "as is"');
  });
});
