/**
 * What the crash-test writer saves, as pure functions of a revision number: the harness rebuilds
 * the exact expected content from the revision it finds in the store (a save that committed but
 * was killed before its report line is newer than reported, and must still be whole).
 */
import type { Comment } from '../../shared/model/annotation.ts';
import { noteFromTemplate, paragraphNode } from '../../shared/notes/templates.ts';
import type { NoteWrite } from '../../main/services/store/notes.store.ts';

export const CRASH_NOTE_IDS = ['crash-note-0', 'crash-note-1', 'crash-note-2'];

/** A note autosave: the title carries the revision; the text grows and changes with it. */
export function noteWriteFor(rev: number): NoteWrite {
  const draft = noteFromTemplate('blank', `Crash note ${rev}`);
  const paragraphs = Array.from({ length: 1 + (rev % 25) }, (_, i) =>
    paragraphNode(`Revision ${rev}, paragraph ${i + 1}: the committee notes progress on the file.`),
  );
  return {
    title: draft.title,
    status: 'draft',
    classification: draft.classification,
    fields: draft.fields,
    content: { root: { ...draft.content.root, children: paragraphs } },
  };
}

export function noteRevOf(title: string): number {
  return Number(/^Crash note (\d+)$/.exec(title)?.[1] ?? -1);
}

/** An annotation comment: plain text plus its Lexical JSON, both naming the revision. */
export function commentFor(rev: number): Comment {
  const text = `Comment at revision ${rev}: check this against the earlier statement.`;
  const lexical = JSON.stringify({
    root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [paragraphNode(text)] },
  });
  return { lexical, text };
}

export function commentRevOf(text: string): number {
  return Number(/^Comment at revision (\d+):/.exec(text)?.[1] ?? -1);
}

/** The note whose excerpts cite stored documents, and the pack whose items do. */
export const CRASH_CITING_NOTE = 'crash-cites';
export const CRASH_PACK = 'crash-pack';
/** How many citations each keeps (the oldest go): enough to cross many corrections. */
export const CITATIONS_KEPT = 12;

/** A short fingerprint of the text a pack item cited, kept in its heading (FNV-1a). */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `crash ${(h >>> 0).toString(36)}`;
}
