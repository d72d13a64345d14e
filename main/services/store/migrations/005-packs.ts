/**
 * Briefing packs and their ordered items. An item's target (a note, a document's paragraphs
 * or sections) is kept as JSON validated by `PackItemSpecSchema`; it is deliberately not a
 * foreign key, so deleting a note or document leaves the item in place, marked missing,
 * instead of silently changing what the minister receives.
 */
export const migration005 = {
  version: 5,
  name: 'packs',
  sql: `
    CREATE TABLE packs (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      audience TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
      classification TEXT NOT NULL
        CHECK (classification IN ('unclassified', 'protected-a', 'protected-b', 'confidential', 'secret')),
      prepared_by TEXT NOT NULL DEFAULT '',
      page_size TEXT NOT NULL CHECK (page_size IN ('a4', 'letter')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE pack_items (
      id TEXT PRIMARY KEY,
      pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('note', 'excerpt', 'document', 'annotations')),
      spec TEXT NOT NULL CHECK (json_valid(spec))
    ) STRICT;
    CREATE INDEX pack_items_by_pack ON pack_items(pack_id, position);
  `,
} as const;
