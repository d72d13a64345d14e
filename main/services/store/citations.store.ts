/**
 * SQL behind citations by identity: paragraphs looked up by their stable id, the paragraphs a
 * structure correction replaced (`paragraph_history`, so a citation still knows what it quoted),
 * and the conversion of older references by number into ids.
 */
import type { Paragraph } from '../../../shared/model/index.ts';
import type { Database } from './database.ts';

export interface StoredParagraph extends Paragraph {
  sectionOrd: number;
}

interface ParagraphRow {
  id: string;
  n: number;
  text: string;
  label: string | null;
  sectionOrd: number;
}

function toParagraph(row: ParagraphRow): StoredParagraph {
  return {
    id: row.id,
    n: row.n,
    text: row.text,
    sectionOrd: row.sectionOrd,
    ...(row.label === null ? {} : { label: row.label }),
  };
}

/** The paragraphs of a document with these ids, as they are now (absent ids are left out). */
export function paragraphsById(db: Database, documentId: string, ids: readonly string[]): Map<string, StoredParagraph> {
  const result = new Map<string, StoredParagraph>();
  if (ids.length === 0) return result;
  const statement = db.prepare(
    'SELECT id, n, text, label, section_ord AS sectionOrd FROM paragraphs WHERE document_id = ? AND id = ?',
  );
  for (const id of new Set(ids)) {
    const row = statement.get(documentId, id) as ParagraphRow | undefined;
    if (row) result.set(id, toParagraph(row));
  }
  return result;
}

/** Every paragraph of a document in order (only needed when a cited id is gone). */
export function allParagraphs(db: Database, documentId: string): StoredParagraph[] {
  const rows = db
    .prepare('SELECT id, n, text, label, section_ord AS sectionOrd FROM paragraphs WHERE document_id = ? ORDER BY n')
    .all(documentId) as unknown as ParagraphRow[];
  return rows.map(toParagraph);
}

/** The ids of paragraphs ¶ n (by position); a number the document does not have maps to undefined. */
export function paragraphIdsByNumber(
  db: Database,
  documentId: string,
  numbers: readonly number[],
): Array<string | undefined> {
  const statement = db.prepare('SELECT id FROM paragraphs WHERE document_id = ? AND n = ?');
  return numbers.map((n) => (statement.get(documentId, n) as { id: string } | undefined)?.id);
}

/** What each paragraph of a document is cited as (its printed label, else its position), by position. */
export function labelsByPosition(db: Database, documentId: string): Map<number, string> {
  const rows = db.prepare('SELECT n, label FROM paragraphs WHERE document_id = ?').all(documentId) as Array<{
    n: number;
    label: string | null;
  }>;
  return new Map(rows.map((r) => [r.n, r.label ?? String(r.n)]));
}

/** The version number of a stored document, undefined when it is not in the store. */
export function documentVersion(db: Database, documentId: string): number | undefined {
  const row = db.prepare('SELECT version FROM documents WHERE id = ?').get(documentId) as
    { version: number } | undefined;
  return row?.version;
}

/** The text a paragraph id had in this document before a structure correction replaced it. */
export function replacedParagraphText(db: Database, documentId: string, paragraphId: string): string | undefined {
  const row = db
    .prepare('SELECT text FROM paragraph_history WHERE document_id = ? AND paragraph_id = ?')
    .get(documentId, paragraphId) as { text: string } | undefined;
  return row?.text;
}

/**
 * Keeps the paragraphs a structure correction is about to replace (by id, with their text), so
 * that citations of them can say what became of them. Callers own the transaction.
 */
export function recordReplacedParagraphs(
  db: Database,
  documentId: string,
  replaced: readonly Paragraph[],
  at: string,
): void {
  const insert = db.prepare(
    `INSERT INTO paragraph_history (document_id, paragraph_id, text, label, n, replaced_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (document_id, paragraph_id) DO UPDATE SET text = excluded.text, label = excluded.label,
       n = excluded.n, replaced_at = excluded.replaced_at`,
  );
  for (const p of replaced) insert.run(documentId, p.id, p.text, p.label ?? null, p.n, at);
}

/** An excerpt's cited paragraph as older payloads held it (`n`), or as it is held now. */
interface ExcerptParagraphJson {
  id: string;
  n?: number;
  label?: string;
}

/**
 * An excerpt payload (a note's excerpt node) brought to citations by identity: the document's
 * version, and each paragraph's id with the label it has now, as a display fallback. The
 * position `n` older payloads carried is dropped: the id is what the excerpt cites.
 */
export function excerptPayloadByIdentity<T extends Record<string, unknown>>(db: Database, payload: T): T {
  const documentId = typeof payload.documentId === 'string' ? payload.documentId : '';
  const paragraphs = Array.isArray(payload.paragraphs) ? (payload.paragraphs as ExcerptParagraphJson[]) : [];
  const current = paragraphsById(
    db,
    documentId,
    paragraphs.map((p) => p.id),
  );
  const version = documentVersion(db, documentId);
  return {
    ...payload,
    ...(version === undefined ? {} : { documentVersion: version }),
    paragraphs: paragraphs.map((p) => {
      const now = current.get(p.id);
      const label = now ? (now.label ?? String(now.n)) : (p.label ?? (p.n === undefined ? undefined : String(p.n)));
      return { id: p.id, ...(label === undefined ? {} : { label }) };
    }),
  };
}
