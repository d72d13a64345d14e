/**
 * Review and approval of a shared note or pack: Draft → In review → Approved (→ Sent).
 * Only an approver approves; an approval records who, when, and a frozen copy of the item as
 * approved. Editing an approved item returns it to Draft. These rules are checked by the
 * client before it writes and by the server on every update it receives, so a modified
 * client cannot approve without the approver role.
 */
import { z } from 'zod';
import type { Role } from './protocol.ts';

export const REVIEW_STATES = ['draft', 'in-review', 'approved', 'sent'] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ApprovalSchema = z.object({
  /** The approver's name, as the server knows it. */
  by: z.string().min(1).max(100),
  /** ISO time of the approval. */
  at: z.string().min(1).max(40),
  /**
   * The item as approved: canonical JSON of its printable state (title, fields, content for
   * a note; cover fields and items for a pack). The PDF prints this, not later edits.
   */
  snapshot: z.string().max(16_000_000),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export interface Review {
  state: ReviewState;
  /** Who moved it to this state, and when (null for a never-reviewed draft). */
  changedBy: string | null;
  changedAt: string | null;
  approval: Approval | null;
  /** Set when an edit returned an approved item to Draft. */
  returnedToDraft: boolean;
}

export const EMPTY_REVIEW: Review = {
  state: 'draft',
  changedBy: null,
  changedAt: null,
  approval: null,
  returnedToDraft: false,
};

/** The moves a user may ask for, by role and current state (editing back to Draft is automatic). */
export function allowedMoves(state: ReviewState, role: Role): ReviewState[] {
  if (role === 'reader') return [];
  const moves: ReviewState[] = [];
  if (state === 'draft') moves.push('in-review');
  if (state === 'in-review') {
    moves.push('draft');
    if (role === 'approver') moves.push('approved');
  }
  if (state === 'approved') moves.push('sent', 'draft');
  if (state === 'sent') moves.push('draft');
  return moves;
}

export type ReviewViolation =
  'not-approver' | 'approval-by-other' | 'approved-without-approval' | 'sent-before-approval';

/**
 * Checks a change of review record made by `user` with `role` (the server runs this on the
 * state an incoming update would produce). Returns what is wrong, or null when it is allowed.
 */
export function checkReviewChange(
  before: Review,
  after: Review,
  user: { name: string; role: Role },
): ReviewViolation | null {
  const approvalChanged = JSON.stringify(before.approval) !== JSON.stringify(after.approval);
  if (approvalChanged && after.approval !== null) {
    if (user.role !== 'approver') return 'not-approver';
    if (after.approval.by !== user.name) return 'approval-by-other';
  }
  if (after.state === 'approved' && before.state !== 'approved') {
    if (user.role !== 'approver') return 'not-approver';
    if (after.approval === null) return 'approved-without-approval';
  }
  if (after.state === 'sent' && before.state !== 'sent' && before.state !== 'approved') return 'sent-before-approval';
  return null;
}

/**
 * The canonical JSON of a value (object keys sorted): two clients that hold the same state
 * write the same string, so "changed since approval" is a string comparison.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}
