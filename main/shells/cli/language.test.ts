/**
 * The CLI speaks the user's language: `--lang en|fr`, else the locale variables (LC_ALL,
 * LC_MESSAGES, LANG), as gettext reads them. Runs the real command in a child process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { openStore } from '../../services/store/database.ts';
import { setSetting } from '../../services/store/settings.store.ts';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'precis.js');

function precis(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PRECIS_STORE: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('the CLI’s language', () => {
  it('follows LANG=fr_CA.UTF-8: help, usage errors and API errors in French', () => {
    const fr = { LANG: 'fr_CA.UTF-8' };
    const help = precis(fr, 'help');
    expect(help.stdout).toContain('Commandes');
    expect(help.stdout).toContain('Lister les notes de breffage.');
    expect(help.stdout).not.toMatch(/cli\.summaries/);

    const usage = precis(fr, 'show', '--store', temp.dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim()).toBe('precis: usage\u00A0: precis show ID [--json]');

    const missing = precis(fr, 'show', 'nope', '--store', temp.dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Il n');
    expect(missing.stderr).toContain('«\u00A0nope\u00A0»');
  });

  it('takes --lang over LANG, both ways', () => {
    const english = precis({ LANG: 'fr_CA.UTF-8' }, 'packs', '--lang', 'en', '--store', temp.dir);
    expect(english.status).toBe(0);
    expect(english.stdout).toContain('No packs yet.');

    const french = precis({ LANG: 'en_CA.UTF-8' }, 'packs', '--lang', 'fr', '--store', temp.dir);
    expect(french.stdout).toContain('Aucun dossier pour le moment.');

    const notes = precis(
      { LANG: 'en_CA.UTF-8' },
      'note-new',
      '--template',
      'poem',
      '--lang',
      'fr',
      '--store',
      temp.dir,
    );
    expect(notes.status).toBe(2);
    expect(notes.stderr).toContain('modèle inconnu «\u00A0poem\u00A0»');
  });

  it('speaks English by default and for locales it has no catalogue for', () => {
    const german = precis({ LANG: 'de_DE.UTF-8' }, 'show', 'nope', '--store', temp.dir);
    expect(german.stderr.trim()).toBe('precis: There is no document with id “nope” in this library.');
  });

  it('does not take the app’s chosen language for its own (the CLI follows its caller)', () => {
    expect(precis({}, 'list', '--store', temp.dir).status).toBe(0);
    const store = openStore(temp.dir);
    setSetting(store.db, 'language', 'fr'); // what the app's language selector stores
    store.db.close();
    const english = precis({ LANG: 'en_US.UTF-8' }, 'show', 'nope', '--store', temp.dir);
    expect(english.stderr).toContain('There is no document');
    const french = precis({ LANG: 'en_US.UTF-8' }, 'show', 'nope', '--lang', 'fr', '--store', temp.dir);
    expect(french.stderr).toContain('Il n');
  });
});
