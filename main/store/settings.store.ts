/** SQL for the settings table: small key/value pairs (values are JSON text). */
import type { Database } from './database.ts';

export function setSetting(db: Database, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function getSetting(db: Database, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function listSettings(db: Database, prefix = ''): Array<{ key: string; value: string }> {
  return (
    db
      .prepare("SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key")
      .all(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as Array<{ key: string; value: string }>
  ).map((row) => ({ ...row }));
}
