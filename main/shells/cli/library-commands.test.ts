/** The reliability commands, run as a user would: backup, backups, restore, export/import-library, --read-only. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { STORE_FILE_NAME } from '../../services/store/database.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'precis.js');

function precis(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const titles = (store: string) =>
  (JSON.parse(precis('list', '--json', '--store', store).stdout) as Array<{ title: string }>)
    .map((d) => d.title)
    .sort();

describe('precis backup / restore / export-library / import-library', () => {
  it('backs up to a file and restores it, keeping the replaced library as a backup', () => {
    const store = join(temp.dir, 'lib');
    const before = titles(store);
    const file = join(temp.dir, 'copy.sqlite');
    const backup = precis('backup', '-o', file, '--store', store, '--json');
    expect(backup.status).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ path: file });

    const extra = join(temp.dir, 'extra.txt');
    writeFileSync(extra, 'Communiqué on Lakes\n\nThe parties agree to protect lakes.\n');
    expect(precis('import', extra, '--store', store).status).toBe(0);
    expect(titles(store)).toHaveLength(before.length + 1);

    const restore = precis('restore', file, '--store', store);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(/kept as .*before-restore\.sqlite/);
    expect(titles(store)).toEqual(before);
    const list = JSON.parse(precis('backups', '--json', '--store', store).stdout) as Array<{ kind: string }>;
    expect(list.map((b) => b.kind)).toContain('before-restore');
  });

  it('words restore and import failures in the CLI language', () => {
    const store = join(temp.dir, 'lib');
    const notes = join(temp.dir, 'notes.sqlite');
    writeFileSync(notes, 'not a library');
    const english = precis('restore', 'nowhere.sqlite', '--store', store);
    expect(english.status).not.toBe(0);
    expect(english.stderr).toMatch(/^precis: There is no backup “nowhere\.sqlite”\. `precis backups` lists them\./);
    const french = precis('restore', 'nowhere.sqlite', '--store', store, '--lang', 'fr');
    expect(french.stderr).toMatch(/^precis: Il n’y a aucune sauvegarde «\u00a0nowhere\.sqlite\u00a0»\./);
    expect(precis('restore', notes, '--store', store, '--lang', 'fr').stderr).toMatch(
      /^precis: notes\.sqlite n’est pas une bibliothèque Précis lisible \(/,
    );
    const empty = join(temp.dir, 'vide.txt');
    writeFileSync(empty, '');
    expect(precis('import', empty, '--store', store, '--lang', 'fr').stderr).toMatch(
      /^precis: «\u00a0vide\.txt\u00a0» est vide\. Choisissez un fichier qui contient le texte\./,
    );
  });

  it('refuses a damaged library with a message naming precis restore, untouched, and restores it', () => {
    const store = join(temp.dir, 'lib');
    const before = titles(store); // also makes the day's automatic backup
    const [auto] = JSON.parse(precis('backups', '--json', '--store', store).stdout) as Array<{ name: string }>;
    // Damage a page in the middle of the file (not the header): SQLite's checks must catch it.
    const path = join(store, STORE_FILE_NAME);
    const db = new DatabaseSync(path);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    writeFileSync(path, bytes);

    const refused = precis('list', '--store', store);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^precis: .*damaged.*precis restore/);
    expect(refused.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(path).equals(bytes)).toBe(true); // never overwritten

    const restored = precis('restore', auto?.name ?? '', '--store', store);
    expect(restored.stderr).toBe('');
    expect(titles(store)).toEqual(before);
  });

  it('opens a library from a newer Précis read-only: reads work, writes are refused clearly', () => {
    const store = join(temp.dir, 'lib');
    const before = titles(store);
    const db = new DatabaseSync(join(store, STORE_FILE_NAME));
    db.exec('PRAGMA user_version = 999');
    db.close();
    expect(precis('list', '--store', store).stderr).toMatch(/newer version of Précis.*--read-only/);
    const listed = precis('list', '--json', '--read-only', '--store', store);
    expect(listed.status).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ title: string }>).map((d) => d.title).sort()).toEqual(before);
    const extra = join(temp.dir, 'extra.txt');
    writeFileSync(extra, 'Communiqué on Lakes\n\nThe parties agree to protect lakes.\n');
    const write = precis('import', extra, '--read-only', '--store', store);
    expect(write.status).toBe(1);
    expect(write.stderr).toMatch(/^precis: This library is open read-only/);
  });

  it('exports the library to one archive and imports it into a new store', () => {
    const store = join(temp.dir, 'lib');
    const archive = join(temp.dir, 'all.precis-library');
    const before = JSON.parse(precis('list', '--json', '--store', store).stdout) as unknown[];
    expect(precis('export-library', archive, '--store', store).status).toBe(0);
    const target = join(temp.dir, 'new');
    const imported = precis('import-library', archive, '--store', target, '--json');
    expect(imported.stderr).toBe('');
    expect(JSON.parse(precis('list', '--json', '--store', target).stdout)).toEqual(before);
    // A second import into the now non-empty library is refused with what to do instead.
    const again = precis('import-library', archive, '--store', target);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty.*--store NEW-FOLDER/);
  });
});
