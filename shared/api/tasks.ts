import { z } from 'zod';

/**
 * Long work (an import, a PDF export, a quote check, a backup, re-anchoring after a
 * restructure) can report progress and be cancelled: the caller names the call with a task id
 * of its choosing (`taskId`, or `progressId` for an import) and asks about it meanwhile.
 */
export const TaskIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a task id');

export const TaskProgressSchema = z.object({
  /** `running` while the call works; `unknown` before it starts, after it ends, or for another id. */
  state: z.enum(['running', 'unknown']),
  /** How far it is, 0..1, when it can tell. */
  fraction: z.number().min(0).max(1).nullable(),
  /** What it is doing now: a step name the interface words (`reading`, `printing`…). */
  stage: z.string().max(40).nullable(),
});
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

export const tasksContract = {
  'tasks:progress': {
    input: z.object({ taskId: TaskIdSchema }).strict(),
    output: TaskProgressSchema,
  },
  /**
   * Cancels a running task: it stops at its next step and its call fails with `cancelled`,
   * leaving the library as it was. `cancelled` is false when no such task was running.
   */
  'tasks:cancel': {
    input: z.object({ taskId: TaskIdSchema }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
