// @vitest-environment jsdom
/** The media-lines table built without an editor loads in the note editor as a real table. */
import { createHeadlessEditor } from '@lexical/headless';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NoteContentSchema } from '../../../shared/notes/content-schema.ts';
import { appendMediaLines } from '../../../shared/notes/media-lines-table.ts';
import { noteFromTemplate } from '../../../shared/notes/templates.ts';
import { NOTE_NODES } from './index.ts';

describe('media lines in the note editor', () => {
  it('parses into TableNode / TableRowNode / TableCellNode with a header row', () => {
    const content = appendMediaLines(noteFromTemplate('en').content, {
      caption: 'Media lines: Article',
      headers: ['Quote', 'Source ¶', 'Fidelity', 'Changed words'],
      rows: [
        { quote: 'we will act', source: 'Declaration, ¶ 8', fidelity: 'Exact', changes: [] },
        { quote: 'we will not act', source: 'Declaration, ¶ 9', fidelity: 'Divergent', changes: ['+ not', 'a → b'] },
      ],
    });
    // What the store accepts…
    const stored = NoteContentSchema.parse(content);
    const editor = createHeadlessEditor({
      nodes: [...NOTE_NODES],
      onError: (error) => {
        throw error;
      },
    });
    // …is what the editor loads, and it writes it back unchanged.
    editor.setEditorState(editor.parseEditorState(JSON.stringify(stored)));
    const written = JSON.parse(
      JSON.stringify(NoteContentSchema.parse(editor.getEditorState().toJSON())),
    ) as typeof stored;
    const tail = (c: typeof stored) => c.root.children!.slice(-3);
    expect(tail(written)).toEqual(tail(stored));
    editor.getEditorState().read(() => {
      const table = $getRoot().getChildren().find($isTableNode);
      expect(table).toBeDefined();
      const rows = table!.getChildren().filter($isTableRowNode);
      expect(rows).toHaveLength(3);
      const header = rows[0]!.getChildren().filter($isTableCellNode);
      expect(header.map((c) => c.getTextContent())).toEqual(['Quote', 'Source ¶', 'Fidelity', 'Changed words']);
      expect(header.every((c) => c.hasHeader())).toBe(true);
      const last = rows[2]!.getChildren().filter($isTableCellNode);
      expect(last[0]!.hasHeader()).toBe(false);
      expect(last[3]!.getTextContent()).toBe('+ not\na → b');
    });
  });
});
