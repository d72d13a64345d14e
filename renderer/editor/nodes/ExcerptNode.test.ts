// @vitest-environment jsdom
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $insertNodes, $createParagraphNode, $createTextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderExcerptHtml } from '../../../shared/notes/render-html.ts';
import { NoteContentInputSchema } from '../../../shared/notes/content-schema.ts';
import type { ExcerptPayload } from '../../../shared/model/excerpt.ts';
import { $createExcerptNode, $isExcerptNode, NOTE_NODES, type ExcerptNode } from './index.ts';

const payload: ExcerptPayload = {
  documentId: 'dabc123',
  documentTitle: 'Canada–France Declaration',
  documentDate: '2024-09-26',
  documentVersion: 2,
  paragraphs: [{ id: 'p0abc', label: '8' }],
  text: 'Canada and France <will> “work” together & more.',
  origin: 'paragraph',
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

function withExcerpt(target: LexicalEditor, keptAgainst?: string) {
  target.update(
    () => {
      const intro = $createParagraphNode().append($createTextNode('Before'));
      $getRoot().clear().append(intro, $createExcerptNode(payload, keptAgainst), $createParagraphNode());
    },
    { discrete: true },
  );
}

describe('ExcerptNode', () => {
  it('round-trips through Lexical JSON, and the JSON passes the content schema', () => {
    const a = editor();
    withExcerpt(a, 'dnewer');
    const json = a.getEditorState().toJSON();
    const excerptJson = json.root.children[1] as unknown as Record<string, unknown>;
    expect(excerptJson).toMatchObject({ type: 'excerpt', version: 1, ...payload, keptAgainst: 'dnewer' });
    expect(NoteContentInputSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(JSON.parse(JSON.stringify(json)));

    const b = editor();
    b.setEditorState(b.parseEditorState(JSON.stringify(json)));
    b.getEditorState().read(() => {
      const node = $getRoot().getChildren()[1];
      expect($isExcerptNode(node)).toBe(true);
      expect((node as ExcerptNode).getPayload()).toEqual(payload);
      expect((node as ExcerptNode).getKeptAgainst()).toBe('dnewer');
    });
    expect(b.getEditorState().toJSON()).toEqual(json);
  });

  it('reads an excerpt saved by an earlier Précis (positions, no version) as one by identity', () => {
    const { documentVersion: _version, ...old } = payload;
    const json = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'excerpt', version: 1, ...old, paragraphs: [{ id: 'p0abc', n: 8 }] }],
        direction: null,
        format: '',
        indent: 0,
      },
    };
    const a = editor();
    a.setEditorState(a.parseEditorState(JSON.stringify(json)));
    a.getEditorState().read(() => {
      const node = $getRoot().getChildren()[0] as ExcerptNode;
      // The id is what it cites; the old position only becomes the label shown until resolved.
      expect(node.getPayload().paragraphs).toEqual([{ id: 'p0abc', label: '8' }]);
    });
  });

  it('refuses crafted JSON with an invalid payload', () => {
    const bad = {
      root: {
        type: 'root',
        version: 1,
        children: [{ type: 'excerpt', version: 1, ...payload, documentId: '"><script>' }],
        direction: null,
        format: '',
        indent: 0,
      },
    };
    expect(() => editor().parseEditorState(JSON.stringify(bad))).toThrow(/Invalid excerpt/);
    expect(NoteContentInputSchema.safeParse(bad).success).toBe(false);
  });

  it('round-trips through HTML (exportDOM then importDOM), escaping the text', () => {
    const a = editor();
    withExcerpt(a);
    let html = '';
    a.getEditorState().read(() => (html = $generateHtmlFromNodes(a, null)));
    expect(html).toContain('class="excerpt"');
    expect(html).toContain('data-paragraph-ids="p0abc"');
    expect(html).toContain('data-cite-paragraph-id="p0abc"');
    expect(html).toContain('Canada–France Declaration (2024-09-26), ¶ 8');
    expect(html).not.toContain('<will>');

    const b = editor();
    b.update(
      () => {
        const dom = new DOMParser().parseFromString(html, 'text/html');
        $getRoot().clear().select();
        $insertNodes($generateNodesFromDOM(b, dom));
      },
      { discrete: true },
    );
    b.getEditorState().read(() => {
      const excerpts = $getRoot().getChildren().filter($isExcerptNode);
      expect(excerpts).toHaveLength(1);
      expect(excerpts[0]?.getPayload()).toEqual(payload);
    });
  });

  it('imports the print renderer’s blockquote only when it carries the payload attribute', () => {
    const b = editor();
    b.update(
      () => {
        const dom = new DOMParser().parseFromString(renderExcerptHtml(payload), 'text/html');
        $getRoot().clear().select();
        $insertNodes($generateNodesFromDOM(b, dom));
      },
      { discrete: true },
    );
    // Without the payload it is an ordinary quote, never a forged citation.
    b.getEditorState().read(() => {
      expect($getRoot().getChildren().some($isExcerptNode)).toBe(false);
      expect($getRoot().getTextContent()).toContain('work');
    });
  });
});
