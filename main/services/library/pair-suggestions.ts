/**
 * Which document in the library is this one's other language version? Asked at import and by
 * the reader's pairing picker. Candidates are the newest versions of unpaired documents in
 * another language; each scores on what two versions of one text share — the date, the place,
 * the issuer (by the first letters of its words: Affaires mondiales Canada / Global Affairs
 * Canada), the figures, and the structure — and the best few are confirmed by aligning them.
 * Nothing is ever paired here: the user decides.
 */
import type { PairSuggestion } from '../../../shared/api/pairs.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { alignVersions, fold, numbersIn } from '../../../shared/pairing/index.ts';
import type { Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { pairCandidateIds } from '../store/pair-candidates.store.ts';
import { pairingOfSeries } from '../store/pairs.store.ts';

/** Below this, a candidate is not worth showing. */
const MINIMUM_SCORE = 0.35;
/** Only the best few candidates are aligned to confirm them. */
const CONFIRMED = 3;

type Reason = PairSuggestion['reasons'][number];

const primary = (language: string) => language.toLowerCase().split('-')[0] ?? '';
const words = (text: string | null) =>
  new Set(
    fold(text ?? '')
      .toLowerCase()
      .match(/\p{L}{4,}/gu)
      ?.map((w) => w.slice(0, 4)) ?? [],
  );
const paragraphsOf = (d: StoredDocument) => d.sections.flatMap((s) => s.paragraphs);

function numbersOf(document: StoredDocument): Set<string> {
  const values = new Set<string>();
  for (const p of paragraphsOf(document)) for (const v of numbersIn(p.text, primary(document.language))) values.add(v);
  return values;
}

/**
 * Proper names and acronyms — capitalised words that do not open a sentence — by their first
 * four letters folded, which a translation mostly keeps (Arctic / Arctique, Lisbon / Lisbonne).
 */
export function namesOf(document: StoredDocument): Set<string> {
  const names = new Set<string>();
  for (const p of paragraphsOf(document)) {
    for (const match of p.text.matchAll(/(?<![.!?:;«“"(]\s*)(?<=\s)\p{Lu}[\p{L}’'-]{3,}/gu)) {
      names.add(fold(match[0]).toLowerCase().slice(0, 4));
    }
  }
  return names;
}

function jaccard<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const v of x) if (y.has(v)) shared++;
  return shared / (x.size + y.size - shared);
}

/** How much of what two versions of one text share these two documents share, and which. */
export function metadataScore(a: StoredDocument, b: StoredDocument): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = 0;
  if (a.date && a.date === b.date) {
    score += 0.3;
    reasons.push('date');
  }
  const placeA = [...words(a.place)][0];
  if (placeA && words(b.place).has(placeA)) {
    score += 0.15;
    reasons.push('place');
  }
  if (jaccard(words(a.issuer), words(b.issuer)) >= 0.3) {
    score += 0.1;
    reasons.push('issuer');
  }
  const figures = jaccard(numbersOf(a), numbersOf(b));
  if (figures >= 0.2) {
    score += 0.35 * Math.min(1, figures / 0.6);
    reasons.push('numbers');
  }
  const names = jaccard(namesOf(a), namesOf(b));
  if (names >= 0.2) {
    score += 0.25 * Math.min(1, names / 0.5);
    reasons.push('names');
  }
  const countA = paragraphsOf(a).length;
  const countB = paragraphsOf(b).length;
  if (countA > 0 && countB > 0 && Math.max(countA, countB) / Math.min(countA, countB) <= 1.35) {
    score += a.sections.length === b.sections.length ? 0.1 : 0.05;
    reasons.push('structure');
  }
  return { score: Math.min(1, score), reasons };
}

/** Documents in another language that look like `documentId`'s other version, best first. */
export function suggestPartners(db: Database, documentId: string, limit = CONFIRMED): PairSuggestion[] {
  const document = getDocument(db, documentId);
  if (!document || pairingOfSeries(db, document.seriesId)) return [];
  const newest = new Map<string, StoredDocument>();
  const candidates = pairCandidateIds(db, {
    seriesId: document.seriesId,
    language: document.language,
    date: document.date,
    paragraphCount: paragraphsOf(document).length,
  });
  for (const id of candidates) {
    const candidate = getDocument(db, id);
    if (!candidate || pairingOfSeries(db, candidate.seriesId)) continue;
    newest.set(candidate.seriesId, candidate);
  }
  const scored = [...newest.values()]
    .map((candidate) => ({ candidate, ...metadataScore(document, candidate) }))
    .filter((s) => s.score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
  const suggestions: PairSuggestion[] = [];
  for (const { candidate, score, reasons } of scored) {
    // The texts must align too: that is what makes them versions of one text.
    const alignment = alignVersions(document, candidate);
    if (!alignment.ok) continue;
    // How much the aligned paragraphs share (0.08 at the least, 0.2–0.5 for true versions).
    const total = Math.min(1, score + Math.min(0.3, alignment.evidence));
    if (total < MINIMUM_SCORE) continue;
    suggestions.push({
      id: candidate.id,
      title: candidate.title,
      language: candidate.language,
      version: candidate.version,
      score: Math.round(total * 100) / 100,
      reasons: [...reasons, 'text'],
    });
  }
  return suggestions.sort((x, y) => y.score - x.score);
}
