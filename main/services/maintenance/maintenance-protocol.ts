/** Messages between the maintenance host (maintenance.ts) and its worker thread. */

export type MaintenanceTask =
  /** PRAGMA integrity_check over the whole store, on the worker's own read-only connection. */
  | { type: 'integrity-check'; storePath: string }
  /** A backup of the store into its backups folder (SQLite's online backup, checked, renamed). */
  | { type: 'backup'; storeDir: string; kind: 'auto' | 'manual'; onlyIfDue?: number };

export interface MaintenanceRequest {
  id: number;
  task: MaintenanceTask;
}

export type MaintenanceReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      /** A BackupError's catalogue key and variables, so the host words it in any language. */
      error: { message: string; translation?: unknown };
    };
