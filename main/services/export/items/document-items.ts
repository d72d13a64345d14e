/** Excerpt, annex and annotation-digest items: each reads one document from the store. */
import { translateApiError, translation, type ApiErrorTranslation } from '../../../../shared/api/index.ts';
import { citedParagraph, type PackItemSpec, type StoredDocument } from '../../../../shared/model/index.ts';
import { resolveCitation } from '../../library/citations.ts';
import type { Database } from '../../store/database.ts';
import { getDocument } from '../../store/documents.store.ts';
import { listColors } from '../../store/annotations.store.ts';
import { listAnnotationsOn } from '../../library/annotations.ts';
import { bilingualRows } from './bilingual-annex.ts';
import type {
  PrintAnnex,
  PrintAnnotation,
  PrintAnnotationDigest,
  PrintDocumentRef,
  PrintExcerpt,
} from '../print-model.ts';

export function documentRef(doc: StoredDocument): PrintDocumentRef {
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    place: doc.place,
    issuer: doc.issuer,
    language: doc.language,
  };
}

/** Thrown when an item points at paragraphs or sections the document does not have. */
export class ItemRangeError extends Error {
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'ItemRangeError';
    this.translation = translation;
  }
}

export function resolveExcerptItem(
  db: Database,
  itemId: string,
  spec: Extract<PackItemSpec, { kind: 'excerpt' }>,
): PrintExcerpt | undefined {
  const doc = getDocument(db, spec.documentId);
  if (!doc) return undefined;
  const resolved = resolveCitation(db, { documentId: spec.documentId, paragraphIds: spec.paragraphIds });
  // Never print something else than what was cited: a merged, split or removed paragraph stops
  // the export until the item is reviewed (the pack view offers the fix).
  if (resolved.status !== 'current') {
    throw new ItemRangeError(
      translation(
        'citation.errors.changed',
        {},
        { quoted: { title: doc.title }, keyVars: { change: `citation.change.${resolved.status}` } },
      ),
    );
  }
  return {
    kind: 'excerpt',
    itemId,
    heading: spec.heading || doc.title,
    document: documentRef(doc),
    paragraphs: resolved.paragraphs.map((p, i) => ({ ...p, text: resolved.texts[i] as string })),
  };
}

export function resolveAnnexItem(
  db: Database,
  itemId: string,
  spec: Extract<PackItemSpec, { kind: 'document' }>,
): PrintAnnex | undefined {
  const doc = getDocument(db, spec.documentId);
  if (!doc) return undefined;
  const chosen = spec.sections === null ? null : new Set(spec.sections);
  if (chosen) {
    const absent = [...chosen].filter((i) => i >= doc.sections.length);
    if (absent.length > 0)
      throw new ItemRangeError(
        translation('export.onlySections', { count: doc.sections.length }, { quoted: { title: doc.title } }),
      );
  }
  const sections = doc.sections
    .filter((_, index) => chosen === null || chosen.has(index))
    .filter((s) => s.paragraphs.length > 0 || s.heading)
    .map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ ...citedParagraph(p), text: p.text })),
    }));
  return {
    kind: 'annex',
    itemId,
    document: documentRef(doc),
    whole: chosen === null || chosen.size === doc.sections.length,
    sections,
    ...(spec.bilingual ? { partner: bilingualRows(db, doc, chosen) } : {}),
  };
}

/**
 * The annotations of a document, as a digest reads them: every live annotation of the
 * document's series, re-anchored onto this version (the one the pack prints), with the
 * passage as it reads there, the first paragraph it touches (null when it is no longer
 * found), what its colour means to the user, its tags and its comment as plain text.
 */
export type AnnotationSource = (db: Database, documentId: string) => PrintAnnotation[];
export const readAnnotationsForDigest: AnnotationSource = (db, documentId) => {
  const meaning = new Map(listColors(db).map((c) => [c.key, c.label]));
  return listAnnotationsOn(db, documentId).map((a) => ({
    paragraph:
      a.anchor.status === 'orphaned' || a.anchor.paragraph === null || !a.anchor.paragraphId
        ? null
        : {
            id: a.anchor.paragraphId,
            n: a.anchor.paragraph,
            label: a.anchor.paragraphLabel ?? String(a.anchor.paragraph),
          },
    quote: (a.anchor.text ?? a.quote.exact).trim(),
    comment: a.comment?.text.trim() ?? '',
    category: meaning.get(a.color) ?? a.color,
    tags: a.tags,
  }));
};

export function resolveAnnotationsItem(
  db: Database,
  itemId: string,
  spec: Extract<PackItemSpec, { kind: 'annotations' }>,
  source: AnnotationSource = readAnnotationsForDigest,
): PrintAnnotationDigest | undefined {
  const doc = getDocument(db, spec.documentId);
  if (!doc) return undefined;
  const annotations = [...source(db, doc.id)].sort(
    (a, b) => (a.paragraph?.n ?? Number.MAX_SAFE_INTEGER) - (b.paragraph?.n ?? Number.MAX_SAFE_INTEGER),
  );
  return { kind: 'annotations', itemId, document: documentRef(doc), annotations };
}
