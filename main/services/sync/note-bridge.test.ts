import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { noteFromTemplate } from '../../../shared/notes/templates.ts';
import { noteToPlainText } from '../../../shared/notes/content.ts';
import { NoteBridge } from './note-bridge.ts';

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('note bridge (headless Lexical over the Yjs replica)', () => {
  it('bootstraps a template note into an empty replica and reads back the same JSON', () => {
    const content = noteFromTemplate('en').content;
    const replica = new Y.Doc();
    const bridge = new NoteBridge(replica);
    expect(bridge.isEmpty()).toBe(true);
    bridge.bootstrap(content);
    expect(bridge.isEmpty()).toBe(false);
    // Another bridge, on a copy of the replica, reads the same note.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(replica));
    const reader = new NoteBridge(copy);
    expect(reader.toJSON()).toEqual(bridge.toJSON());
    expect(noteToPlainText(reader.toJSON())).toBe(noteToPlainText(content));
    // Bootstrapping twice never duplicates the text.
    reader.bootstrap(content);
    expect(noteToPlainText(reader.toJSON())).toBe(noteToPlainText(content));
  });

  it('merges paragraphs appended concurrently on two replicas', () => {
    const a = new Y.Doc();
    const first = new NoteBridge(a);
    first.bootstrap(noteFromTemplate('blank').content);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const second = new NoteBridge(b);
    first.appendParagraph('Line from the desk officer.');
    second.appendParagraph('Line from the director.');
    exchange(a, b);
    const textA = noteToPlainText(first.toJSON());
    const textB = noteToPlainText(second.toJSON());
    expect(textA).toBe(textB);
    expect(textA).toContain('Line from the desk officer.');
    expect(textA).toContain('Line from the director.');
  });
});
