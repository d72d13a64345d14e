/**
 * THE list of what a library is made of. Export, import and the field-by-field comparison in
 * the tests all walk this registry, so a feature that adds a table (annotations, notes,
 * packs…) adds one line here and its data is archived, restored and compared.
 *
 * A table that can be rebuilt from the others (a search index) goes in DERIVED_TABLES
 * instead; a test fails when the store has a table in neither list.
 */
import type { Row } from '../store/archive.store.ts';

export interface ArchivedTable {
  table: string;
  /** Primary key columns: the order rows are written in and compared by. */
  key: readonly string[];
  /** BLOB columns written as separate files in the archive (e.g. the original documents). */
  files?: ReadonlyArray<{ column: string; path: (row: Row) => string }>;
  /**
   * The schema fills this table with defaults (e.g. the named highlight colours): an empty
   * library already has rows here, and an imported archive's rows replace them.
   */
  schemaDefaults?: boolean;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'text/html': '.html',
  'text/markdown': '.md',
  'text/plain': '.txt',
};

/** In dependency order (foreign keys are deferred on import anyway). */
export const ARCHIVED_TABLES: readonly ArchivedTable[] = [
  {
    table: 'originals',
    key: ['sha256'],
    // The originals are plain files in the archive: anyone can unzip it and open them.
    files: [
      {
        column: 'bytes',
        path: (row) => `originals/${String(row.sha256)}${EXTENSIONS[String(row.media_type)] ?? '.bin'}`,
      },
    ],
  },
  { table: 'documents', key: ['id'] },
  { table: 'sections', key: ['document_id', 'ord'] },
  { table: 'paragraphs', key: ['document_id', 'n'] },
  { table: 'dropped_blocks', key: ['document_id', 'grp', 'ord'] },
  { table: 'paragraph_history', key: ['document_id', 'paragraph_id'] },
  { table: 'settings', key: ['key'] },
  { table: 'annotations', key: ['id'] },
  { table: 'annotation_tags', key: ['annotation_id', 'tag'] },
  { table: 'annotation_anchors', key: ['annotation_id', 'document_id'] },
  { table: 'highlight_colors', key: ['key'], schemaDefaults: true },
  { table: 'notes', key: ['id'] },
  { table: 'note_excerpts', key: ['note_id', 'ord'] },
  { table: 'note_versions', key: ['id'] },
  { table: 'packs', key: ['id'] },
  { table: 'pack_items', key: ['id'] },
  { table: 'pairings', key: ['id'] },
  { table: 'pairing_alignments', key: ['pairing_id', 'document_a', 'document_b'] },
  { table: 'pairing_corrections', key: ['pairing_id', 'ord'] },
  { table: 'item_reviews', key: ['kind', 'item_id'] },
  { table: 'note_comments', key: ['id'] },
];

/**
 * Tables rebuilt from the archived ones (search indexes and their shadow tables, matched by
 * name prefix). They are neither exported nor compared.
 */
export const DERIVED_TABLE_PREFIXES: readonly string[] = ['search_'];

/**
 * This machine's link to a team (its token, the Yjs replicas and what waits to be sent):
 * never put in an archive, which may be handed to anyone. A library restored from an archive
 * joins its team again and gets the shared items back from the server.
 */
export const MACHINE_TABLES: readonly string[] = ['team_membership', 'sync_replicas', 'sync_pending', 'sync_blobs'];
