/**
 * Versions by evidence. A new import becomes the next version of a document only when its text
 * largely matches that document's (the share of paragraphs the two have in common, by id or by
 * near-identical text), or when the user says so. A file name or a title alone never makes a
 * version: they only make a document a candidate, whose text must then agree.
 *
 * Thresholds, measured on the fixtures in version-evidence.test.ts (revised declarations and
 * corrected communiqués against unrelated texts that share a file name or title; the table of
 * shares is in that test):
 * - share ≥ STRONG_SHARE: the next version, without asking;
 * - share ≥ PARTIAL_SHARE of a document of the same kind, or ≥ NAMED_PARTIAL_SHARE of one with
 *   the same title or file name: a separate document, and the import says it may be a new
 *   version, so the user can decide (a news story quoting a third of a declaration word for
 *   word shares as much, but is of another kind and is not asked about);
 * - below: a separate document, nothing to ask.
 */
import type { StructuredDocument } from '../../../shared/model/index.ts';
import { textSimilarity } from '../../../shared/notes/excerpt-freshness.ts';
import type { Database } from '../store/database.ts';
import {
  documentsNamed,
  documentsSharingParagraphs,
  paragraphTexts,
  seriesHead,
  type SeriesHead,
} from '../store/versions.store.ts';

export const STRONG_SHARE = 0.6;
export const PARTIAL_SHARE = 0.3;
export const NAMED_PARTIAL_SHARE = 0.15;
/** Word-bigram similarity above which two paragraphs are the same paragraph, corrected. */
export const NEAR_IDENTICAL = 0.7;

export interface ParagraphText {
  id: string;
  text: string;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function bigrams(text: string): Set<string> {
  const list = words(text);
  const result = new Set<string>();
  if (list.length === 1) result.add(list[0] as string);
  for (let i = 0; i + 1 < list.length; i++) result.add(`${list[i]} ${list[i + 1]}`);
  return result;
}

/**
 * How many paragraphs of `newer` are also in `older`: the same id (same text), else a paragraph
 * of near-identical text (a corrected word or figure). Each paragraph of `older` counts once.
 */
export function sharedParagraphs(newer: readonly ParagraphText[], older: readonly ParagraphText[]): number {
  const pool = new Map<string, number>();
  for (const p of older) pool.set(p.id, (pool.get(p.id) ?? 0) + 1);
  const usedOld = new Set<number>();
  const unmatched: ParagraphText[] = [];
  let shared = 0;
  for (const p of newer) {
    const left = pool.get(p.id) ?? 0;
    if (left > 0) {
      pool.set(p.id, left - 1);
      shared++;
    } else unmatched.push(p);
  }
  // Old paragraphs whose id was not claimed, indexed by word pairs to find near-identical text fast.
  const claimed = new Map<string, number>();
  for (const p of newer) claimed.set(p.id, (claimed.get(p.id) ?? 0) + 1);
  const candidates: number[] = [];
  older.forEach((p, i) => {
    const left = claimed.get(p.id) ?? 0;
    if (left > 0) claimed.set(p.id, left - 1);
    else candidates.push(i);
  });
  const index = new Map<string, number[]>();
  for (const i of candidates) {
    for (const gram of bigrams((older[i] as ParagraphText).text)) {
      let list = index.get(gram);
      if (!list) index.set(gram, (list = []));
      list.push(i);
    }
  }
  for (const p of unmatched) {
    const hits = new Map<number, number>();
    for (const gram of bigrams(p.text)) for (const i of index.get(gram) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    const likely = [...hits.entries()]
      .filter(([i]) => !usedOld.has(i))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3);
    let best: { i: number; score: number } | undefined;
    for (const [i] of likely) {
      const score = textSimilarity(p.text, (older[i] as ParagraphText).text);
      if (score >= NEAR_IDENTICAL && (!best || score > best.score)) best = { i, score };
    }
    if (best) {
      usedOld.add(best.i);
      shared++;
    }
  }
  return shared;
}

/**
 * The share of paragraphs two texts have in common, over the longer of the two: a short text
 * that repeats one paragraph of a long one (an article quoting a declaration) shares little.
 */
export function paragraphShare(newer: readonly ParagraphText[], older: readonly ParagraphText[]): number {
  const longest = Math.max(newer.length, older.length);
  return longest === 0 ? 0 : sharedParagraphs(newer, older) / longest;
}

export interface VersionCandidate {
  head: SeriesHead;
  /** Share of paragraphs in common with the closest version of that series (0..1). */
  share: number;
  /** The candidate has the same title or file name (a hint, never evidence by itself). */
  named: boolean;
}

/** Candidates per series looked at: the newest version, and the newest that shares paragraphs. */
function candidatesBySeries(db: Database, ids: Iterable<string>): Map<string, { head: SeriesHead; ids: string[] }> {
  const bySeries = new Map<string, { head: SeriesHead; ids: string[] }>();
  for (const id of ids) {
    const head = seriesHead(db, id);
    if (!head) continue;
    const entry = bySeries.get(head.seriesId) ?? { head, ids: [head.id] };
    if (!entry.ids.includes(id)) entry.ids.push(id);
    bySeries.set(head.seriesId, entry);
  }
  return bySeries;
}

/**
 * The library document a new import is most likely a version of, with the evidence. Each
 * series is measured against its newest version and at most two others that share paragraphs
 * with the import, so the cost does not grow with the length of a series.
 */
export function bestVersionCandidate(
  db: Database,
  document: StructuredDocument,
  fileName: string,
): VersionCandidate | undefined {
  const paragraphs = document.sections.flatMap((s) => s.paragraphs);
  const named = new Set(documentsNamed(db, document.title, fileName));
  const sharing = documentsSharingParagraphs(
    db,
    paragraphs.map((p) => p.id),
  );
  let best: VersionCandidate | undefined;
  for (const { head, ids } of candidatesBySeries(db, [...sharing, ...named]).values()) {
    let share = 0;
    for (const id of ids.slice(0, 3)) share = Math.max(share, paragraphShare(paragraphs, paragraphTexts(db, id)));
    const candidate = { head, share, named: ids.some((id) => named.has(id)) };
    if (!best || candidate.share > best.share || (candidate.share === best.share && candidate.named && !best.named))
      best = candidate;
  }
  return best;
}

export type VersionDecision =
  /** A document of its own. `ask` is set when the evidence is partial: the user may say it is a version. */
  | { kind: 'separate'; ask: VersionCandidate | undefined }
  | { kind: 'version'; head: SeriesHead; basis: 'evidence' | 'user'; share: number | null };

/** What the evidence (or the user's word) makes of a new import. */
export function decideVersion(
  db: Database,
  document: StructuredDocument,
  fileName: string,
  options: { versionOf?: string | undefined; newDocument?: boolean | undefined } = {},
): VersionDecision {
  if (options.newDocument) return { kind: 'separate', ask: undefined };
  if (options.versionOf) {
    const head = seriesHead(db, options.versionOf);
    if (head) return { kind: 'version', head, basis: 'user', share: null };
  }
  const candidate = bestVersionCandidate(db, document, fileName);
  if (!candidate) return { kind: 'separate', ask: undefined };
  if (candidate.share >= STRONG_SHARE)
    return { kind: 'version', head: candidate.head, basis: 'evidence', share: candidate.share };
  const partial = candidate.named
    ? candidate.share >= NAMED_PARTIAL_SHARE
    : candidate.share >= PARTIAL_SHARE && candidate.head.kind === document.kind;
  return { kind: 'separate', ask: partial ? candidate : undefined };
}
