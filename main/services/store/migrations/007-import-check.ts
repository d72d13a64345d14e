/**
 * The import check (issue 13): what the import was unsure of, its footnotes, and the blocks a
 * reader took out of a document.
 *
 * - `documents.import_confidence`: JSON `{title, date, place, issuer, start, end}`, each in [0, 1];
 *   NULL for documents imported before the import measured it.
 * - `documents.import_checked_at`: when a reader confirmed the import (the check bar hides).
 * - `documents.notes`: JSON `[{paragraphId, text}]`, the document's footnotes.
 * - `dropped_blocks`: paragraphs and headings taken out as "not part of the document" (or as the
 *   title, or before where the document starts), grouped by the correction that took them out,
 *   with where they stood, so they can be put back.
 */
export const migration007 = {
  version: 7,
  name: 'import-check',
  sql: `
    ALTER TABLE documents ADD COLUMN import_confidence TEXT CHECK (import_confidence IS NULL OR json_valid(import_confidence));
    ALTER TABLE documents ADD COLUMN import_checked_at TEXT;
    ALTER TABLE documents ADD COLUMN notes TEXT CHECK (notes IS NULL OR json_valid(notes));

    CREATE TABLE dropped_blocks (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      grp TEXT NOT NULL,
      ord INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'heading')),
      text TEXT NOT NULL,
      label TEXT,
      before_id TEXT,
      after_id TEXT,
      reason TEXT NOT NULL CHECK (reason IN ('not-document', 'title', 'start')),
      previous_title TEXT,
      dropped_at TEXT NOT NULL,
      PRIMARY KEY (document_id, grp, ord)
    ) STRICT;
  `,
} as const;
