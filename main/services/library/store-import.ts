/**
 * The store half of an import, without the parsing pipeline (so a process that only stores,
 * like the crash test's writer, starts fast).
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome } from '../../../shared/api/index.ts';
import type { DocumentSummary } from '../../../shared/model/index.ts';
import type { ImportInput, ImportResult } from '../import/index.ts';
import { inTransaction, type Database } from '../store/database.ts';
import { getDocumentSummary, insertDocument } from '../store/documents.store.ts';
import { newId } from './ids.ts';
import { decideVersion, type VersionCandidate } from './version-evidence.ts';

/** The document a new import became the next version of, and on what grounds. */
export interface VersionOf {
  documentId: string;
  title: string;
  version: number;
  /** `evidence`: its text largely matches; `user`: the user said so. */
  basis: 'evidence' | 'user';
  /** Share of paragraphs in common (0..1), when measured. */
  share: number | null;
}

/** A document the import may be a new version of: the evidence is partial, so the user decides. */
export interface PossibleVersionOf {
  documentId: string;
  title: string;
  version: number;
  share: number;
}

export interface LibraryImportResult {
  outcome: ImportOutcome;
  document: DocumentSummary;
  versionOf?: VersionOf | null;
  possibleVersionOf?: PossibleVersionOf | null;
}

/** What the user said about versions: `versionOf` a document, or a `newDocument` whatever the evidence. */
export interface VersionChoice {
  versionOf?: string | undefined;
  newDocument?: boolean | undefined;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function possibleVersion(candidate: VersionCandidate | undefined): PossibleVersionOf | null {
  if (!candidate) return null;
  const { head, share } = candidate;
  return { documentId: head.id, title: head.title, version: head.version, share: Math.round(share * 100) / 100 };
}

/**
 * The store half of an import: document, structure and original in one transaction, as the
 * next version of a known document (when its text largely matches, or the user said so) or a
 * new one. (The crash test drives this directly.)
 */
export function storeImportedDocument(
  db: Database,
  input: ImportInput,
  { document, mediaType }: ImportResult,
  sha256: string = sha256Hex(input.bytes),
  choice: VersionChoice = {},
): LibraryImportResult {
  return inTransaction(db, () => {
    const decision = decideVersion(db, document, input.fileName, choice);
    const previous = decision.kind === 'version' ? decision.head : undefined;
    const id = newId();
    insertDocument(db, {
      id,
      seriesId: previous?.seriesId ?? id,
      version: previous ? previous.version + 1 : 1,
      previousId: previous?.id ?? null,
      ...(decision.kind === 'version' ? { versionBasis: decision.basis } : {}),
      document,
      source: { fileName: input.fileName, sha256, mediaType, bytes: input.bytes, importedAt: new Date().toISOString() },
    });
    if (decision.kind === 'version') {
      const { head, basis, share } = decision;
      return {
        outcome: 'new-version',
        document: summaryOf(db, id),
        versionOf: { documentId: head.id, title: head.title, version: head.version, basis, share },
        possibleVersionOf: null,
      };
    }
    return {
      outcome: 'imported',
      document: summaryOf(db, id),
      versionOf: null,
      possibleVersionOf: possibleVersion(decision.ask),
    };
  });
}

export function summaryOf(db: Database, id: string): DocumentSummary {
  const summary = getDocumentSummary(db, id);
  if (!summary) throw new Error(`document ${id} vanished during import`);
  return summary;
}
