/** Documents, their sections and numbered paragraphs, and the original bytes they came from. */
export const migration001 = {
  version: 1,
  name: 'documents',
  sql: `
    CREATE TABLE originals (
      sha256 TEXT PRIMARY KEY,
      bytes BLOB NOT NULL,
      size INTEGER NOT NULL,
      media_type TEXT NOT NULL
    ) STRICT;

    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      series_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      previous_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('declaration', 'news', 'other')),
      language TEXT NOT NULL,
      date TEXT,
      place TEXT,
      issuer TEXT,
      source_sha256 TEXT NOT NULL REFERENCES originals(sha256),
      source_name TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      UNIQUE (series_id, version)
    ) STRICT;
    CREATE INDEX documents_by_source ON documents(source_sha256);

    CREATE TABLE sections (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      heading TEXT,
      PRIMARY KEY (document_id, ord)
    ) STRICT;

    CREATE TABLE paragraphs (
      document_id TEXT NOT NULL,
      n INTEGER NOT NULL,
      id TEXT NOT NULL,
      section_ord INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (document_id, n),
      UNIQUE (document_id, id),
      FOREIGN KEY (document_id, section_ord) REFERENCES sections(document_id, ord) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
} as const;
