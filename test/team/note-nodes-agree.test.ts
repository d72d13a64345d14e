// @vitest-environment jsdom
/**
 * The main side reads and writes a shared note's body with headless twins of the editor's
 * decorator nodes (main/services/sync/note-nodes.ts). This checks that the editor's own nodes
 * and the twins agree through Yjs, both ways: a note with every kind of node written by one is
 * read by the other as the same Lexical JSON.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { createYjsBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { SKIP_COLLAB_TAG, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { NoteBridge } from '../../main/services/sync/note-bridge.ts';
import { NOTE_NODES } from '../../renderer/editor/nodes/index.ts';
import type { NoteContent } from '../../shared/notes/content-schema.ts';
import { headingNode, paragraphNode } from '../../shared/notes/templates.ts';

const content = {
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [
      headingNode('Background'),
      paragraphNode('Canada and its partners agreed to meet each spring.'),
      {
        type: 'excerpt',
        version: 1,
        documentId: 'd_spring',
        documentTitle: 'Joint Statement on Northern Cooperation',
        documentDate: '2025-04-02',
        paragraphs: [
          { id: 'p-ice', n: 2 },
          { id: 'p-data', n: 3 },
        ],
        text: 'They will share ice observations.\n\nThey will publish the data.',
        origin: 'annotation',
        annotationId: 'a_1',
        keptAgainst: 'd_spring_v2',
      },
      { type: 'page-break', version: 1 },
      { type: 'decision-block', version: 1, decision: 'discuss' },
      paragraphNode('Next steps follow.'),
    ],
  },
} as unknown as NoteContent;

/** The editor's own node set bound to a Yjs doc, wired as the collaboration plugin wires it. */
function editorOnYjs(doc: Y.Doc): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'precis-note',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = { awareness, connect() {}, disconnect() {}, on() {}, off() {} } as unknown as Provider;
  const binding = createYjsBinding({ editor, id: 'note', doc, docMap: new Map([['note', doc]]) });
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, false);
  });
  editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (!tags.has(SKIP_COLLAB_TAG)) {
        syncLexicalUpdateToYjs(
          binding,
          provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
      }
    },
  );
  return editor;
}

const json = (editor: LexicalEditor) => {
  editor.update(() => {}, { discrete: true });
  return editor.getEditorState().toJSON();
};

describe('the editor’s nodes and the main side’s headless twins', () => {
  it('read what the editor wrote into Yjs as the same JSON', () => {
    const source = new Y.Doc();
    const editor = editorOnYjs(source);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(content)));
    json(editor);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
    const bridge = new NoteBridge(replica);
    expect(bridge.toJSON()).toEqual(json(editor));
    expect(JSON.stringify(bridge.toJSON())).toContain('"keptAgainst":"d_spring_v2"');
  });

  it('and the editor reads what the twins wrote', () => {
    const replica = new Y.Doc();
    const bridge = new NoteBridge(replica);
    bridge.bootstrap(content);
    const page = new Y.Doc();
    const editor = editorOnYjs(page);
    Y.applyUpdate(page, Y.encodeStateAsUpdate(replica));
    expect(json(editor)).toEqual(bridge.toJSON());
    expect(json(editor).root.children.map((c) => c.type)).toEqual([
      'heading',
      'paragraph',
      'excerpt',
      'page-break',
      'decision-block',
      'paragraph',
    ]);
  });
});
