/**
 * Annotations over the store: creating them from a selection, a quotation, a paragraph or a
 * section; anchoring a series' annotations onto any of its versions (computed once per
 * version, then cached so it is stable and confirmable); confirming and re-attaching.
 * Matching itself is pure (shared/anchoring/); this module only feeds it and records results.
 */
import { ApiError, type AnnotationTarget } from '../../../shared/api/index.ts';
import {
  anchorSelectors,
  canonicalText,
  describeRange,
  locateQuote,
  offsetMapper,
  paragraphAt,
  trimRange,
  type CanonicalText,
} from '../../../shared/anchoring/index.ts';
import { formatParagraphLabels } from '../../../shared/model/index.ts';
import type {
  Annotation,
  AnnotationScope,
  ColorKey,
  Comment,
  Section,
  StoredDocument,
} from '../../../shared/model/index.ts';
import {
  deleteAnchorsOnDocument,
  existingTagSpelling,
  getAnnotation,
  insertAnnotation,
  listAnchors,
  listSeriesAnnotations,
  putAnchor,
  rebaseAnnotation,
  type AnchorRecord,
  type AnnotationRecord,
} from '../store/annotations.store.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { listSeriesVersions } from '../store/library.store.ts';
import { syncSeriesAnnotationIndex } from '../store/search.store.ts';
import { newId } from './ids.ts';

/** A version's text and structure; versions never change their text, so this is cached. */
export interface VersionText {
  id: string;
  seriesId: string;
  version: number;
  sections: Section[];
  canonical: CanonicalText;
}

const textCache = new WeakMap<Database, Map<string, VersionText>>();
/** Enough versions for a series and its neighbours; 500-page texts are a few MB each. */
const TEXT_CACHE_SIZE = 8;

export function versionText(db: Database, documentId: string): VersionText {
  let cache = textCache.get(db);
  if (!cache) textCache.set(db, (cache = new Map()));
  const hit = cache.get(documentId);
  if (hit) {
    cache.delete(documentId);
    cache.set(documentId, hit);
    return hit;
  }
  const document: StoredDocument | undefined = getDocument(db, documentId);
  if (!document) throw new ApiError('not-found', `There is no document with id “${documentId}” in this library.`);
  const text: VersionText = {
    id: document.id,
    seriesId: document.seriesId,
    version: document.version,
    sections: document.sections,
    canonical: canonicalText(document.sections),
  };
  cache.set(documentId, text);
  if (cache.size > TEXT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return text;
}

/** Forgets every cached text (the library was replaced by a restore: ids may now mean other texts). */
export function forgetAllVersionTexts(db: Database): void {
  textCache.delete(db);
}

/** Forgets the cached text of a version whose structure was corrected. */
export function forgetVersionText(db: Database, documentId: string): void {
  textCache.get(db)?.delete(documentId);
}

/**
 * After a structure correction (paragraph breaks moved, same text) the canonical text of the
 * version changed: its cached anchors are dropped and recomputed, and annotations made on it
 * that are found with the same text are re-based, so they stay `exact` there.
 */
export function reanchorAfterRestructure(db: Database, documentId: string): void {
  forgetVersionText(db, documentId);
  deleteAnchorsOnDocument(db, documentId);
  const { target, records, anchors } = anchorAnnotationsOn(db, documentId);
  const now = new Date().toISOString();
  inTransaction(db, () => {
    for (const record of records) {
      const anchor = anchors.get(record.id);
      if (record.documentId !== documentId || anchor?.status !== 'moved') continue;
      const { quote } = describeRange(target.canonical.text, anchor.start as number, anchor.end as number);
      rebaseAnnotation(
        db,
        record.id,
        {
          documentId,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          start: anchor.start as number,
          end: anchor.end as number,
        },
        now,
      );
      putAnchor(db, record.id, documentId, { ...anchor, status: 'exact' });
    }
    // Paragraph breaks moved: annotations indexed on this version may be in another ¶ now.
    syncSeriesAnnotationIndex(db, target.seriesId);
  });
}

/** Anchors every annotation of the series that has none cached on this version yet. */
export function anchorAnnotationsOn(
  db: Database,
  documentId: string,
): { target: VersionText; records: AnnotationRecord[]; anchors: Map<string, AnchorRecord> } {
  const target = versionText(db, documentId);
  const records = listSeriesAnnotations(db, target.seriesId);
  const anchors = listAnchors(db, documentId);
  const missing = records.filter((r) => !anchors.has(r.id));
  if (missing.length > 0) {
    const mappers = new Map<string, (offset: number) => number | undefined>();
    const computed = missing.map((record) => {
      let mapper = mappers.get(record.documentId);
      if (!mapper) {
        const origin = versionText(db, record.documentId);
        mapper = offsetMapper(origin.canonical.paragraphs, target.canonical.paragraphs);
        mappers.set(record.documentId, mapper);
      }
      const hint = record.documentId === documentId ? record.start : mapper(record.start);
      const anchor = anchorSelectors(target.canonical.text, selectorsOf(record), {
        hints: hint === undefined ? [] : [hint],
      });
      return { record, anchor: { status: anchor.status, start: anchor.start, end: anchor.end } as AnchorRecord };
    });
    inTransaction(db, () => {
      for (const { record, anchor } of computed) putAnchor(db, record.id, documentId, anchor);
    });
    for (const { record, anchor } of computed) anchors.set(record.id, anchor);
  }
  return { target, records, anchors };
}

function selectorsOf(record: AnnotationRecord) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact: record.exact, prefix: record.prefix, suffix: record.suffix },
    position: { type: 'TextPositionSelector' as const, start: record.start, end: record.end },
  };
}

/** The API's view of an annotation on `target`. */
export function toAnnotation(
  record: AnnotationRecord,
  anchor: AnchorRecord,
  target: VersionText,
  versions: ReadonlyMap<string, number>,
): Annotation {
  const located = anchor.start !== null && anchor.end !== null;
  const paragraph = located ? paragraphAt(target.canonical.paragraphs, anchor.start as number) : undefined;
  return {
    id: record.id,
    seriesId: record.seriesId,
    originDocumentId: record.documentId,
    originVersion: versions.get(record.documentId) ?? 1,
    scope: record.scope,
    quote: { type: 'TextQuoteSelector', exact: record.exact, prefix: record.prefix, suffix: record.suffix },
    position: { type: 'TextPositionSelector', start: record.start, end: record.end },
    color: record.color,
    tags: record.tags,
    comment: record.comment,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    anchor: {
      documentId: target.id,
      status: anchor.status,
      start: anchor.start,
      end: anchor.end,
      paragraph: paragraph?.n ?? null,
      paragraphId: paragraph?.id ?? null,
      paragraphLabel: paragraph?.label ?? null,
      sectionIndex: paragraph?.sectionIndex ?? null,
      text: located ? target.canonical.text.slice(anchor.start as number, anchor.end as number) : null,
    },
  };
}

function versionNumbers(db: Database, seriesId: string): Map<string, number> {
  return new Map(listSeriesVersions(db, seriesId).map((v) => [v.id, v.version]));
}

/** Every live annotation of the document's series, anchored onto this version, in reading order. */
export function listAnnotationsOn(db: Database, documentId: string): Annotation[] {
  const { target, records, anchors } = anchorAnnotationsOn(db, documentId);
  const versions = versionNumbers(db, target.seriesId);
  const list = records.map((record) => toAnnotation(record, anchors.get(record.id) as AnchorRecord, target, versions));
  // Reading order; orphans (no place) last, in the order they were made.
  return list.sort((a, b) => (a.anchor.start ?? Infinity) - (b.anchor.start ?? Infinity));
}

/** One annotation anchored onto `documentId` (anchoring it there if needed). */
export function annotationOn(db: Database, id: string, documentId: string): Annotation {
  const record = getAnnotation(db, id);
  if (!record || record.deletedAt) throw new ApiError('not-found', 'This annotation no longer exists.');
  const target = versionText(db, documentId);
  if (target.seriesId !== record.seriesId) {
    throw new ApiError('invalid-input', 'This annotation belongs to another document.');
  }
  let anchor = listAnchors(db, documentId).get(id);
  if (!anchor) anchor = anchorAnnotationsOn(db, documentId).anchors.get(id) as AnchorRecord;
  return toAnnotation(record, anchor, target, versionNumbers(db, target.seriesId));
}

function paragraphCitation(target: VersionText, offset: number): string {
  return formatParagraphLabels([paragraphAt(target.canonical.paragraphs, offset)?.label ?? '?']);
}

/** The range and scope a target stands for on this version; refuses what cannot be located. */
export function resolveTarget(
  target: VersionText,
  spec: AnnotationTarget,
): { scope: AnnotationScope; start: number; end: number } {
  const { text, paragraphs } = target.canonical;
  switch (spec.type) {
    case 'range': {
      if (spec.end > text.length || spec.start >= spec.end) {
        throw new ApiError('invalid-input', 'The selection is not inside this document’s text.');
      }
      if (spec.exact !== undefined && text.slice(spec.start, spec.end) !== spec.exact) {
        throw new ApiError('conflict', 'The selected text does not match the document. Reload it and select again.');
      }
      const { start, end } = trimRange(text, spec.start, spec.end);
      if (start >= end) throw new ApiError('invalid-input', 'Select some text to annotate (the selection is blank).');
      return { scope: 'text', start, end };
    }
    case 'quote': {
      let from = 0;
      let to = text.length;
      if (spec.paragraph !== undefined) {
        const paragraph = citedAs(paragraphs, spec.paragraph);
        if (!paragraph) {
          throw new ApiError(
            'not-found',
            `This document has no ${formatParagraphLabels([String(spec.paragraph)])} (it has ${paragraphs.length}).`,
          );
        }
        from = paragraph.start;
        to = paragraph.end;
      }
      const where = spec.paragraph !== undefined ? ` in ${formatParagraphLabels([String(spec.paragraph)])}` : '';
      const matches = locateQuote(text, spec.exact, from, to);
      if (matches.length === 0) {
        throw new ApiError('not-found', `The quote “${clip(spec.exact)}” is not in this document${where}.`);
      }
      if (matches.length > 1) {
        const places = [...new Set(matches.map((m) => paragraphCitation(target, m.start)))].slice(0, 8).join(', ');
        throw new ApiError(
          'conflict',
          `The quote “${clip(spec.exact)}” appears ${matches.length} times${where} (${places}). ` +
            (spec.paragraph === undefined
              ? 'Give its paragraph (--paragraph N) or a longer quote.'
              : 'Give a longer quote.'),
        );
      }
      const match = matches[0] as { start: number; end: number };
      return { scope: 'text', start: match.start, end: match.end };
    }
    case 'paragraph': {
      const paragraph = paragraphs.find((p) => p.n === spec.n);
      if (!paragraph)
        throw new ApiError(
          'not-found',
          `This document has no ${formatParagraphLabels([{ n: spec.n }])} (it has ${paragraphs.length}).`,
        );
      return { scope: 'paragraph', start: paragraph.start, end: paragraph.end };
    }
    case 'section': {
      const inSection = paragraphs.filter((p) => p.sectionIndex === spec.index);
      const first = inSection[0];
      const last = inSection.at(-1);
      if (!first || !last) throw new ApiError('not-found', 'This section has no text to annotate.');
      return { scope: 'section', start: first.start, end: last.end };
    }
  }
}

/** The paragraph a user means by ¶ N: the one printed as N, else the N-th. */
function citedAs<T extends { n: number; label: string }>(paragraphs: readonly T[], number: number): T | undefined {
  return paragraphs.find((p) => p.label === String(number)) ?? paragraphs.find((p) => p.n === number);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Tags as the library already spells them (tags are case-insensitive), without duplicates. */
export function normalizeTags(db: Database, tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#/, '');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(existingTagSpelling(db, tag) ?? tag);
  }
  return result;
}

export function createAnnotation(
  db: Database,
  input: {
    documentId: string;
    target: AnnotationTarget;
    color?: ColorKey | undefined;
    tags?: readonly string[] | undefined;
    comment?: Comment | null | undefined;
  },
): Annotation {
  const target = versionText(db, input.documentId);
  const { scope, start, end } = resolveTarget(target, input.target);
  const { quote } = describeRange(target.canonical.text, start, end);
  const now = new Date().toISOString();
  const id = newId('a');
  inTransaction(db, () => {
    insertAnnotation(db, {
      id,
      seriesId: target.seriesId,
      documentId: target.id,
      scope,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start,
      end,
      color: input.color ?? 'yellow',
      comment: input.comment && input.comment.text.trim() ? input.comment : null,
      tags: normalizeTags(db, input.tags ?? []),
      createdAt: now,
      updatedAt: now,
    });
    putAnchor(db, id, target.id, { status: 'exact', start, end });
  });
  return annotationOn(db, id, target.id);
}

/** Puts the annotation on `[start, end)` of this version: its selectors now describe that passage. */
export function rebaseOnto(db: Database, id: string, documentId: string, start: number, end: number): Annotation {
  const record = getAnnotation(db, id);
  if (!record || record.deletedAt) throw new ApiError('not-found', 'This annotation no longer exists.');
  const target = versionText(db, documentId);
  if (target.seriesId !== record.seriesId)
    throw new ApiError('invalid-input', 'This annotation belongs to another document.');
  const range = trimRange(target.canonical.text, start, Math.min(end, target.canonical.text.length));
  if (range.start >= range.end) throw new ApiError('invalid-input', 'Select the passage to attach the annotation to.');
  const { quote } = describeRange(target.canonical.text, range.start, range.end);
  inTransaction(db, () => {
    rebaseAnnotation(
      db,
      id,
      { documentId, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, ...range },
      new Date().toISOString(),
    );
    putAnchor(db, id, documentId, { status: 'exact', ...range });
  });
  return annotationOn(db, id, documentId);
}
