/**
 * SQL for blocks taken out of a document by a reader ("not part of the document", "this is the
 * title", "the document starts here"): kept aside, one group per correction, so each can be
 * put back. Callers own transactions.
 */
import type { DroppedBlock } from '../../../shared/model/index.ts';
import type { Database } from './database.ts';

export type DropReason = 'not-document' | 'title' | 'start';

export interface DroppedGroup {
  group: string;
  reason: DropReason;
  droppedAt: string;
  /** The document's title before this correction made a block the title. */
  previousTitle: string | null;
  blocks: DroppedBlock[];
}

interface Row {
  grp: string;
  ord: number;
  kind: 'paragraph' | 'heading';
  text: string;
  label: string | null;
  before_id: string | null;
  after_id: string | null;
  reason: DropReason;
  previous_title: string | null;
  dropped_at: string;
}

export function insertDroppedGroup(db: Database, documentId: string, group: Omit<DroppedGroup, never>): void {
  const insert = db.prepare(
    `INSERT INTO dropped_blocks (document_id, grp, ord, kind, text, label, before_id, after_id, reason, previous_title, dropped_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  group.blocks.forEach((b, ord) => {
    insert.run(
      documentId,
      group.group,
      ord,
      b.kind,
      b.text,
      b.label,
      b.beforeId,
      b.afterId,
      group.reason,
      group.previousTitle,
      group.droppedAt,
    );
  });
}

/** The document's dropped groups, newest first. */
export function listDroppedGroups(db: Database, documentId: string): DroppedGroup[] {
  const rows = db
    .prepare('SELECT * FROM dropped_blocks WHERE document_id = ? ORDER BY dropped_at DESC, grp DESC, ord')
    .all(documentId) as unknown as Row[];
  const groups = new Map<string, DroppedGroup>();
  for (const r of rows) {
    let group = groups.get(r.grp);
    if (!group) {
      group = { group: r.grp, reason: r.reason, droppedAt: r.dropped_at, previousTitle: r.previous_title, blocks: [] };
      groups.set(r.grp, group);
    }
    group.blocks.push({ kind: r.kind, text: r.text, label: r.label, beforeId: r.before_id, afterId: r.after_id });
  }
  return [...groups.values()];
}

export function deleteDroppedGroup(db: Database, documentId: string, group: string): void {
  db.prepare('DELETE FROM dropped_blocks WHERE document_id = ? AND grp = ?').run(documentId, group);
}
