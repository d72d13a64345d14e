/**
 * A library as an earlier Précis left it: the schema of migrations 1..`version` only, with a
 * document (and its paragraphs) written with that schema's SQL. Restore and upgrade tests use
 * it; the current store functions cannot write an older schema.
 */
import { openStore } from '../../main/services/store/database.ts';
import { MIGRATIONS } from '../../main/services/store/migrations/index.ts';

export const OLD_STORE_WORDS = 'estuary sediment dredging';

export function writeOldStore(dir: string, version: number): void {
  const { db } = openStore(
    dir,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  db.exec(`
    INSERT INTO originals VALUES ('s1', x'00', 1, 'text/plain');
    INSERT INTO documents (id, series_id, version, previous_id, title, kind, language, source_sha256, source_name, imported_at)
      VALUES ('old1', 'old1', 1, NULL, 'Statement on river ports', 'declaration', 'en', 's1', 'ports.txt', '2024-01-01T00:00:00Z');
    INSERT INTO sections VALUES ('old1', 0, NULL);
    INSERT INTO paragraphs (document_id, n, id, section_ord, text) VALUES
      ('old1', 1, 'pold1', 0, 'The ports agreed to coordinate ${OLD_STORE_WORDS} along the lower river.'),
      ('old1', 2, 'pold2', 0, 'They will report on progress next spring.');
  `);
  db.close();
}
