/**
 * A spill: an item carried something it must not (classified text pasted into a team note).
 * `purge` removes the item's history everywhere the server can reach: the current generation
 * is revoked (its name is refused from then on, so clients drop their copy and its pending
 * changes), its stored state and updates are deleted, its audit lines are compacted into one,
 * and — unless the item is dropped — its current content is copied into a fresh document with
 * no history (new client ids, no deleted content, no tombstones) as the next generation.
 */
import * as Y from 'yjs';
import { documentName, type ItemKind } from '../shared/team/protocol.ts';
import { NOTE_BODY } from '../shared/team/replica.ts';
import type { ServerStore } from './store/types.ts';

/**
 * A fresh, not yet integrated copy of a shared type and everything inside it (Yjs' own
 * `clone()` keeps neither an XmlText's attributes nor fresh copies of its embedded types,
 * both of which Lexical's tree relies on).
 */
function deepCopy(value: unknown): unknown {
  if (value instanceof Y.XmlText) {
    const copy = new Y.XmlText();
    for (const [key, attribute] of Object.entries(value.getAttributes())) copy.setAttribute(key, attribute as string);
    copy.applyDelta(copyDelta(value.toDelta()));
    return copy;
  }
  if (value instanceof Y.XmlElement) {
    const copy = new Y.XmlElement(value.nodeName);
    for (const [key, attribute] of Object.entries(value.getAttributes())) copy.setAttribute(key, attribute as string);
    copy.insert(
      0,
      value.toArray().map((child) => deepCopy(child) as Y.XmlElement | Y.XmlText),
    );
    return copy;
  }
  if (value instanceof Y.Text) {
    const copy = new Y.Text();
    copy.applyDelta(copyDelta(value.toDelta()));
    return copy;
  }
  if (value instanceof Y.Map) {
    const copy = new Y.Map();
    for (const [key, entry] of value.entries()) copy.set(key, deepCopy(entry));
    return copy;
  }
  if (value instanceof Y.Array) {
    const copy = new Y.Array();
    copy.push(value.toArray().map(deepCopy));
    return copy;
  }
  return value;
}

function copyDelta(delta: Array<{ insert?: unknown; attributes?: Record<string, unknown> }>) {
  return delta.map((op) => ({ ...op, insert: deepCopy(op.insert) }));
}

/**
 * A copy of what `source` shows now, without how it got there. Every root of a shared item is
 * a Y.Map except a note's body (replica.ts), so each is read as what it was created as.
 */
export function copyWithoutHistory(source: Y.Doc): Y.Doc {
  const target = new Y.Doc();
  target.transact(() => {
    for (const name of source.share.keys()) {
      if (name === NOTE_BODY) {
        const from = source.get(name, Y.XmlText) as Y.XmlText;
        const to = target.get(name, Y.XmlText) as Y.XmlText;
        for (const [key, value] of Object.entries(from.getAttributes())) to.setAttribute(key, value as string);
        to.applyDelta(copyDelta(from.toDelta()));
      } else {
        const from = source.getMap(name);
        const to = target.getMap(name);
        for (const [key, value] of from.entries()) to.set(key, deepCopy(value));
      }
    }
  });
  return target;
}

export interface PurgeOutcome {
  revoked: string;
  /** The new generation's document name, or null when the item was dropped. */
  next: string | null;
}

export async function purgeItem(
  store: ServerStore,
  target: { team: string; kind: ItemKind; itemId: string; drop: boolean; by: string },
  now = new Date().toISOString(),
): Promise<PurgeOutcome | undefined> {
  const item = await store.getItem(target.team, target.kind, target.itemId);
  if (!item || item.removed) return undefined;
  const old = documentName({ ...target, generation: item.generation });
  // Refuse the old name first: from here on no client can add to what is being removed.
  await store.revoke(old, 'purged', now);
  let next: string | null = null;
  if (!target.drop) {
    const stored = await store.loadDocument(old);
    const current = new Y.Doc();
    for (const part of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(current, part);
    const clean = copyWithoutHistory(current);
    const generation = item.generation + 1;
    next = documentName({ ...target, generation });
    await store.replaceDocument(next, Y.encodeStateAsUpdate(clean));
    await store.setGeneration(target.team, target.kind, target.itemId, generation, now);
  } else {
    await store.setGeneration(target.team, target.kind, target.itemId, null, now);
  }
  await store.deleteDocument(old);
  await store.compactAudit(old, {
    at: now,
    user: target.by,
    team: target.team,
    action: 'purge',
    document: old,
    detail: next ? `history removed; continues as ${next}` : 'history removed; item dropped',
  });
  return { revoked: old, next };
}
