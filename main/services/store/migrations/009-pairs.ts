/**
 * Language versions paired paragraph by paragraph. A pairing joins two document series (so a
 * new version of either stays paired); each series is in at most one pairing. The alignment is
 * kept per version pair, by paragraph ids, with the ids it was computed on so that a structure
 * correction makes it stale. A user's corrections belong to the pairing, not to a version pair:
 * they name paragraphs by id and are applied again whenever the versions are re-aligned.
 */
export const migration009 = {
  version: 9,
  name: 'pairs',
  sql: `
    CREATE TABLE pairings (
      id TEXT PRIMARY KEY,
      series_a TEXT NOT NULL UNIQUE,
      series_b TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      CHECK (series_a <> series_b)
    ) STRICT;

    -- One pairing per series, whichever side it is on.
    CREATE TRIGGER pairings_one_per_series BEFORE INSERT ON pairings
    WHEN EXISTS (
      SELECT 1 FROM pairings
      WHERE series_a IN (NEW.series_a, NEW.series_b) OR series_b IN (NEW.series_a, NEW.series_b)
    )
    BEGIN
      SELECT RAISE(ABORT, 'this document is already paired');
    END;

    CREATE TABLE pairing_alignments (
      pairing_id TEXT NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
      document_a TEXT NOT NULL,
      document_b TEXT NOT NULL,
      paragraph_ids TEXT NOT NULL,
      pairs TEXT NOT NULL CHECK (json_valid(pairs)),
      computed_at TEXT NOT NULL,
      PRIMARY KEY (pairing_id, document_a, document_b)
    ) STRICT;

    CREATE TABLE pairing_corrections (
      pairing_id TEXT NOT NULL REFERENCES pairings(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      a_ids TEXT NOT NULL CHECK (json_valid(a_ids)),
      b_ids TEXT NOT NULL CHECK (json_valid(b_ids)),
      created_at TEXT NOT NULL,
      PRIMARY KEY (pairing_id, ord)
    ) STRICT;
  `,
} as const;
