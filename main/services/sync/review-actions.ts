/**
 * Review and approval, and reviewer comments, on shared notes and packs. The rules are in
 * shared/team/review.ts (and the server applies them again); this module makes the moves on
 * the replica in the user's name, freezes what an approval approves, and returns an item to
 * Draft when it changes after approval.
 */
import { randomBytes } from 'node:crypto';
import { anchorSelectors, describeRange } from '../../../shared/anchoring/index.ts';
import { noteToPlainText } from '../../../shared/notes/content.ts';
import { readThreads, writeComment, writeResolution, type CommentThread } from '../../../shared/team/comments.ts';
import { readReview, writeReview } from '../../../shared/team/replica.ts';
import { allowedMoves, canonicalJson, type Review, type ReviewState } from '../../../shared/team/review.ts';
import type { Database } from '../store/database.ts';
import { getNote } from '../store/notes.store.ts';
import { listPackItems, getPackRow } from '../store/packs.store.ts';
import { readPack } from '../packs/pack-view.ts';
import type { SyncEngine } from './engine.ts';
import { notePrintable } from './mirrors/note-mirror.ts';
import { FROM_ENGINE, type Replica } from './replica.ts';

export type ReviewKind = 'note' | 'pack';

export class ReviewError extends Error {
  readonly code: 'not-shared' | 'not-allowed' | 'read-only' | 'not-found';
  constructor(code: ReviewError['code']) {
    super(code);
    this.name = 'ReviewError';
    this.code = code;
  }
}

/** What an approval freezes: the item as it prints (a pack with its notes as they print). */
export function printableOf(db: Database, kind: ReviewKind, id: string): string | undefined {
  if (kind === 'note') {
    const note = getNote(db, id);
    return note ? notePrintable(note) : undefined;
  }
  const row = getPackRow(db, id);
  if (!row) return undefined;
  const items = listPackItems(db, id).map((item) => ({ id: item.id, spec: item.spec }));
  const notes: Record<string, string> = {};
  for (const { spec } of items) {
    if (spec.kind !== 'note') continue;
    const note = getNote(db, spec.noteId);
    if (note) notes[spec.noteId] = notePrintable(note);
  }
  const { updatedAt: _updated, createdAt: _created, ...fields } = row;
  return canonicalJson({ fields, classification: readPack(db, id)?.classification, items, notes });
}

export interface ReviewView extends Omit<Review, 'approval'> {
  approval: { by: string; at: string } | null;
  moves: ReviewState[];
}

function view(review: Review, engine: SyncEngine): ReviewView {
  const role = engine.membership()?.role ?? 'reader';
  return {
    ...review,
    approval: review.approval ? { by: review.approval.by, at: review.approval.at } : null,
    moves: allowedMoves(review.state, role),
  };
}

function sharedReplica(engine: SyncEngine, kind: ReviewKind, id: string): Replica {
  const replica = engine.replica(kind, id);
  if (!replica) throw new ReviewError('not-shared');
  return replica;
}

export function getReview(engine: SyncEngine, kind: ReviewKind, id: string): ReviewView {
  return view(readReview(sharedReplica(engine, kind, id).doc), engine);
}

export function moveReview(
  engine: SyncEngine,
  db: Database,
  kind: ReviewKind,
  id: string,
  to: ReviewState,
): ReviewView {
  const membership = engine.membership();
  const replica = sharedReplica(engine, kind, id);
  if (!membership || membership.role === 'reader') throw new ReviewError('read-only');
  // The tables must show what the replica holds before an approval freezes them.
  engine.readNow(replica.key);
  const current = readReview(replica.doc);
  if (!allowedMoves(current.state, membership.role).includes(to)) throw new ReviewError('not-allowed');
  const at = new Date().toISOString();
  let approval = current.approval;
  if (to === 'approved') {
    const snapshot = printableOf(db, kind, id);
    if (snapshot === undefined) throw new ReviewError('not-found');
    approval = { by: membership.userName, at, snapshot };
  }
  const next: Review = { state: to, changedBy: membership.userName, changedAt: at, approval, returnedToDraft: false };
  replica.doc.transact(() => writeReview(replica.doc, next), FROM_ENGINE);
  engine.readNow(replica.key);
  return view(next, engine);
}

/**
 * An approved (or sent) item that no longer prints what was approved goes back to Draft, and
 * says so. Run after a replica's changes reach the tables.
 */
export function returnToDraftIfChanged(engine: SyncEngine, db: Database, replica: Replica): boolean {
  if (replica.kind === 'document') return false;
  const membership = engine.membership();
  if (!membership || membership.role === 'reader') return false;
  const review = readReview(replica.doc);
  if ((review.state !== 'approved' && review.state !== 'sent') || !review.approval) return false;
  const printable = printableOf(db, replica.kind, replica.itemId);
  if (printable === undefined || printable === review.approval.snapshot) return false;
  replica.doc.transact(
    () =>
      writeReview(replica.doc, {
        ...review,
        state: 'draft',
        changedBy: membership.userName,
        changedAt: new Date().toISOString(),
        returnedToDraft: true,
      }),
    FROM_ENGINE,
  );
  return true;
}

// --------------------------------------------------------------- comments

export interface NewComment {
  body: string;
  /** The commented passage's text, and which of its occurrences in the note (0: the first). */
  quote: string;
  occurrence: number;
}

/** Where the `occurrence`-th copy of `quote` starts in `text` (whitespace runs compared loosely), or -1. */
function findOccurrence(text: string, quote: string, occurrence: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(
    quote
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
    'g',
  );
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = pattern.exec(text)) !== null) {
    if (seen++ === occurrence) return { start: match.index, end: match.index + match[0].length };
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return undefined;
}

function newCommentId(): string {
  return `c${randomBytes(8).toString('hex')}`;
}

/** The note's threads, each with where its passage is now in the note's text (or null when it is gone). */
export function listThreads(
  engine: SyncEngine,
  db: Database,
  noteId: string,
): Array<CommentThread & { anchor: { start: number; end: number } | null }> {
  const replica = sharedReplica(engine, 'note', noteId);
  const note = getNote(db, noteId);
  const text = note ? noteToPlainText(note.content) : '';
  return readThreads(replica.doc).map((thread) => {
    if (!thread.quote) return { ...thread, anchor: null };
    const found = anchorSelectors(text, {
      quote: { type: 'TextQuoteSelector', exact: thread.quote, prefix: thread.prefix, suffix: thread.suffix },
      position: { type: 'TextPositionSelector', start: thread.start, end: thread.start + thread.quote.length },
    });
    return {
      ...thread,
      anchor: found.start === null || found.end === null ? null : { start: found.start, end: found.end },
    };
  });
}

function writer(engine: SyncEngine): string {
  const membership = engine.membership();
  if (!membership || membership.role === 'reader') throw new ReviewError('read-only');
  return membership.userName;
}

export function addComment(engine: SyncEngine, db: Database, noteId: string, comment: NewComment): string {
  const author = writer(engine);
  const replica = sharedReplica(engine, 'note', noteId);
  engine.readNow(replica.key);
  const note = getNote(db, noteId);
  if (!note) throw new ReviewError('not-found');
  const text = noteToPlainText(note.content);
  const range = findOccurrence(text, comment.quote, comment.occurrence);
  if (!range) throw new ReviewError('not-allowed');
  const { quote } = describeRange(text, range.start, range.end);
  const id = newCommentId();
  replica.doc.transact(
    () =>
      writeComment(replica.doc, {
        id,
        threadId: id,
        author,
        at: new Date().toISOString(),
        body: comment.body,
        quote: quote.exact.slice(0, 5000),
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: range.start,
      }),
    FROM_ENGINE,
  );
  engine.readNow(replica.key);
  return id;
}

export function replyToThread(engine: SyncEngine, noteId: string, threadId: string, body: string): string {
  const author = writer(engine);
  const replica = sharedReplica(engine, 'note', noteId);
  if (!readThreads(replica.doc).some((t) => t.id === threadId)) throw new ReviewError('not-found');
  const id = newCommentId();
  replica.doc.transact(
    () =>
      writeComment(replica.doc, {
        id,
        threadId,
        author,
        at: new Date().toISOString(),
        body,
        quote: '',
        prefix: '',
        suffix: '',
        start: 0,
      }),
    FROM_ENGINE,
  );
  engine.readNow(replica.key);
  return id;
}

export function resolveThread(engine: SyncEngine, noteId: string, threadId: string, resolved: boolean): void {
  const author = writer(engine);
  const replica = sharedReplica(engine, 'note', noteId);
  if (!readThreads(replica.doc).some((t) => t.id === threadId)) throw new ReviewError('not-found');
  replica.doc.transact(
    () => writeResolution(replica.doc, threadId, resolved ? { by: author, at: new Date().toISOString() } : null),
    FROM_ENGINE,
  );
  engine.readNow(replica.key);
}
