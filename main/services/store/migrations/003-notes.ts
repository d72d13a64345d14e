/**
 * Briefing notes, their version history and the excerpts they cite.
 *
 * Content is Lexical JSON (validated on the way in); `plain_text` and `note_excerpts` are
 * derived from it on every save, in the same transaction, for search, the CLI and packs.
 * `classification` is a column so packs can compute their classification without parsing
 * content. `deleted_at` makes deletion undoable. note_excerpts.document_id has no foreign
 * key on purpose: a note keeps quoting a document that was later removed from the library.
 */
export const migration003 = {
  version: 3,
  name: 'notes',
  sql: `
    CREATE TABLE notes (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
      classification TEXT NOT NULL DEFAULT 'unclassified'
        CHECK (classification IN ('unclassified', 'protected-a', 'protected-b', 'confidential', 'secret')),
      language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
      fields_json TEXT NOT NULL,
      content_json TEXT NOT NULL,
      plain_text TEXT NOT NULL,
      word_count INTEGER NOT NULL DEFAULT 0,
      revision INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX notes_by_updated ON notes(updated_at);

    CREATE TABLE note_excerpts (
      note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      document_id TEXT NOT NULL,
      paragraph_ids TEXT NOT NULL,
      paragraph_numbers TEXT NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (note_id, ord)
    ) STRICT;
    CREATE INDEX note_excerpts_by_document ON note_excerpts(document_id);

    CREATE TABLE note_versions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('created', 'manual', 'auto', 'before-restore')),
      title TEXT NOT NULL,
      classification TEXT NOT NULL,
      status TEXT NOT NULL,
      fields_json TEXT NOT NULL,
      content_json TEXT NOT NULL,
      word_count INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX note_versions_by_note ON note_versions(note_id, id);
  `,
} as const;
