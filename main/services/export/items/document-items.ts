/** Excerpt, annex and annotation-digest items: each reads one document from the store. */
import { translateApiError, translation, type ApiErrorTranslation } from '../../../../shared/api/index.ts';
import {
  paragraphLabel,
  type Paragraph,
  type PackItemSpec,
  type StoredDocument,
} from '../../../../shared/model/index.ts';
import type { Database } from '../../store/database.ts';
import { getDocument } from '../../store/documents.store.ts';
import { listColors } from '../../store/annotations.store.ts';
import { listAnnotationsOn } from '../../library/annotations.ts';
import type {
  PrintAnnex,
  PrintAnnotation,
  PrintAnnotationDigest,
  PrintDocumentRef,
  PrintExcerpt,
  PrintParagraph,
} from '../print-model.ts';

function printParagraph(p: Paragraph): PrintParagraph {
  return { n: p.n, label: paragraphLabel(p), text: p.text };
}

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
  const wanted = new Set(spec.paragraphs);
  const paragraphs = doc.sections.flatMap((s) => s.paragraphs).filter((p) => wanted.has(p.n));
  if (paragraphs.length !== wanted.size) {
    const found = new Set(paragraphs.map((p) => p.n));
    const absent = [...wanted].filter((n) => !found.has(n)).sort((a, b) => a - b);
    throw new ItemRangeError(
      translation(
        'export.noParagraph',
        { paragraphs: absent.map((n) => `¶ ${n}`).join(', ') },
        { quoted: { title: doc.title } },
      ),
    );
  }
  return {
    kind: 'excerpt',
    itemId,
    heading: spec.heading || doc.title,
    document: documentRef(doc),
    paragraphs: paragraphs.map(printParagraph),
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
    .map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map(printParagraph) }));
  return {
    kind: 'annex',
    itemId,
    document: documentRef(doc),
    whole: chosen === null || chosen.size === doc.sections.length,
    sections,
  };
}

/**
 * The annotations of a document, as a digest reads them: every live annotation of the
 * document's series, re-anchored onto this version (the one the pack prints), with the
 * passage as it reads there, the first paragraph it touches (null when it is no longer
 * found), what its colour means to the user, its tags and its comment as plain text.
 */
export type AnnotationSource = (db: Database, documentId: string) => Array<Omit<PrintAnnotation, 'label'>>;
export const readAnnotationsForDigest: AnnotationSource = (db, documentId) => {
  const meaning = new Map(listColors(db).map((c) => [c.key, c.label]));
  return listAnnotationsOn(db, documentId).map((a) => ({
    paragraph: a.anchor.status === 'orphaned' ? null : a.anchor.paragraph,
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
  const labels = new Map(doc.sections.flatMap((s) => s.paragraphs).map((p) => [p.n, paragraphLabel(p)]));
  const annotations = source(db, doc.id)
    .map((a) => ({ ...a, label: a.paragraph === null ? null : (labels.get(a.paragraph) ?? String(a.paragraph)) }))
    .sort((a, b) => (a.paragraph ?? Number.MAX_SAFE_INTEGER) - (b.paragraph ?? Number.MAX_SAFE_INTEGER));
  return { kind: 'annotations', itemId, document: documentRef(doc), annotations };
}
