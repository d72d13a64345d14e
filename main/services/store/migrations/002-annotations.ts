/**
 * Annotations (highlights, comments, tags) with their selectors on the version they were
 * made on; their anchors on other versions, cached so that re-anchoring is stable and a
 * `changed` placement can be confirmed; the named highlight colours; documents that can be
 * deleted with undo (`deleted_at`).
 */
export const migration002 = {
  version: 2,
  name: 'annotations',
  sql: `
    ALTER TABLE documents ADD COLUMN deleted_at TEXT;

    CREATE TABLE annotations (
      id TEXT PRIMARY KEY,
      series_id TEXT NOT NULL,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      scope TEXT NOT NULL CHECK (scope IN ('text', 'paragraph', 'section')),
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
      color TEXT NOT NULL,
      comment_lexical TEXT,
      comment_text TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX annotations_by_series ON annotations(series_id);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      tag TEXT NOT NULL,
      PRIMARY KEY (annotation_id, tag)
    ) STRICT;
    CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag COLLATE NOCASE);

    CREATE TABLE annotation_anchors (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('exact', 'moved', 'changed', 'orphaned')),
      start_offset INTEGER,
      end_offset INTEGER,
      PRIMARY KEY (annotation_id, document_id),
      CHECK ((status = 'orphaned') = (start_offset IS NULL))
    ) STRICT;
    CREATE INDEX annotation_anchors_by_document ON annotation_anchors(document_id);

    CREATE TABLE highlight_colors (
      key TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      ord INTEGER NOT NULL
    ) STRICT;
    INSERT INTO highlight_colors (key, label, ord) VALUES
      ('yellow', 'Key commitment', 0),
      ('red', 'Risk', 1),
      ('green', 'Agreement', 2),
      ('blue', 'Follow-up', 3),
      ('purple', 'Question', 4);
  `,
} as const;
