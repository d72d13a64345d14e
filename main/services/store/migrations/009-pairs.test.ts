import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/temp.ts';
import { openStore } from '../database.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 009 (pairs)', () => {
  it('pairs a series once, on either side, and takes its alignments and corrections with it', () => {
    const { db } = openStore(temp.dir);
    const pair = (id: string, a: string, b: string) =>
      db.prepare(`INSERT INTO pairings (id, series_a, series_b, created_at) VALUES (?, ?, ?, 'now')`).run(id, a, b);
    pair('p1', 'en', 'fr');
    // The same series again, on the same side or the other one: refused.
    expect(() => pair('p2', 'en', 'de')).toThrow(/already paired/);
    expect(() => pair('p3', 'de', 'en')).toThrow(/already paired/);
    expect(() => pair('p4', 'fr', 'de')).toThrow(/already paired/);
    expect(() => pair('p5', 'x', 'x')).toThrow();
    pair('p6', 'de', 'es');

    db.prepare(
      `INSERT INTO pairing_alignments (pairing_id, document_a, document_b, paragraph_ids, pairs, computed_at)
       VALUES ('p1', 'd1', 'd2', 'sig', '[{"a":["x"],"b":["y"]}]', 'now')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO pairing_alignments (pairing_id, document_a, document_b, paragraph_ids, pairs, computed_at)
           VALUES ('p1', 'd1', 'd3', 'sig', 'not json', 'now')`,
        )
        .run(),
    ).toThrow();
    db.prepare(
      `INSERT INTO pairing_corrections (pairing_id, ord, a_ids, b_ids, created_at) VALUES ('p1', 1, '["x"]', '[]', 'now')`,
    ).run();
    db.prepare(`DELETE FROM pairings WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM pairing_alignments').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM pairing_corrections').get()).toEqual({ n: 0 });
    // Unpaired, the series may be paired again.
    pair('p7', 'fr', 'en');
    db.close();
  });
});
