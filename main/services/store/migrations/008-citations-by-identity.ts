/**
 * Citations by identity, and versions by evidence.
 *
 * - `paragraph_history`: the paragraphs a structure correction replaced, by id, with their
 *   text. A citation (note excerpt, pack item) holds paragraph ids; when a correction merges,
 *   splits or removes a cited paragraph, its old text says where the cited words are now, so
 *   the citation can say "paragraph merged / split / removed — review" instead of quietly
 *   pointing somewhere else.
 * - `note_excerpts.version`: the version of the document each excerpt cites. Its
 *   `paragraph_numbers` column is no longer written (numbers are computed when shown); it
 *   stays, empty, so archives made by earlier versions still import.
 * - `paragraphs_by_id`: which documents share a paragraph with a new import (versions by evidence).
 * - `documents.version_basis`: why a document is the next version of another: `evidence`
 *   (its text largely matches), `user` (the user said so), `legacy` (linked before this
 *   migration by file name or title alone, which is no longer done).
 *
 * `up` turns references by number into references by id through the stored paragraphs: pack
 * excerpt items (`paragraphs: [8]` → `paragraphIds: ["p…"]`) and the excerpt nodes in notes'
 * Lexical JSON, current and in their version history (each cited paragraph keeps its id and
 * gets the label it has now; the version is recorded).
 */
import { excerptPayloadByIdentity } from '../citations.store.ts';
import type { Database } from '../database.ts';
import { specByIdentity } from '../packs.store.ts';
import { PackItemSpecInputSchema } from '../../../../shared/model/index.ts';

interface JsonNode {
  type?: unknown;
  children?: JsonNode[];
  [key: string]: unknown;
}

function upgradeExcerpts(db: Database, node: JsonNode): JsonNode {
  if (node.type === 'excerpt') return excerptPayloadByIdentity(db, node);
  if (!Array.isArray(node.children)) return node;
  return { ...node, children: node.children.map((child) => upgradeExcerpts(db, child)) };
}

function upgradeContent(db: Database, json: string): string {
  const content = JSON.parse(json) as { root?: JsonNode };
  if (!content.root) return json;
  return JSON.stringify({ ...content, root: upgradeExcerpts(db, content.root) });
}

export const migration008 = {
  version: 8,
  name: 'citations-by-identity',
  sql: `
    CREATE TABLE paragraph_history (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      paragraph_id TEXT NOT NULL,
      text TEXT NOT NULL,
      label TEXT,
      n INTEGER NOT NULL,
      replaced_at TEXT NOT NULL,
      PRIMARY KEY (document_id, paragraph_id)
    ) STRICT;

    ALTER TABLE note_excerpts ADD COLUMN version INTEGER;
    UPDATE note_excerpts SET version = (SELECT version FROM documents d WHERE d.id = note_excerpts.document_id);

    -- A new import looks for documents that share its paragraphs (ids derive from text).
    CREATE INDEX paragraphs_by_id ON paragraphs(id);

    ALTER TABLE documents ADD COLUMN version_basis TEXT
      CHECK (version_basis IS NULL OR version_basis IN ('evidence', 'user', 'legacy'));
    UPDATE documents SET version_basis = 'legacy' WHERE version > 1;
  `,
  up(db: Database): void {
    const items = db.prepare(`SELECT id, spec FROM pack_items WHERE kind = 'excerpt'`).all() as Array<{
      id: string;
      spec: string;
    }>;
    const updateItem = db.prepare('UPDATE pack_items SET spec = ? WHERE id = ?');
    for (const item of items) {
      const parsed = PackItemSpecInputSchema.safeParse(JSON.parse(item.spec));
      if (parsed.success) updateItem.run(JSON.stringify(specByIdentity(db, parsed.data)), item.id);
    }

    for (const table of ['notes', 'note_versions']) {
      const rows = db.prepare(`SELECT rowid AS key, content_json AS json FROM ${table}`).all() as Array<{
        key: number;
        json: string;
      }>;
      const update = db.prepare(`UPDATE ${table} SET content_json = ? WHERE rowid = ?`);
      for (const row of rows) {
        if (!row.json.includes('"excerpt"')) continue;
        const upgraded = upgradeContent(db, row.json);
        if (upgraded !== row.json) update.run(upgraded, row.key);
      }
    }
  },
} as const;
