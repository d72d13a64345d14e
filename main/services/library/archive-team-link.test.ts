/**
 * A library archive may be handed to anyone: it never carries this machine's link to a team.
 * The team tables are never archived; neither are the `team.` settings (exports waiting for
 * the team's audit log, which name the team and its items). Real stores in temp folders, a real
 * archive file read back into an empty store.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { openStore } from '../store/database.ts';
import { getSetting, setSetting } from '../store/settings.store.ts';
import { putExportsToAudit } from '../store/sync.store.ts';
import { exportLibrary, importLibrary } from './archive.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('library archive and the team link', () => {
  it('leaves out the exports waiting for the team’s audit log, and keeps the other settings', () => {
    const source = openStore(join(temp.dir, 'source'));
    const target = openStore(join(temp.dir, 'target'));
    try {
      setSetting(source.db, 'language', 'fr');
      putExportsToAudit(source.db, [{ document: 'maghreb/pack/p_secret/0', at: '2026-11-02T10:00:00.000Z' }]);
      const archive = join(temp.dir, 'library.precis-library');
      const manifest = exportLibrary(source.db, archive, '1.0.0');
      expect(manifest.tables.settings?.rows).toBe(1);
      importLibrary(target.db, archive);
      expect(getSetting(target.db, 'language')).toBe('fr');
      expect(getSetting(target.db, 'team.exportsToAudit')).toBeUndefined();
      // Still here, for the team: the archive changed nothing in the source.
      expect(getSetting(source.db, 'team.exportsToAudit')).toContain('p_secret');
    } finally {
      source.db.close();
      target.db.close();
    }
  });
});
