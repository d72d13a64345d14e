/**
 * Where a made file waits for its delivery (export/deliver.ts). Normally the data folder; a
 * library opened read-only may sit on read-only media or in another user's folder, where
 * nothing can be written, so its exports wait in a folder of this process's own, owner-only
 * (0700) in the system temp folder, removed when the process exits (or, after a kill, by the
 * next read-only process of this user). Delivery is unchanged: the shell asks for the file by id.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isRunning } from '../files/partial-files.ts';
import type { ApiContext } from './context.ts';

const PREFIX = 'precis-read-only-exports-';
const privateHomes = new WeakMap<ApiContext, string>();

/** The folder whose `exports/` holds this context's made files. */
export function exportsHome(context: ApiContext): string {
  if (!context.readOnly) return dirname(context.storePath);
  let home = privateHomes.get(context);
  if (!home) {
    removeKilledHomes();
    // mkdtemp makes the folder 0700: only this user reads what waits there.
    const made = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    privateHomes.set(context, made);
    home = made;
  }
  return home;
}

/** Folders of this user's read-only processes that were killed before they could remove them. */
function removeKilledHomes(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((name) => name.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^\D+(\d+)-/.exec(name)?.[1]);
    const path = join(tmpdir(), name);
    try {
      if (!pid || isRunning(pid) || statSync(path).uid !== process.getuid?.()) continue;
      rmSync(path, { recursive: true, force: true });
    } catch {
      // someone else's, or already gone
    }
  }
}
