/**
 * The crash test's second writer: runs one long operation again and again through the real
 * code, autosaving a setting between runs, and reports each step on stdout only once it is
 * complete. The harness (operations.ts) kills it at a random moment, mid-operation.
 *
 *   node operation-writer.ts OPERATION STORE_DIR START_REV
 *
 * OPERATION: `backup` (createBackup), `restore` (restoreBackup of backups/crash-base.sqlite),
 * `archive` (exportLibrary into the data folder), `pdf` (exportPack printed by a real
 * Chromium, written into the data folder), `first-open` (openLibrary of a new library).
 *
 * Output lines: `ready`, `S <key> <rev>` (a setting saved), `B <path>` (a backup made and
 * checked), `R <rev>` (a restore done), `F <path>` (an archive or PDF written), `O <documents>`
 * (a new library opened, with that many documents).
 */
import { join } from 'node:path';
import { createBackup, restoreBackup } from '../../main/services/backup/backups.ts';
import { writeFileAtomic } from '../../main/services/export/atomic-write.ts';
import { createChromiumPrinter } from '../../main/services/export/chromium-printer.ts';
import { exportPack } from '../../main/services/export/export-pack.ts';
import { exportLibrary } from '../../main/services/library/archive.ts';
import { openLibrary } from '../../main/services/library/open-library.ts';
import { openStore } from '../../main/services/store/database.ts';
import { setSetting } from '../../main/services/store/settings.store.ts';

const [operation, storeDir, startRevArg] = process.argv.slice(2) as [string, string, string];
let rev = Number(startRevArg);
const report = (line: string): void => void process.stdout.write(`${line}\n`);

/** The setting every run saves first: a save the kill must never lose. */
const CRASH_SETTING = 'crash.operations';

async function main(): Promise<void> {
  if (operation === 'first-open') {
    report('ready');
    const store = await openLibrary(storeDir);
    const { n } = store.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number };
    store.db.close();
    report(`O ${n}`);
    return;
  }
  const { db } = openStore(storeDir);
  const packId = (db.prepare('SELECT id FROM packs LIMIT 1').get() as { id: string } | undefined)?.id;
  const printer = operation === 'pdf' ? await createChromiumPrinter() : undefined;
  report('ready');
  for (;;) {
    rev += 1;
    setSetting(db, CRASH_SETTING, JSON.stringify({ rev }));
    report(`S ${CRASH_SETTING} ${rev}`);
    if (operation === 'backup') {
      report(`B ${(await createBackup(db, storeDir, 'manual')).path}`);
    } else if (operation === 'restore') {
      await restoreBackup(storeDir, join(storeDir, 'backups', 'crash-base.sqlite'));
      report(`R ${rev}`);
    } else if (operation === 'archive') {
      const path = join(storeDir, `library-${rev}.precis-library`);
      exportLibrary(db, path, '0.0.0-crash');
      report(`F ${path}`);
    } else if (operation === 'pdf' && printer && packId) {
      const printed = await exportPack(db, packId, async () => ({
        print: (html) => printer.print(html),
        close: async () => {},
      }));
      const path = join(storeDir, `pack-${rev}.pdf`);
      await writeFileAtomic(path, printed.bytes);
      report(`F ${path}`);
    } else throw new Error(`unknown operation ${operation}`);
  }
}

void main();
