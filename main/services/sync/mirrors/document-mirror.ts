/**
 * Documents and their replicas: `meta` (metadata, version links, the original file's name,
 * type and SHA-256), `structure` (the sections and paragraphs, corrected or not; one value,
 * since a correction is made as a whole) and `annotations` (each annotation under its id, as
 * JSON). The original file travels as a content-addressed blob beside the CRDT, never in it:
 * a teammate's library creates the document once that file has been fetched.
 */
import { z } from 'zod';
import { AnnotationScopeSchema, ColorKeySchema, SectionSchema } from '../../../../shared/model/index.ts';
import { ANNOTATIONS, META, STRUCTURE } from '../../../../shared/team/replica.ts';
import { getAnnotation, type AnnotationRecord } from '../../store/annotations.store.ts';
import { inTransaction } from '../../store/database.ts';
import { getDocument, insertDocument, replaceStructure, updateMetadata } from '../../store/documents.store.ts';
import { isDocumentDeleted, setDocumentDeleted } from '../../store/library.store.ts';
import { documentRowExists, listAnnotationIdsOnDocument, putAnnotationRecord } from '../../store/sync.store.ts';
import { json, setIfChanged, text } from '../replica.ts';
import type { Mirror, ReadOutcome } from './mirror.ts';

const SectionsSchema = z.array(SectionSchema).max(100_000);

const AnnotationJsonSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  seriesId: z.string().max(64),
  documentId: z.string().max(64),
  scope: AnnotationScopeSchema,
  exact: z.string().max(100_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  color: ColorKeySchema,
  comment: z.object({ lexical: z.string().max(2_000_000), text: z.string().max(2_000_000) }).nullable(),
  tags: z.array(z.string().max(100)).max(50),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  deletedAt: z.string().max(40).nullable(),
});

const KindSchema = z.enum(['declaration', 'news', 'other']);

export const documentMirror: Mirror = {
  kind: 'document',

  exists: (db, id) => documentRowExists(db, id),

  // Documents are public texts; classified material lives in notes and packs.
  marking: () => 'unclassified',

  write(db, id, replica, origin) {
    const document = getDocument(db, id);
    if (!document) return;
    const meta = replica.doc.getMap(META);
    const annotations = replica.doc.getMap(ANNOTATIONS);
    replica.doc.transact(() => {
      setIfChanged(meta, 'title', document.title);
      setIfChanged(meta, 'kind', document.kind);
      setIfChanged(meta, 'language', document.language);
      setIfChanged(meta, 'date', document.date ?? '');
      setIfChanged(meta, 'place', document.place ?? '');
      setIfChanged(meta, 'issuer', document.issuer ?? '');
      setIfChanged(meta, 'seriesId', document.seriesId);
      setIfChanged(meta, 'version', document.version);
      setIfChanged(meta, 'previousId', document.previousId ?? '');
      setIfChanged(meta, 'fileName', document.source.fileName);
      setIfChanged(meta, 'sha256', document.source.sha256);
      setIfChanged(meta, 'mediaType', document.source.mediaType);
      setIfChanged(meta, 'importedAt', document.source.importedAt);
      setIfChanged(meta, 'deleted', isDocumentDeleted(db, id) === true);
      setIfChanged(replica.doc.getMap(STRUCTURE), 'sections', document.sections);
      for (const annotationId of listAnnotationIdsOnDocument(db, id)) {
        const record = getAnnotation(db, annotationId);
        if (record) setIfChanged(annotations, annotationId, record);
      }
    }, origin);
  },

  read(db, id, replica, services): ReadOutcome {
    const meta = replica.doc.getMap(META);
    const sha256 = text(meta, 'sha256');
    const sections = SectionsSchema.safeParse(json(replica.doc.getMap(STRUCTURE), 'sections'));
    if (!/^[0-9a-f]{64}$/.test(sha256) || !sections.success || !text(meta, 'title')) return { done: true };
    const metadata = {
      title: text(meta, 'title').slice(0, 500),
      kind: KindSchema.catch('other').parse(meta.get('kind')),
      language: text(meta, 'language').slice(0, 20) || 'en',
      date: text(meta, 'date') || null,
      place: text(meta, 'place') || null,
      issuer: text(meta, 'issuer') || null,
    };
    const deleted = meta.get('deleted') === true;
    if (!documentRowExists(db, id)) {
      const bytes = services.blob(sha256);
      if (!bytes) return { done: false, needsBlob: sha256 };
      inTransaction(db, () => {
        insertDocument(db, {
          id,
          seriesId: text(meta, 'seriesId') || id,
          version: Math.max(1, Number(meta.get('version')) || 1),
          previousId: text(meta, 'previousId') || null,
          document: { ...metadata, sections: sections.data },
          source: {
            fileName: text(meta, 'fileName') || 'document',
            sha256,
            mediaType: text(meta, 'mediaType') || 'application/octet-stream',
            bytes,
            importedAt: text(meta, 'importedAt') || new Date().toISOString(),
          },
        });
      });
    } else {
      const current = getDocument(db, id);
      if (current) {
        inTransaction(db, () => {
          const changed = (Object.keys(metadata) as Array<keyof typeof metadata>).some(
            (k) => current[k] !== metadata[k],
          );
          if (changed) updateMetadata(db, id, metadata);
          if (JSON.stringify(current.sections) !== JSON.stringify(sections.data))
            replaceStructure(db, id, sections.data);
        });
      }
    }
    if ((isDocumentDeleted(db, id) === true) !== deleted)
      setDocumentDeleted(db, id, deleted ? new Date().toISOString() : null);
    const annotations = replica.doc.getMap(ANNOTATIONS);
    for (const key of annotations.keys()) {
      const parsed = AnnotationJsonSchema.safeParse(json(annotations, key));
      if (!parsed.success || parsed.data.id !== key) continue;
      const record = parsed.data as AnnotationRecord;
      const current = getAnnotation(db, key);
      if (!current || JSON.stringify(current) !== JSON.stringify(record)) putAnnotationRecord(db, record);
    }
    return { done: true };
  },

  needs: () => [],
};
