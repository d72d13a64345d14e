/**
 * The `team:*`, `sync:*`, `review:*` and `comments:*` methods (issue 17): joining a team,
 * the sync status, sharing items, the note editor's live relay, review and approval, and
 * reviewer comments. Updates travel as base64 (Yjs and awareness updates are binary).
 */
import { z } from 'zod';
import { ClassificationSchema } from '../model/classification.ts';
import { NoteIdSchema, NoteSummarySchema } from '../model/note.ts';
import { ItemIdSchema, ItemKindSchema, RoleSchema } from '../team/protocol.ts';
import { REVIEW_STATES, ReviewStateSchema } from '../team/review.ts';

/** Base64 of a Yjs or awareness update; large enough for a whole long note's state. */
const Base64Schema = z
  .string()
  .max(64_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
const SessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/);

export const SyncStatusSchema = z.object({
  /** saved to server · n changes waiting · offline · error · connecting · not in a team */
  state: z.enum(['off', 'connecting', 'saved', 'waiting', 'offline', 'error']),
  waiting: z.number().int().nonnegative(),
  problem: z
    .object({
      code: z.enum(['address', 'unreachable', 'not-precis', 'version', 'token', 'expired', 'server']),
      detail: z.string(),
    })
    .nullable(),
  /** Items the server (or the team's ceiling) refused: they stay on this computer. */
  refused: z.array(z.object({ kind: ItemKindSchema, id: z.string(), code: z.string(), detail: z.string() })),
  team: z
    .object({
      name: z.string(),
      server: z.string(),
      user: z.string(),
      role: RoleSchema,
      ceiling: ClassificationSchema,
    })
    .nullable(),
  shared: z.number().int().nonnegative(),
  lastSyncedAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const ReviewViewSchema = z.object({
  state: ReviewStateSchema,
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  approval: z.object({ by: z.string(), at: z.string() }).nullable(),
  returnedToDraft: z.boolean(),
  /** The moves this user may make now. */
  moves: z.array(z.enum(REVIEW_STATES)),
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

export const CommentThreadSchema = z.object({
  id: z.string(),
  quote: z.string(),
  /** Where the passage is in the note's text now; null when it is no longer there. */
  anchor: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  resolved: z.object({ by: z.string(), at: z.string() }).nullable(),
  comments: z.array(z.object({ id: z.string(), author: z.string(), at: z.string(), body: z.string() })),
});
export type CommentThreadView = z.infer<typeof CommentThreadSchema>;

const ItemRefSchema = z.object({ kind: ItemKindSchema, id: ItemIdSchema }).strict();
const ReviewKindSchema = z.enum(['note', 'pack']);
const CommentBodySchema = z.string().trim().min(1).max(10_000);

export const RoundTripSchema = z.object({
  pushed: z.number().int().nonnegative(),
  pulled: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
});

export const teamContract = {
  'team:status': { input: z.object({}).strict(), output: SyncStatusSchema },
  /** Joins a team: checks the server and the token first, and changes nothing if either fails. */
  'team:join': {
    input: z
      .object({
        server: z.string().trim().min(1).max(500),
        token: z.string().trim().min(8).max(200),
        /** Share the whole library now (items above the team's ceiling stay here). */
        shareLibrary: z.boolean().optional(),
      })
      .strict(),
    output: SyncStatusSchema,
  },
  /** Leaves the team; refused while changes wait for the server, unless `discardWaiting`. */
  'team:leave': { input: z.object({ discardWaiting: z.boolean().optional() }).strict(), output: SyncStatusSchema },
  'team:share': { input: z.object({ items: z.array(ItemRefSchema).max(10_000) }).strict(), output: SyncStatusSchema },
  /** One round trip now: send what waits, receive what is new. */
  'team:sync': { input: z.object({}).strict(), output: RoundTripSchema },
  /** Whether an item is shared, and how this user may edit it. */
  'team:item': {
    input: ItemRefSchema,
    output: z.object({
      shared: z.boolean(),
      readOnly: z.boolean(),
      refused: z.string().nullable(),
      user: z.string().nullable(),
    }),
  },

  'sync:open': {
    input: z.object({ kind: z.literal('note'), id: NoteIdSchema }).strict(),
    output: z.object({
      session: z.string(),
      state: Base64Schema,
      readOnly: z.boolean(),
      user: z.object({ name: z.string(), color: z.string() }),
    }),
  },
  /** An edit from the page; stored before this answers. */
  'sync:push': { input: z.object({ session: SessionIdSchema, update: Base64Schema }).strict(), output: z.object({}) },
  'sync:awareness': {
    input: z.object({ session: SessionIdSchema, update: Base64Schema }).strict(),
    output: z.object({}),
  },
  /** Long poll: what happened to the replica since the last call. */
  'sync:next': {
    input: z.object({ session: SessionIdSchema, timeoutMs: z.number().int().min(0).max(30_000) }).strict(),
    output: z.object({ updates: z.array(Base64Schema), awareness: z.array(Base64Schema), closed: z.boolean() }),
  },
  'sync:close': { input: z.object({ session: SessionIdSchema }).strict(), output: z.object({}) },

  'review:get': { input: z.object({ kind: ReviewKindSchema, id: ItemIdSchema }).strict(), output: ReviewViewSchema },
  'review:move': {
    input: z.object({ kind: ReviewKindSchema, id: ItemIdSchema, to: ReviewStateSchema }).strict(),
    output: ReviewViewSchema,
  },

  'comments:list': { input: z.object({ noteId: NoteIdSchema }).strict(), output: z.array(CommentThreadSchema) },
  /**
   * A new thread on a passage of the note: its text, and which occurrence of that text in the
   * note it is (0 for the first), as the editor's selection gives them.
   */
  'comments:add': {
    input: z
      .object({
        noteId: NoteIdSchema,
        quote: z.string().trim().min(1).max(5000),
        occurrence: z.number().int().nonnegative().max(100_000).optional(),
        body: CommentBodySchema,
      })
      .strict(),
    output: z.array(CommentThreadSchema),
  },
  'comments:reply': {
    input: z.object({ noteId: NoteIdSchema, threadId: z.string().max(64), body: CommentBodySchema }).strict(),
    output: z.array(CommentThreadSchema),
  },
  'comments:resolve': {
    input: z.object({ noteId: NoteIdSchema, threadId: z.string().max(64), resolved: z.boolean() }).strict(),
    output: z.array(CommentThreadSchema),
  },

  /** Appends a paragraph of text at the end of a note (a script adding lines). */
  'notes:append': {
    input: z.object({ id: NoteIdSchema, text: z.string().min(1).max(100_000) }).strict(),
    output: NoteSummarySchema,
  },
} as const;
