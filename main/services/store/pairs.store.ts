/**
 * SQL for pairings of language versions, their stored alignments and the user's corrections.
 * Every function takes the database first; callers own transactions.
 */
import type { Database } from './database.ts';

export interface PairingRow {
  id: string;
  seriesA: string;
  seriesB: string;
  createdAt: string;
}

/** One pair of a stored alignment: paragraph ids of each side. */
export interface StoredPair {
  a: string[];
  b: string[];
  confidence: number;
  low: boolean;
  /** Set by the user (a correction or a confirmation), not by the aligner. */
  corrected: boolean;
}

export interface StoredAlignment {
  documentA: string;
  documentB: string;
  /** The paragraph ids of both versions when it was computed, to tell when it is stale. */
  paragraphIds: string;
  pairs: StoredPair[];
  computedAt: string;
}

export interface Correction {
  a: string[];
  b: string[];
}

export function insertPairing(db: Database, row: PairingRow): void {
  db.prepare('INSERT INTO pairings (id, series_a, series_b, created_at) VALUES (?, ?, ?, ?)').run(
    row.id,
    row.seriesA,
    row.seriesB,
    row.createdAt,
  );
}

/** The pairing a series belongs to, on either side. */
export function pairingOfSeries(db: Database, seriesId: string): PairingRow | undefined {
  const row = db
    .prepare(
      `SELECT id, series_a AS seriesA, series_b AS seriesB, created_at AS createdAt
       FROM pairings WHERE series_a = ? OR series_b = ?`,
    )
    .get(seriesId, seriesId) as PairingRow | undefined;
  return row ? { ...row } : undefined;
}

/** Removes a pairing with its alignments and corrections. */
export function deletePairing(db: Database, id: string): boolean {
  return db.prepare('DELETE FROM pairings WHERE id = ?').run(id).changes > 0;
}

export function readAlignment(
  db: Database,
  pairingId: string,
  documentA: string,
  documentB: string,
): StoredAlignment | undefined {
  const row = db
    .prepare(
      `SELECT document_a AS documentA, document_b AS documentB, paragraph_ids AS paragraphIds, pairs,
              computed_at AS computedAt
       FROM pairing_alignments WHERE pairing_id = ? AND document_a = ? AND document_b = ?`,
    )
    .get(pairingId, documentA, documentB) as (Omit<StoredAlignment, 'pairs'> & { pairs: string }) | undefined;
  return row ? { ...row, pairs: JSON.parse(row.pairs) as StoredPair[] } : undefined;
}

export function writeAlignment(db: Database, pairingId: string, alignment: StoredAlignment): void {
  db.prepare(
    `INSERT INTO pairing_alignments (pairing_id, document_a, document_b, paragraph_ids, pairs, computed_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (pairing_id, document_a, document_b)
     DO UPDATE SET paragraph_ids = excluded.paragraph_ids, pairs = excluded.pairs, computed_at = excluded.computed_at`,
  ).run(
    pairingId,
    alignment.documentA,
    alignment.documentB,
    alignment.paragraphIds,
    JSON.stringify(alignment.pairs),
    alignment.computedAt,
  );
}

/** The user's corrections of a pairing, oldest first (a later one wins over an earlier one). */
export function listCorrections(db: Database, pairingId: string): Correction[] {
  const rows = db
    .prepare('SELECT a_ids AS a, b_ids AS b FROM pairing_corrections WHERE pairing_id = ? ORDER BY ord')
    .all(pairingId) as Array<{ a: string; b: string }>;
  return rows.map((r) => ({ a: JSON.parse(r.a) as string[], b: JSON.parse(r.b) as string[] }));
}

/**
 * Records a correction. Earlier corrections that name any of the same paragraphs are replaced:
 * a paragraph has one place in the user's mind at a time.
 */
export function addCorrection(db: Database, pairingId: string, correction: Correction, createdAt: string): void {
  const named = new Set([...correction.a.map((id) => `a:${id}`), ...correction.b.map((id) => `b:${id}`)]);
  const rows = db
    .prepare('SELECT ord, a_ids AS a, b_ids AS b FROM pairing_corrections WHERE pairing_id = ?')
    .all(pairingId) as Array<{ ord: number; a: string; b: string }>;
  for (const row of rows) {
    const ids = [
      ...(JSON.parse(row.a) as string[]).map((id) => `a:${id}`),
      ...(JSON.parse(row.b) as string[]).map((id) => `b:${id}`),
    ];
    if (ids.some((id) => named.has(id))) {
      db.prepare('DELETE FROM pairing_corrections WHERE pairing_id = ? AND ord = ?').run(pairingId, row.ord);
    }
  }
  const next = db
    .prepare('SELECT coalesce(max(ord), 0) + 1 AS next FROM pairing_corrections WHERE pairing_id = ?')
    .get(pairingId) as { next: number };
  db.prepare('INSERT INTO pairing_corrections (pairing_id, ord, a_ids, b_ids, created_at) VALUES (?, ?, ?, ?, ?)').run(
    pairingId,
    next.next,
    JSON.stringify(correction.a),
    JSON.stringify(correction.b),
    createdAt,
  );
}

/** The newest live (not deleted) version of a series. */
export function latestLiveVersion(db: Database, seriesId: string): string | undefined {
  const row = db
    .prepare('SELECT id FROM documents WHERE series_id = ? AND deleted_at IS NULL ORDER BY version DESC LIMIT 1')
    .get(seriesId) as { id: string } | undefined;
  return row?.id;
}
