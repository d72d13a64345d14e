/**
 * Team sync (issue 17). A library that joined a team keeps, per shared item, a Yjs replica:
 * its compacted state, and the updates since (`sync_pending`) — written before any change is
 * acknowledged to the editor, so a crash or a closed window loses nothing. The notes, packs,
 * documents and annotations tables stay the query engine; the replicas feed them.
 *
 *   team_membership   the one team this library belongs to (server, token, who we are there)
 *   sync_replicas     one row per shared item: kind, id, generation, state, refusal if any
 *   sync_pending      updates not yet folded into the state; `local` ones not yet
 *                     acknowledged by the server are the "changes waiting"
 *   sync_blobs        original files known to be on the server (by SHA-256)
 *   item_reviews      review state and approval of notes and packs (Draft → In review →
 *                     Approved → Sent), with the approved snapshot the PDF prints
 *   note_comments     reviewers' threaded, resolvable comments on note passages
 */
export const migration010 = {
  version: 10,
  name: 'team-sync',
  sql: `
    CREATE TABLE team_membership (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      server_url TEXT NOT NULL,
      token TEXT NOT NULL,
      user_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'approver')),
      team TEXT NOT NULL,
      ceiling TEXT NOT NULL
        CHECK (ceiling IN ('unclassified', 'protected-a', 'protected-b', 'confidential', 'secret')),
      share_new INTEGER NOT NULL DEFAULT 1,
      joined_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sync_replicas (
      kind TEXT NOT NULL CHECK (kind IN ('note', 'pack', 'document')),
      item_id TEXT NOT NULL,
      generation INTEGER NOT NULL DEFAULT 0,
      state BLOB NOT NULL,
      refused TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      synced_at TEXT,
      PRIMARY KEY (kind, item_id)
    ) STRICT;

    CREATE TABLE sync_pending (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      item_id TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
      acked INTEGER NOT NULL DEFAULT 0,
      data BLOB NOT NULL,
      created_at TEXT NOT NULL,
      FOREIGN KEY (kind, item_id) REFERENCES sync_replicas(kind, item_id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX sync_pending_by_item ON sync_pending(kind, item_id, id);

    CREATE TABLE sync_blobs (
      sha256 TEXT PRIMARY KEY,
      uploaded_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE item_reviews (
      kind TEXT NOT NULL CHECK (kind IN ('note', 'pack')),
      item_id TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('draft', 'in-review', 'approved', 'sent')),
      changed_by TEXT,
      changed_at TEXT,
      approved_by TEXT,
      approved_at TEXT,
      snapshot_json TEXT,
      returned_to_draft INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (kind, item_id)
    ) STRICT;

    CREATE TABLE note_comments (
      id TEXT PRIMARY KEY,
      note_id TEXT NOT NULL,
      thread_id TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      body TEXT NOT NULL,
      quote TEXT NOT NULL DEFAULT '',
      prefix TEXT NOT NULL DEFAULT '',
      suffix TEXT NOT NULL DEFAULT '',
      resolved_by TEXT,
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX note_comments_by_note ON note_comments(note_id, thread_id, created_at);
  `,
} as const;
