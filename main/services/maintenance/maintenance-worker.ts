/**
 * The maintenance worker thread: work on the whole store file that takes seconds on a big
 * library (a full integrity check, a backup and its check), on its own SQLite connection, so
 * the thread that answers the API never waits for it.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { autoBackupIfDue, BackupError, createBackup } from '../backup/backups.ts';
import { STORE_FILE_NAME } from '../store/database.ts';
import { integrityCheck } from '../store/maintenance.store.ts';
import { openStoreFile } from '../store/store-file.store.ts';
import type { MaintenanceReply, MaintenanceRequest, MaintenanceTask } from './maintenance-protocol.ts';

const port = parentPort;
if (!port) throw new Error('maintenance-worker.ts runs only as a worker thread');

async function run(task: MaintenanceTask): Promise<unknown> {
  if (task.type === 'integrity-check') {
    const db = openStoreFile(task.storePath, { readOnly: true });
    try {
      db.exec('PRAGMA busy_timeout = 5000');
      return integrityCheck(db);
    } finally {
      db.close();
    }
  }
  const db = openStoreFile(join(task.storeDir, STORE_FILE_NAME), { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    if (task.onlyIfDue !== undefined) return (await autoBackupIfDue(db, task.storeDir, task.onlyIfDue)) ?? null;
    return await createBackup(db, task.storeDir, task.kind);
  } finally {
    db.close();
  }
}

port.on('message', (request: MaintenanceRequest) => {
  run(request.task).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies MaintenanceReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: {
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof BackupError ? { translation: error.translation } : {}),
        },
      } satisfies MaintenanceReply),
  );
});
