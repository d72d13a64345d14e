/**
 * THE list of what a library is made of. Export, import and the field-by-field comparison in
 * the tests all walk this registry, so a feature that adds a table (annotations, notes,
 * packs…) adds one line here, with the schema its rows must pass on import (archive-rows.ts),
 * and its data is archived, checked, restored and compared.
 *
 * A table that can be rebuilt from the others (a search index) goes in DERIVED_TABLES
 * instead; a test fails when the store has a table in neither list.
 */
import type { z } from 'zod';
import type { Row } from '../store/archive.store.ts';
import { ARCHIVE_ROW_SCHEMAS } from './archive-rows.ts';

export interface ArchivedTable {
  table: string;
  /** Primary key columns: the order rows are written in and compared by. */
  key: readonly string[];
  /**
   * BLOB columns written as separate files in the archive (e.g. the original documents). On
   * import, each file must sit at `path(row)` and be named by no other row; with `sha256`, the
   * file's SHA-256 is recomputed and must equal that column (and its length the `size` column).
   */
  files?: ReadonlyArray<{ column: string; path: (row: Row) => string; sha256?: string; size?: string }>;
  /** What a row must look like on import (the API's schemas; see archive-rows.ts). */
  row: z.ZodType;
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
        sha256: 'sha256',
        size: 'size',
      },
    ],
    row: ARCHIVE_ROW_SCHEMAS.originals,
  },
  { table: 'documents', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.documents },
  { table: 'sections', key: ['document_id', 'ord'], row: ARCHIVE_ROW_SCHEMAS.sections },
  { table: 'paragraphs', key: ['document_id', 'n'], row: ARCHIVE_ROW_SCHEMAS.paragraphs },
  { table: 'dropped_blocks', key: ['document_id', 'grp', 'ord'], row: ARCHIVE_ROW_SCHEMAS.dropped_blocks },
  { table: 'paragraph_history', key: ['document_id', 'paragraph_id'], row: ARCHIVE_ROW_SCHEMAS.paragraph_history },
  { table: 'settings', key: ['key'], row: ARCHIVE_ROW_SCHEMAS.settings },
  { table: 'annotations', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.annotations },
  { table: 'annotation_tags', key: ['annotation_id', 'tag'], row: ARCHIVE_ROW_SCHEMAS.annotation_tags },
  { table: 'annotation_anchors', key: ['annotation_id', 'document_id'], row: ARCHIVE_ROW_SCHEMAS.annotation_anchors },
  { table: 'highlight_colors', key: ['key'], schemaDefaults: true, row: ARCHIVE_ROW_SCHEMAS.highlight_colors },
  { table: 'notes', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.notes },
  { table: 'note_excerpts', key: ['note_id', 'ord'], row: ARCHIVE_ROW_SCHEMAS.note_excerpts },
  { table: 'note_versions', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.note_versions },
  { table: 'packs', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.packs },
  { table: 'pack_items', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.pack_items },
  { table: 'pairings', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.pairings },
  {
    table: 'pairing_alignments',
    key: ['pairing_id', 'document_a', 'document_b'],
    row: ARCHIVE_ROW_SCHEMAS.pairing_alignments,
  },
  { table: 'pairing_corrections', key: ['pairing_id', 'ord'], row: ARCHIVE_ROW_SCHEMAS.pairing_corrections },
  { table: 'item_reviews', key: ['kind', 'item_id'], row: ARCHIVE_ROW_SCHEMAS.item_reviews },
  { table: 'note_comments', key: ['id'], row: ARCHIVE_ROW_SCHEMAS.note_comments },
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

/** Settings that belong to that link too (`team.…`: exports waiting for the team's audit log): never archived. */
export function isMachineRow(table: string, row: Record<string, unknown>): boolean {
  return table === 'settings' && typeof row.key === 'string' && row.key.startsWith('team.');
}
