/**
 * SQL for team sync (migration 010): the membership, the Yjs replicas and their pending
 * updates, uploaded blobs, review records and reviewer comments. Every function takes the
 * database first. Replica bytes are opaque here: merging them is the sync engine's job.
 */
import type { Classification } from '../../../shared/model/index.ts';
import type { ItemKind, Role } from '../../../shared/team/protocol.ts';
import type { ReviewState } from '../../../shared/team/review.ts';
import { ANNOTATION_COLUMNS, annotationValues, setAnnotationTags, type AnnotationRecord } from './annotations.store.ts';
import { inTransaction, type Database } from './database.ts';
import { deleteSetting, getSetting, setSetting } from './settings.store.ts';

export interface Membership {
  serverUrl: string;
  token: string;
  userName: string;
  role: Role;
  team: string;
  ceiling: Classification;
  /** New notes, packs and imported documents are shared at once (the default). */
  shareNew: boolean;
  joinedAt: string;
}

export function getMembership(db: Database): Membership | undefined {
  const row = db.prepare('SELECT * FROM team_membership WHERE id = 1').get() as
    | {
        server_url: string;
        token: string;
        user_name: string;
        role: Role;
        team: string;
        ceiling: Classification;
        share_new: number;
        joined_at: string;
      }
    | undefined;
  if (!row) return undefined;
  return {
    serverUrl: row.server_url,
    token: row.token,
    userName: row.user_name,
    role: row.role,
    team: row.team,
    ceiling: row.ceiling,
    shareNew: row.share_new === 1,
    joinedAt: row.joined_at,
  };
}

/** Joins (or re-joins with a new token or role): the one membership row. */
export function putMembership(db: Database, m: Membership): void {
  db.prepare(
    `INSERT INTO team_membership (id, server_url, token, user_name, role, team, ceiling, share_new, joined_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, token = excluded.token,
       user_name = excluded.user_name, role = excluded.role, team = excluded.team, ceiling = excluded.ceiling,
       share_new = excluded.share_new`,
  ).run(m.serverUrl, m.token, m.userName, m.role, m.team, m.ceiling, m.shareNew ? 1 : 0, m.joinedAt);
}

/** Leaves the team: the items stay in the library as they are now; the replicas go. */
export function clearMembership(db: Database): void {
  inTransaction(db, () => {
    db.exec('DELETE FROM sync_pending; DELETE FROM sync_replicas; DELETE FROM sync_blobs; DELETE FROM team_membership');
    deleteSetting(db, EXPORTS_TO_AUDIT);
  });
}

/** Exports of shared items not yet recorded in the server's audit log (a small settings value, no migration). */
const EXPORTS_TO_AUDIT = 'team.exportsToAudit';

export interface ExportToAudit {
  /** The shared item's document name on the server. */
  document: string;
  /** When it was exported (ISO time). */
  at: string;
}

/** The exports waiting to be recorded on the server, oldest first. */
export function listExportsToAudit(db: Database): ExportToAudit[] {
  const raw = getSetting(db, EXPORTS_TO_AUDIT);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed)
      ? parsed.filter(
          (r): r is ExportToAudit =>
            typeof r === 'object' && r !== null && typeof r.document === 'string' && typeof r.at === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function putExportsToAudit(db: Database, records: readonly ExportToAudit[]): void {
  if (records.length === 0) deleteSetting(db, EXPORTS_TO_AUDIT);
  else setSetting(db, EXPORTS_TO_AUDIT, JSON.stringify(records));
}

export interface ReplicaRow {
  kind: ItemKind;
  itemId: string;
  generation: number;
  state: Uint8Array;
  /** Why the server (or the ceiling) refused this item, if it did. */
  refused: string | null;
  syncedAt: string | null;
}

interface ReplicaDbRow {
  kind: ItemKind;
  item_id: string;
  generation: number;
  state: Uint8Array;
  refused: string | null;
  synced_at: string | null;
}

const toReplica = (row: ReplicaDbRow): ReplicaRow => ({
  kind: row.kind,
  itemId: row.item_id,
  generation: row.generation,
  state: new Uint8Array(row.state),
  refused: row.refused,
  syncedAt: row.synced_at,
});

export function listReplicas(db: Database): ReplicaRow[] {
  return (db.prepare('SELECT * FROM sync_replicas ORDER BY kind, item_id').all() as unknown as ReplicaDbRow[]).map(
    toReplica,
  );
}

export function getReplica(db: Database, kind: ItemKind, itemId: string): ReplicaRow | undefined {
  const row = db.prepare('SELECT * FROM sync_replicas WHERE kind = ? AND item_id = ?').get(kind, itemId) as
    ReplicaDbRow | undefined;
  return row ? toReplica(row) : undefined;
}

export function insertReplica(
  db: Database,
  replica: { kind: ItemKind; itemId: string; generation: number; state: Uint8Array },
  now = new Date().toISOString(),
): void {
  db.prepare(
    `INSERT INTO sync_replicas (kind, item_id, generation, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, item_id) DO NOTHING`,
  ).run(replica.kind, replica.itemId, replica.generation, replica.state, now, now);
}

export function setReplicaRefused(db: Database, kind: ItemKind, itemId: string, reason: string | null): void {
  db.prepare('UPDATE sync_replicas SET refused = ? WHERE kind = ? AND item_id = ?').run(reason, kind, itemId);
}

export function markReplicaSynced(db: Database, kind: ItemKind, itemId: string, at: string): void {
  db.prepare('UPDATE sync_replicas SET synced_at = ? WHERE kind = ? AND item_id = ?').run(at, kind, itemId);
}

/** Replaces a replica by a purged item's next generation: its state, and nothing pending. */
export function resetReplica(
  db: Database,
  kind: ItemKind,
  itemId: string,
  generation: number,
  state: Uint8Array,
  now = new Date().toISOString(),
): void {
  inTransaction(db, () => {
    db.prepare('DELETE FROM sync_pending WHERE kind = ? AND item_id = ?').run(kind, itemId);
    db.prepare(
      'UPDATE sync_replicas SET generation = ?, state = ?, refused = NULL, updated_at = ? WHERE kind = ? AND item_id = ?',
    ).run(generation, state, now, kind, itemId);
  });
}

export function deleteReplica(db: Database, kind: ItemKind, itemId: string): void {
  db.prepare('DELETE FROM sync_replicas WHERE kind = ? AND item_id = ?').run(kind, itemId);
}

/** Appends one update (committed when this returns); returns its id. */
export function appendPending(
  db: Database,
  kind: ItemKind,
  itemId: string,
  origin: 'local' | 'remote',
  data: Uint8Array,
  now = new Date().toISOString(),
): number {
  const result = db
    .prepare('INSERT INTO sync_pending (kind, item_id, origin, acked, data, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(kind, itemId, origin, origin === 'remote' ? 1 : 0, data, now);
  return Number(result.lastInsertRowid);
}

/**
 * Folds a local change into an earlier row of the same item that still waits for the server
 * (a burst of typing is one change waiting, not one per keystroke). Returns false, changing
 * nothing, when that row is gone or already acknowledged. Committed when this returns.
 */
export function mergeIntoPending(
  db: Database,
  rowId: number,
  data: Uint8Array,
  merge: (parts: Uint8Array[]) => Uint8Array,
): boolean {
  const row = db.prepare(`SELECT data FROM sync_pending WHERE id = ? AND origin = 'local' AND acked = 0`).get(rowId) as
    { data: Uint8Array } | undefined;
  if (!row) return false;
  db.prepare('UPDATE sync_pending SET data = ? WHERE id = ?').run(merge([new Uint8Array(row.data), data]), rowId);
  return true;
}

export interface PendingRow {
  id: number;
  kind: ItemKind;
  itemId: string;
  origin: 'local' | 'remote';
  acked: boolean;
  data: Uint8Array;
}

interface PendingDbRow {
  id: number;
  kind: ItemKind;
  item_id: string;
  origin: 'local' | 'remote';
  acked: number;
  data: Uint8Array;
}

const toPending = (row: PendingDbRow): PendingRow => ({
  id: row.id,
  kind: row.kind,
  itemId: row.item_id,
  origin: row.origin,
  acked: row.acked === 1,
  data: new Uint8Array(row.data),
});

export function listPending(db: Database, kind: ItemKind, itemId: string): PendingRow[] {
  return (
    db
      .prepare('SELECT * FROM sync_pending WHERE kind = ? AND item_id = ? ORDER BY id')
      .all(kind, itemId) as unknown as PendingDbRow[]
  ).map(toPending);
}

/** Updates written after `afterId` (by this process or another: the CLI beside the app). */
export function pendingAfter(db: Database, afterId: number): PendingRow[] {
  return (
    db.prepare('SELECT * FROM sync_pending WHERE id > ? ORDER BY id').all(afterId) as unknown as PendingDbRow[]
  ).map(toPending);
}

export function lastPendingId(db: Database): number {
  const row = db.prepare('SELECT max(id) AS id FROM sync_pending').get() as { id: number | null };
  return row.id ?? 0;
}

/** The server has everything of this item up to `uptoId`. */
export function markAcked(db: Database, kind: ItemKind, itemId: string, uptoId: number): number {
  const result = db
    .prepare('UPDATE sync_pending SET acked = 1 WHERE kind = ? AND item_id = ? AND id <= ? AND acked = 0')
    .run(kind, itemId, uptoId);
  return Number(result.changes);
}

/** Local changes the server has not acknowledged yet, per item. */
export function countWaiting(db: Database): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT kind, item_id, count(*) AS n FROM sync_pending WHERE origin = 'local' AND acked = 0 GROUP BY kind, item_id`,
    )
    .all() as Array<{ kind: string; item_id: string; n: number }>;
  return new Map(rows.map((r) => [`${r.kind}/${r.item_id}`, r.n]));
}

/**
 * Folds the item's pending updates into its state with `merge` and drops the acknowledged
 * ones (unacknowledged ones stay, counted as waiting, until the server has them). One
 * transaction: a crash leaves the old state and rows, or the new.
 */
export function foldPending(
  db: Database,
  kind: ItemKind,
  itemId: string,
  merge: (parts: Uint8Array[]) => Uint8Array,
  now = new Date().toISOString(),
): void {
  inTransaction(db, () => {
    const replica = getReplica(db, kind, itemId);
    if (!replica) return;
    const rows = listPending(db, kind, itemId);
    if (rows.length === 0) return;
    const state = merge([replica.state, ...rows.map((r) => r.data)]);
    db.prepare('UPDATE sync_replicas SET state = ?, updated_at = ? WHERE kind = ? AND item_id = ?').run(
      state,
      now,
      kind,
      itemId,
    );
    const lastAcked = rows.filter((r) => r.acked).at(-1)?.id;
    if (lastAcked !== undefined) {
      db.prepare('DELETE FROM sync_pending WHERE kind = ? AND item_id = ? AND acked = 1 AND id <= ?').run(
        kind,
        itemId,
        lastAcked,
      );
    }
  });
}

export function isBlobUploaded(db: Database, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM sync_blobs WHERE sha256 = ?').get(sha256) !== undefined;
}

export function markBlobUploaded(db: Database, sha256: string, now = new Date().toISOString()): void {
  db.prepare('INSERT INTO sync_blobs (sha256, uploaded_at) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    sha256,
    now,
  );
}

export interface ReviewRow {
  kind: 'note' | 'pack';
  itemId: string;
  state: ReviewState;
  changedBy: string | null;
  changedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  snapshotJson: string | null;
  returnedToDraft: boolean;
}

export function getReviewRow(db: Database, kind: 'note' | 'pack', itemId: string): ReviewRow | undefined {
  const row = db.prepare('SELECT * FROM item_reviews WHERE kind = ? AND item_id = ?').get(kind, itemId) as
    | {
        kind: 'note' | 'pack';
        item_id: string;
        state: ReviewState;
        changed_by: string | null;
        changed_at: string | null;
        approved_by: string | null;
        approved_at: string | null;
        snapshot_json: string | null;
        returned_to_draft: number;
      }
    | undefined;
  if (!row) return undefined;
  return {
    kind: row.kind,
    itemId: row.item_id,
    state: row.state,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    snapshotJson: row.snapshot_json,
    returnedToDraft: row.returned_to_draft === 1,
  };
}

/**
 * Review rows about no note or pack of this library, and reviewer comments on no note: what an
 * archive must not bring in (the tables have no foreign keys, since the team's record may
 * arrive before its item).
 */
export function orphanedReviewRows(db: Database): number {
  const row = db
    .prepare(
      `SELECT
         (SELECT count(*) FROM item_reviews r WHERE
            (r.kind = 'note' AND NOT EXISTS (SELECT 1 FROM notes WHERE id = r.item_id)) OR
            (r.kind = 'pack' AND NOT EXISTS (SELECT 1 FROM packs WHERE id = r.item_id)))
       + (SELECT count(*) FROM note_comments c WHERE NOT EXISTS (SELECT 1 FROM notes WHERE id = c.note_id)) AS n`,
    )
    .get() as { n: number };
  return Number(row.n);
}

/**
 * Drops every approval from the review rows (approved and sent items become drafts) and says
 * how many it dropped. An approval is the team server's word: rows that did not come from
 * the server (an archive's, which anyone can write) cannot vouch for one.
 */
export function withholdApprovals(db: Database): number {
  const result = db
    .prepare(
      `UPDATE item_reviews
         SET state = CASE WHEN state IN ('approved', 'sent') THEN 'draft' ELSE state END,
             approved_by = NULL, approved_at = NULL, snapshot_json = NULL, returned_to_draft = 0
       WHERE state IN ('approved', 'sent') OR approved_by IS NOT NULL OR approved_at IS NOT NULL
          OR snapshot_json IS NOT NULL`,
    )
    .run();
  return Number(result.changes);
}

export function putReviewRow(db: Database, review: ReviewRow): void {
  db.prepare(
    `INSERT INTO item_reviews (kind, item_id, state, changed_by, changed_at, approved_by, approved_at, snapshot_json,
       returned_to_draft)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, item_id) DO UPDATE SET state = excluded.state, changed_by = excluded.changed_by,
       changed_at = excluded.changed_at, approved_by = excluded.approved_by, approved_at = excluded.approved_at,
       snapshot_json = excluded.snapshot_json, returned_to_draft = excluded.returned_to_draft`,
  ).run(
    review.kind,
    review.itemId,
    review.state,
    review.changedBy,
    review.changedAt,
    review.approvedBy,
    review.approvedAt,
    review.snapshotJson,
    review.returnedToDraft ? 1 : 0,
  );
}

export interface CommentRow {
  id: string;
  noteId: string;
  threadId: string;
  author: string;
  createdAt: string;
  body: string;
  quote: string;
  prefix: string;
  suffix: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export function listCommentRows(db: Database, noteId: string): CommentRow[] {
  const rows = db
    .prepare('SELECT * FROM note_comments WHERE note_id = ? ORDER BY thread_id, created_at, id')
    .all(noteId) as Array<Record<string, string | null>>;
  return rows.map((r) => ({
    id: String(r.id),
    noteId: String(r.note_id),
    threadId: String(r.thread_id),
    author: String(r.author),
    createdAt: String(r.created_at),
    body: String(r.body),
    quote: String(r.quote),
    prefix: String(r.prefix),
    suffix: String(r.suffix),
    resolvedBy: r.resolved_by ?? null,
    resolvedAt: r.resolved_at ?? null,
  }));
}

/** The note's comments as the replica has them now (one transaction). */
export function replaceCommentRows(db: Database, noteId: string, comments: readonly CommentRow[]): void {
  inTransaction(db, () => {
    db.prepare('DELETE FROM note_comments WHERE note_id = ?').run(noteId);
    const insert = db.prepare(
      `INSERT INTO note_comments (id, note_id, thread_id, author, created_at, body, quote, prefix, suffix, resolved_by,
         resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of comments) {
      insert.run(
        c.id,
        noteId,
        c.threadId,
        c.author,
        c.createdAt,
        c.body,
        c.quote,
        c.prefix,
        c.suffix,
        c.resolvedBy,
        c.resolvedAt,
      );
    }
  });
}

/** Drops a note's local version history (a purge removes its history everywhere). */
export function deleteNoteHistory(db: Database, noteId: string): void {
  db.prepare('DELETE FROM note_versions WHERE note_id = ?').run(noteId);
}

/** Whether a note row exists, and whether it is in the bin (the sync engine creates or updates it). */
export function noteRowState(db: Database, id: string): 'live' | 'deleted' | undefined {
  const row = db.prepare('SELECT deleted_at FROM notes WHERE id = ?').get(id) as
    { deleted_at: string | null } | undefined;
  if (!row) return undefined;
  return row.deleted_at === null ? 'live' : 'deleted';
}

/** Writes an annotation exactly as a teammate's replica has it (insert or replace), tags and index included. */
export function putAnnotationRecord(db: Database, record: AnnotationRecord): void {
  inTransaction(db, () => {
    db.prepare(
      `INSERT INTO annotations (${ANNOTATION_COLUMNS}, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET series_id = excluded.series_id, document_id = excluded.document_id,
         scope = excluded.scope, exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix,
         start_offset = excluded.start_offset, end_offset = excluded.end_offset, color = excluded.color,
         comment_lexical = excluded.comment_lexical, comment_text = excluded.comment_text,
         updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
    ).run(...annotationValues(record), record.deletedAt);
    db.prepare('DELETE FROM annotation_anchors WHERE annotation_id = ?').run(record.id);
    setAnnotationTags(db, record.id, record.tags);
  });
}

/** Every annotation stored on one document version, deleted ones included (what its replica carries). */
export function listAnnotationIdsOnDocument(db: Database, documentId: string): string[] {
  return (
    db.prepare('SELECT id FROM annotations WHERE document_id = ? ORDER BY id').all(documentId) as Array<{ id: string }>
  ).map((r) => r.id);
}

/** The document an annotation is stored on (its version), if the annotation exists. */
export function annotationDocumentId(db: Database, annotationId: string): string | undefined {
  const row = db.prepare('SELECT document_id FROM annotations WHERE id = ?').get(annotationId) as
    { document_id: string } | undefined;
  return row?.document_id;
}

/** Whether a document row exists at all (in the bin or not). */
export function documentRowExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}
