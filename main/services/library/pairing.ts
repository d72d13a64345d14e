/**
 * Pairing language versions: the service behind `pairs:*`, `precis pair` and the reader's
 * side-by-side view. A pairing joins two series; the alignment of a version pair is computed
 * by shared/pairing, with the user's corrections as fixed points, and kept until either
 * version's paragraphs change. Answers are oriented from the document asked about.
 */
import { createHash } from 'node:crypto';
import { ApiError, translation, type ApiErrorCode } from '../../../shared/api/result.ts';
import type { PairAlignment, PairedDocument, ParagraphPairView } from '../../../shared/api/pairs.ts';
import { paragraphLabel, type StoredDocument } from '../../../shared/model/index.ts';
import {
  ALIGNER_REVISION,
  alignVersions,
  type AlignmentProblem,
  type UserPair,
} from '../../../shared/pairing/index.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { isDocumentDeleted } from '../store/library.store.ts';
import {
  addCorrection,
  deletePairing,
  insertPairing,
  latestLiveVersion,
  listCorrections,
  pairingOfSeries,
  readAlignment,
  writeAlignment,
  type PairingRow,
  type StoredPair,
} from '../store/pairs.store.ts';
import { newId } from './ids.ts';

function pairingError(
  code: ApiErrorCode,
  key: string,
  quoted: Record<string, string>,
  vars: Record<string, string> = {},
): ApiError {
  const t = translation(`pairs.errors.${key}`, vars, { quoted });
  // English in `message` (logs and tests); dispatch words it in the caller's language.
  return new ApiError(code, `${key}: ${Object.values(quoted).join(' / ')}`, t);
}

function requireLive(db: Database, id: string): StoredDocument {
  const document = getDocument(db, id);
  if (!document || isDocumentDeleted(db, id)) {
    throw new ApiError('not-found', `no document ${id}`, translation('errors.notFound', { id }));
  }
  return document;
}

function reference(document: StoredDocument): PairedDocument {
  return { id: document.id, title: document.title, language: document.language, version: document.version };
}

/** The partner series of `seriesId` in its pairing. */
function otherSeries(pairing: PairingRow, seriesId: string): string {
  return pairing.seriesA === seriesId ? pairing.seriesB : pairing.seriesA;
}

/** The document's other language version (newest live version), if it is paired and that exists. */
export function partnerOf(db: Database, documentId: string): { pairingId: string; partner: PairedDocument } | null {
  const document = getDocument(db, documentId);
  if (!document) return null;
  const pairing = pairingOfSeries(db, document.seriesId);
  if (!pairing) return null;
  const partnerId = latestLiveVersion(db, otherSeries(pairing, document.seriesId));
  const partner = partnerId ? getDocument(db, partnerId) : undefined;
  return partner ? { pairingId: pairing.id, partner: reference(partner) } : null;
}

const PROBLEM_KEYS: Record<AlignmentProblem, string> = {
  'same-language': 'sameLanguage',
  'nothing-in-common': 'nothingInCommon',
  empty: 'empty',
};

/**
 * A signature of both versions' paragraph ids and of the aligner: a structure correction, or
 * an aligner with other rules, makes the kept alignment stale.
 */
function paragraphSignature(a: StoredDocument, b: StoredDocument): string {
  const ids = (d: StoredDocument) => d.sections.flatMap((s) => s.paragraphs.map((p) => p.id)).join(',');
  return createHash('sha256')
    .update(`${ids(a)}|${ids(b)}|aligner ${ALIGNER_REVISION}`)
    .digest('hex');
}

/** Aligns the pairing's A-side and B-side versions (corrections applied), or explains why not. */
function computeAlignment(a: StoredDocument, b: StoredDocument, corrections: readonly UserPair[]): StoredPair[] {
  const alignment = alignVersions(a, b, { corrections });
  if (!alignment.ok) {
    const key = PROBLEM_KEYS[alignment.problem];
    const title = alignment.problem === 'empty' && a.sections.some((s) => s.paragraphs.length > 0) ? b.title : a.title;
    throw pairingError('invalid-input', key, { title, other: alignment.problem === 'empty' ? title : b.title });
  }
  return alignment.pairs.map((p) => ({ ...p }));
}

/** The stored alignment of two versions, computed again when stale or missing. */
function storedPairs(db: Database, pairing: PairingRow, a: StoredDocument, b: StoredDocument): StoredPair[] {
  const signature = paragraphSignature(a, b);
  const known = readAlignment(db, pairing.id, a.id, b.id);
  if (known && known.paragraphIds === signature) return known.pairs;
  const pairs = computeAlignment(a, b, listCorrections(db, pairing.id));
  try {
    writeAlignment(db, pairing.id, {
      documentA: a.id,
      documentB: b.id,
      paragraphIds: signature,
      pairs,
      computedAt: new Date().toISOString(),
    });
  } catch (error) {
    // A library opened read-only can still show an alignment; it just is not kept.
    if (!(error instanceof Error && /readonly/i.test(error.message))) throw error;
  }
  return pairs;
}

/** The alignment oriented from `document`: its paragraphs in `a`, the partner's in `b`. */
function view(
  pairing: PairingRow,
  document: StoredDocument,
  partner: StoredDocument,
  pairs: StoredPair[],
): PairAlignment {
  const flipped = pairing.seriesA !== document.seriesId;
  const positions = (d: StoredDocument) =>
    new Map(d.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, { n: p.n, label: paragraphLabel(p) }] as const)));
  const here = positions(document);
  const there = positions(partner);
  return {
    pairingId: pairing.id,
    document: reference(document),
    partner: reference(partner),
    pairs: pairs.map((pair): ParagraphPairView => {
      const a = flipped ? pair.b : pair.a;
      const b = flipped ? pair.a : pair.b;
      return {
        a,
        b,
        aNumbers: a.map((id) => here.get(id)?.n ?? 0).filter((n) => n > 0),
        bNumbers: b.map((id) => there.get(id)?.n ?? 0).filter((n) => n > 0),
        aLabels: a.map((id) => here.get(id)?.label ?? '').filter(Boolean),
        bLabels: b.map((id) => there.get(id)?.label ?? '').filter(Boolean),
        confidence: pair.confidence,
        low: pair.low,
        corrected: pair.corrected,
      };
    }),
  };
}

/** The pairing's two versions: `document` and its partner's newest live version, as A and B of the pairing. */
function sides(db: Database, pairing: PairingRow, document: StoredDocument) {
  const partnerId = latestLiveVersion(db, otherSeries(pairing, document.seriesId));
  if (!partnerId) throw pairingError('not-found', 'partnerGone', { title: document.title });
  const partner = requireLive(db, partnerId);
  const documentIsA = pairing.seriesA === document.seriesId;
  return { partner, a: documentIsA ? document : partner, b: documentIsA ? partner : document };
}

/**
 * Pairs two documents as language versions of one text and aligns them. Refused, with nothing
 * stored, for two versions of one document, a document already paired with another, two
 * documents in the same language or with nothing in common.
 */
export function pairDocuments(db: Database, documentId: string, otherId: string): PairAlignment {
  const document = requireLive(db, documentId);
  const other = requireLive(db, otherId);
  if (document.seriesId === other.seriesId) throw pairingError('invalid-input', 'sameDocument', {});
  const existing = pairingOfSeries(db, document.seriesId);
  const otherExisting = pairingOfSeries(db, other.seriesId);
  // Pairing them again is asking for their alignment.
  if (existing && existing.id === otherExisting?.id) return alignmentFor(db, documentId) as PairAlignment;
  for (const [subject, pairing] of [
    [document, existing],
    [other, otherExisting],
  ] as const) {
    if (!pairing) continue;
    const partner = partnerOf(db, subject.id)?.partner;
    throw pairingError('conflict', 'alreadyPaired', { title: subject.title, other: partner?.title ?? '' });
  }
  // Aligned before anything is stored: a refusal leaves the library unchanged.
  const pairs = computeAlignment(document, other, []);
  const pairing: PairingRow = {
    id: newId('pr'),
    seriesA: document.seriesId,
    seriesB: other.seriesId,
    createdAt: new Date().toISOString(),
  };
  inTransaction(db, () => {
    insertPairing(db, pairing);
    writeAlignment(db, pairing.id, {
      documentA: document.id,
      documentB: other.id,
      paragraphIds: paragraphSignature(document, other),
      pairs,
      computedAt: pairing.createdAt,
    });
  });
  return view(pairing, document, other, pairs);
}

/** Unpairs the document from its other language version; false when it was not paired. */
export function unpairDocument(db: Database, documentId: string): boolean {
  const document = requireLive(db, documentId);
  const pairing = pairingOfSeries(db, document.seriesId);
  return pairing ? inTransaction(db, () => deletePairing(db, pairing.id)) : false;
}

/** The alignment of this version with its partner's newest version; null when not paired. */
export function alignmentFor(db: Database, documentId: string): PairAlignment | null {
  const document = requireLive(db, documentId);
  const pairing = pairingOfSeries(db, document.seriesId);
  if (!pairing) return null;
  const { partner, a, b } = sides(db, pairing, document);
  return view(pairing, document, partner, storedPairs(db, pairing, a, b));
}

/**
 * Records the user's correction (paragraphs of `documentId` in `pair.a`, of its partner in
 * `pair.b`) and aligns again around it.
 */
export function correctPair(db: Database, documentId: string, pair: UserPair): PairAlignment {
  const document = requireLive(db, documentId);
  const pairing = pairingOfSeries(db, document.seriesId);
  if (!pairing) throw pairingError('invalid-input', 'notPaired', { title: document.title });
  const { partner, a, b } = sides(db, pairing, document);
  for (const [ids, owner] of [
    [pair.a, document],
    [pair.b, partner],
  ] as const) {
    const known = new Set(owner.sections.flatMap((s) => s.paragraphs.map((p) => p.id)));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown) throw pairingError('invalid-input', 'unknownParagraph', { id: unknown, title: owner.title });
  }
  const documentIsA = a.id === document.id;
  const correction = documentIsA ? { a: [...pair.a], b: [...pair.b] } : { a: [...pair.b], b: [...pair.a] };
  const pairs = inTransaction(db, () => {
    addCorrection(db, pairing.id, correction, new Date().toISOString());
    const aligned = computeAlignment(a, b, listCorrections(db, pairing.id));
    writeAlignment(db, pairing.id, {
      documentA: a.id,
      documentB: b.id,
      paragraphIds: paragraphSignature(a, b),
      pairs: aligned,
      computedAt: new Date().toISOString(),
    });
    return aligned;
  });
  return view(pairing, document, partner, pairs);
}

/**
 * The version of `sourceId` in `language`: the document itself when it is in that language,
 * else its paired other language version when that one is (the quote check of a French article
 * against an English declaration reads the French version). Null when neither is.
 */
export function versionInLanguage(db: Database, sourceId: string, language: string): StoredDocument | null {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  const source = getDocument(db, sourceId);
  if (!source) return null;
  if (primary(source.language) === primary(language)) return source;
  const pairing = pairingOfSeries(db, source.seriesId);
  const partnerId = pairing ? latestLiveVersion(db, otherSeries(pairing, source.seriesId)) : undefined;
  const partner = partnerId ? getDocument(db, partnerId) : undefined;
  return partner && primary(partner.language) === primary(language) ? partner : null;
}

/**
 * The other language's wording of paragraphs `paragraphIds` of `documentId`: the partner's
 * paragraphs paired with them, in order, and their text, and whether a pair behind it is one
 * the aligner was unsure of and no one confirmed. Null when not paired or when none of them
 * has a counterpart.
 */
export function counterpartOf(db: Database, documentId: string, paragraphIds: readonly string[]) {
  const alignment = alignmentFor(db, documentId);
  if (!alignment) return null;
  const wanted = new Set(paragraphIds);
  const behind = alignment.pairs.filter((p) => p.a.some((id) => wanted.has(id)));
  const ids = new Set(behind.flatMap((p) => p.b));
  if (ids.size === 0) return null;
  const partner = getDocument(db, alignment.partner.id);
  if (!partner) return null;
  const paragraphs = partner.sections.flatMap((s) => s.paragraphs).filter((p) => ids.has(p.id));
  return {
    document: { ...alignment.partner, date: partner.date },
    paragraphs: paragraphs.map((p) => ({ id: p.id, n: p.n })),
    text: paragraphs.map((p) => p.text).join('\n\n'),
    unchecked: behind.some((p) => p.low && !p.corrected),
  };
}
