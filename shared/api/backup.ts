import { z } from 'zod';
import { TaskIdSchema } from './tasks.ts';

/** A backup's file name in the backups folder; nothing else (no paths) is accepted. */
export const BackupNameSchema = z
  .string()
  .max(120)
  .regex(/^precis-[0-9T]+(?:-\d+)?-[a-z-]+(?:-from-v\d+)?\.sqlite$/, 'not a backup name');

export const BackupInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manual', 'before-restore', 'before-upgrade']),
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
});
export type BackupInfoView = z.infer<typeof BackupInfoSchema>;

export const backupContract = {
  /** The library's health: read-only or not, its backups (newest first), where the log is. */
  'library:status': {
    input: z.object({}).strict(),
    output: z.object({
      readOnly: z.boolean(),
      storePath: z.string(),
      logPath: z.string().nullable(),
      backups: z.array(BackupInfoSchema),
    }),
  },
  /** Backs the library up now, into its backups folder. */
  'library:backup': {
    /** `taskId` names the backup for tasks:progress and tasks:cancel. */
    input: z.object({ taskId: TaskIdSchema.optional() }).strict(),
    output: BackupInfoSchema,
  },
  /**
   * Replaces the library with one of its backups (by name), after keeping a copy of the
   * current library as a `before-restore` backup.
   */
  'library:restore': {
    input: z.object({ name: BackupNameSchema }).strict(),
    output: z.object({ restored: z.string(), replacedCopy: z.string().nullable() }),
  },
} as const;
