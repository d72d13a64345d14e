import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ApiError, apiError, translation } from '../../../shared/api/index.ts';
import { BackupError, backupsDir, createBackup, listBackups, restoreBackup } from '../backup/backups.ts';
import { forgetAllVersionTexts } from '../library/annotations.ts';
import type { ApiHandlers } from './handler.ts';

const view = ({ name, kind, createdAt, size }: { name: string; kind: string; createdAt: string; size: number }) => ({
  name,
  kind: kind as 'auto' | 'manual' | 'before-restore' | 'before-upgrade',
  createdAt,
  size,
});

export const backupHandlers: ApiHandlers<'library:status' | 'library:backup' | 'library:restore'> = {
  'library:status': async (_input, context) => ({
    readOnly: context.readOnly === true,
    storePath: context.storePath,
    logPath: context.logPath ?? null,
    backups: listBackups(dirname(context.storePath)).map(view),
  }),

  'library:backup': async (_input, context) => {
    try {
      return view(await createBackup(context.db, dirname(context.storePath), 'manual'));
    } catch (error) {
      if (error instanceof BackupError)
        throw new ApiError(
          'internal',
          error.message,
          translation('errors.backupFailed', {}, { nested: { reason: error.translation } }),
        );
      throw error;
    }
  },

  'library:restore': async ({ name }, context) => {
    if (context.readOnly) {
      throw apiError('read-only', 'errors.restoreReadOnly', { name });
    }
    const storeDir = dirname(context.storePath);
    // Only a file in the backups folder, by its validated name: never a path from the caller.
    const file = join(backupsDir(storeDir), name);
    if (!existsSync(file)) throw apiError('not-found', 'errors.noBackup', { name });
    try {
      const result = await restoreBackup(storeDir, file);
      // This session's connection now reads the restored (and, if it was older, migrated)
      // library; what it cached from the one it replaced must go.
      forgetAllVersionTexts(context.db);
      return { restored: name, replacedCopy: result.replacedCopy ?? null };
    } catch (error) {
      if (error instanceof BackupError) throw new ApiError('not-found', error.message, error.translation);
      throw error;
    }
  },
};
