// @vitest-environment jsdom
/**
 * The node registry agrees with the stored-content schema, a note using every node survives
 * Lexical JSON → schema → Lexical unchanged (the schema drops nothing the editor writes), the
 * page-break node round-trips through JSON and HTML, and an excerpt survives copy and paste.
 */
import { $getHtmlContent, $getLexicalContent, $insertDataTransferForRichText } from '@lexical/clipboard';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createTableNodeWithDimensions } from '@lexical/table';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  $selectAll,
  $getSelection,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { EXCERPT_MIME_TYPE, type ExcerptPayload } from '../../../shared/model/excerpt.ts';
import { NOTE_NODE_TYPES, NoteContentInputSchema } from '../../../shared/notes/content-schema.ts';
import {
  $createDecisionBlockNode,
  $createExcerptNode,
  $createPageBreakNode,
  $isExcerptNode,
  $isPageBreakNode,
  NOTE_NODES,
} from './index.ts';

const payload: ExcerptPayload = {
  documentId: 'doc1',
  documentTitle: 'Joint Statement',
  documentDate: null,
  paragraphs: [
    { id: 'pa', label: '3' },
    { id: 'pb', label: '4' },
  ],
  text: 'First part.\n\nSecond part.',
  origin: 'passage',
};

function editor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: [...NOTE_NODES],
    onError: (e) => {
      throw e;
    },
  });
}

/** A minimal DataTransfer for clipboard tests (jsdom has none). */
function dataTransfer(data: Record<string, string>): DataTransfer {
  return {
    types: Object.keys(data),
    getData: (type: string) => data[type] ?? '',
    files: [] as unknown as FileList,
  } as unknown as DataTransfer;
}

function $everyNode(): void {
  const bold = $createTextNode('bold').toggleFormat('bold');
  const list = $createListNode('bullet').append($createListItemNode().append($createTextNode('item')));
  const checks = $createListNode('check').append($createListItemNode(true).append($createTextNode('done')));
  const numbered = $createListNode('number').append($createListItemNode().append($createTextNode('one')));
  $getRoot()
    .clear()
    .append(
      $createHeadingNode('h2').append($createTextNode('Purpose')),
      $createParagraphNode().append(
        $createTextNode('Plain '),
        bold,
        $createLineBreakNode(),
        $createTabNode(),
        $createLinkNode('https://www.canada.ca').append($createTextNode('link')),
      ),
      $createQuoteNode().append($createTextNode('quoted')),
      list,
      checks,
      numbered,
      $createTableNodeWithDimensions(2, 2, true),
      $createHorizontalRuleNode(),
      $createPageBreakNode(),
      $createExcerptNode(payload),
      $createDecisionBlockNode('not-approved'),
      $createParagraphNode(),
    );
}

describe('note nodes', () => {
  it('registers exactly the node types the content schema accepts', () => {
    const builtIns = ['root', 'paragraph', 'text', 'linebreak', 'tab'];
    const registered = NOTE_NODES.map((klass) => klass.getType());
    expect([...builtIns, ...registered].sort()).toEqual([...NOTE_NODE_TYPES].sort());
  });

  it('a note using every node passes the schema losslessly and reloads identically', () => {
    const a = editor();
    a.update($everyNode, { discrete: true });
    const json = JSON.parse(JSON.stringify(a.getEditorState().toJSON()));
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string });
    };
    walk(json.root);
    expect([...types].sort()).toEqual([...NOTE_NODE_TYPES].filter((t) => t !== 'autolink').sort());
    expect(NoteContentInputSchema.parse(json)).toEqual(json);
    const b = editor();
    b.setEditorState(b.parseEditorState(JSON.stringify(NoteContentInputSchema.parse(json))));
    expect(JSON.parse(JSON.stringify(b.getEditorState().toJSON()))).toEqual(json);
  });

  it('page breaks round-trip through JSON and HTML', () => {
    const a = editor();
    a.update(() => $getRoot().clear().append($createParagraphNode(), $createPageBreakNode(), $createParagraphNode()), {
      discrete: true,
    });
    let html = '';
    a.update(
      () => {
        $selectAll();
        html = $getHtmlContent(a, $getSelection());
      },
      { discrete: true },
    );
    expect(html).toContain('data-precis-page-break');
    const b = editor();
    b.update(
      () => {
        $getRoot().clear().append($createParagraphNode()).selectStart();
        $insertDataTransferForRichText(dataTransfer({ 'text/html': html }), $getSelection() as never, b);
      },
      { discrete: true },
    );
    b.getEditorState().read(() => expect($getRoot().getChildren().some($isPageBreakNode)).toBe(true));
  });

  it('an excerpt survives copy and paste, as Lexical JSON and as HTML', () => {
    const source = editor();
    source.update(
      () => $getRoot().clear().append($createParagraphNode(), $createExcerptNode(payload), $createParagraphNode()),
      {
        discrete: true,
      },
    );
    let lexical: string | null = null;
    let html = '';
    source.update(
      () => {
        $selectAll();
        lexical = $getLexicalContent(source, $getSelection());
        html = $getHtmlContent(source, $getSelection());
      },
      { discrete: true },
    );
    const clipboards: Array<Record<string, string>> = [
      { 'application/x-lexical-editor': lexical ?? '' },
      { 'text/html': html },
    ];
    for (const clipboard of clipboards) {
      const target = editor();
      target.update(
        () => {
          $getRoot().clear().append($createParagraphNode()).selectStart();
          $insertDataTransferForRichText(dataTransfer(clipboard), $getSelection() as never, target);
        },
        { discrete: true },
      );
      target.getEditorState().read(() => {
        const excerpts = $getRoot().getChildren().filter($isExcerptNode);
        expect(excerpts).toHaveLength(1);
        expect(excerpts[0]?.getPayload()).toEqual(payload);
      });
    }
  });

  it('the reader’s copy format is the payload MIME type the editor reads', () => {
    expect(EXCERPT_MIME_TYPE).toBe('application/x-precis-excerpt+json');
  });
});
