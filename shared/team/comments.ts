/**
 * Reviewers' comments on a note's passages: threads of comments, each thread anchored to a
 * passage the way annotations are (a quote with its prefix and suffix, and a position, over
 * the note's plain text), resolvable and reopenable. Anchors are data, not editor state: the
 * note's content carries no comment marks, so comments never change what prints.
 *
 * In the note's replica every comment is its own key of the `comments` map (two reviewers
 * replying at once both keep their reply), and each thread's resolution is one key
 * (`resolved:THREAD`, last writer wins).
 */
import { z } from 'zod';
import type * as Y from 'yjs';
import { COMMENTS } from './replica.ts';

export const MAX_COMMENT_CHARS = 10_000;

export const CommentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** The first comment's id; replies share it. */
  threadId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  author: z.string().min(1).max(100),
  at: z.string().max(40),
  body: z.string().min(1).max(MAX_COMMENT_CHARS),
  /** The passage (on the thread's first comment; empty on replies). */
  quote: z.string().max(5000),
  prefix: z.string().max(100),
  suffix: z.string().max(100),
  start: z.number().int().nonnegative(),
});
export type ReviewComment = z.infer<typeof CommentSchema>;

export const ResolutionSchema = z.object({ by: z.string().min(1).max(100), at: z.string().max(40) });
export type Resolution = z.infer<typeof ResolutionSchema>;

export interface CommentThread {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  comments: ReviewComment[];
  resolved: Resolution | null;
}

const RESOLVED = 'resolved:';

/** Every thread of a note's replica, oldest first; comments in each thread oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const map = doc.getMap(COMMENTS);
  const comments: ReviewComment[] = [];
  const resolutions = new Map<string, Resolution>();
  for (const [key, value] of map.entries()) {
    if (typeof value !== 'string' || value === '') continue;
    try {
      if (key.startsWith(RESOLVED)) {
        const parsed = ResolutionSchema.safeParse(JSON.parse(value));
        if (parsed.success) resolutions.set(key.slice(RESOLVED.length), parsed.data);
      } else {
        const parsed = CommentSchema.safeParse(JSON.parse(value));
        if (parsed.success && parsed.data.id === key) comments.push(parsed.data);
      }
    } catch {
      // a value that is not JSON is not a comment
    }
  }
  comments.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) {
    let thread = threads.get(comment.threadId);
    if (!thread) {
      const head = comment.id === comment.threadId ? comment : undefined;
      thread = {
        id: comment.threadId,
        quote: head?.quote ?? '',
        prefix: head?.prefix ?? '',
        suffix: head?.suffix ?? '',
        start: head?.start ?? 0,
        comments: [],
        resolved: resolutions.get(comment.threadId) ?? null,
      };
      threads.set(comment.threadId, thread);
    }
    if (comment.id === comment.threadId) {
      thread.quote = comment.quote;
      thread.prefix = comment.prefix;
      thread.suffix = comment.suffix;
      thread.start = comment.start;
    }
    thread.comments.push(comment);
  }
  return [...threads.values()];
}

export function writeComment(doc: Y.Doc, comment: ReviewComment): void {
  doc.getMap(COMMENTS).set(comment.id, JSON.stringify(CommentSchema.parse(comment)));
}

/** Resolves a thread (or reopens it with `null`). */
export function writeResolution(doc: Y.Doc, threadId: string, resolution: Resolution | null): void {
  doc.getMap(COMMENTS).set(`${RESOLVED}${threadId}`, resolution ? JSON.stringify(resolution) : '');
}
