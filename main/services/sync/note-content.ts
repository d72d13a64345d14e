/**
 * A shared note's body lives in its replica: the API's note operations go through it, so a
 * save never overwrites what a teammate typed a moment ago.
 */
import type { SerializedLexicalNode } from 'lexical';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { canonicalJson } from '../../../shared/team/review.ts';
import type { SyncEngine } from './engine.ts';

/**
 * The body a `notes:save` stores. A note being edited live takes its body from the replica
 * (the editor's text reaches it through the relay, merged with everyone else's); a shared
 * note saved by an editor that is not live writes its body into the replica first.
 */
export function contentForSave(engine: SyncEngine | undefined, noteId: string, content: NoteContent): NoteContent {
  const replica = engine?.replica('note', noteId);
  if (!engine || !replica) return content;
  const bridge = replica.bridge();
  if (engine.hasSession('note', noteId)) return bridge.toJSON();
  if (canonicalJson(bridge.toJSON()) !== canonicalJson(content)) bridge.replace(content);
  return bridge.toJSON();
}

/** Appends nodes at the end of a shared note's body; returns the new body, or undefined for an unshared note. */
export function appendToSharedNote(
  engine: SyncEngine | undefined,
  noteId: string,
  nodes: readonly SerializedLexicalNode[],
): NoteContent | undefined {
  const replica = engine?.replica('note', noteId);
  if (!engine || !replica) return undefined;
  replica.bridge().appendNodes(nodes);
  return replica.bridge().toJSON();
}
