/**
 * Corrections of what the import got wrong, beyond headings and paragraph breaks: take blocks
 * out of the document ("not part of the document", "this is the title", "the document starts
 * here"), list what was taken out, put it back, and confirm the import. Each taking-out is one
 * group, kept aside and restorable.
 */
import { z } from 'zod';
import { StoredDocumentSchema } from '../model/document.ts';
import { DocumentIdSchema } from './documents.ts';

export const DropReasonSchema = z.enum(['not-document', 'title', 'start']);

const DroppedBlockSchema = z.object({
  kind: z.enum(['paragraph', 'heading']),
  text: z.string(),
  label: z.string().nullable(),
  beforeId: z.string().nullable(),
  afterId: z.string().nullable(),
});

export const DroppedGroupSchema = z.object({
  group: z.string(),
  reason: DropReasonSchema,
  droppedAt: z.string(),
  previousTitle: z.string().nullable(),
  blocks: z.array(DroppedBlockSchema),
});

export const documentCorrectionsContract = {
  /**
   * Takes paragraphs (by id) and section headings (by section index) out of the numbering,
   * kept aside as one group. `title`: the one block taken out becomes the document's title.
   */
  'documents:dropBlocks': {
    input: z
      .object({
        id: DocumentIdSchema,
        paragraphIds: z.array(z.string().min(1).max(64)).max(100_000),
        headingSections: z.array(z.number().int().positive()).max(10_000).optional(),
        reason: DropReasonSchema,
      })
      .strict(),
    output: StoredDocumentSchema,
  },
  /** What was taken out of a document, newest first. */
  'documents:dropped': {
    input: z.object({ id: DocumentIdSchema }).strict(),
    output: z.array(DroppedGroupSchema),
  },
  /** Puts a group back where it stood (and the previous title, if the group made the title). */
  'documents:restoreDropped': {
    input: z
      .object({
        id: DocumentIdSchema,
        group: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
      })
      .strict(),
    output: StoredDocumentSchema,
  },
  /** The reader confirms what the import detected (or takes that back): the check bar hides. */
  'documents:confirmImport': {
    input: z.object({ id: DocumentIdSchema, checked: z.boolean() }).strict(),
    output: StoredDocumentSchema,
  },
} as const;
