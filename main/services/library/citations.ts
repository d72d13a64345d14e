/**
 * Resolving a citation by identity against the library as it is now. A citation holds a
 * document (one version) and paragraph ids; this says which paragraphs those are now (their
 * labels, for display), or, when a structure correction replaced one, what became of it:
 * merged into a longer paragraph, split into several, or removed (made a heading, dropped).
 * Nothing here changes a citation: callers show the result and offer the fix.
 *
 * A replaced paragraph is found again by its text (kept in `paragraph_history` when the
 * correction was made, else the excerpt's own words): corrections move paragraph breaks and
 * headings, never the text, so the words are still there, ignoring whitespace.
 */
import {
  citedParagraph,
  EXCERPT_PARAGRAPH_SEPARATOR,
  type CitationStatus,
  type CitedParagraph,
} from '../../../shared/model/index.ts';
import {
  allParagraphs,
  documentVersion,
  paragraphsById,
  replacedParagraphText,
  type StoredParagraph,
} from '../store/citations.store.ts';
import type { Database } from '../store/database.ts';

export interface CitationInput {
  documentId: string;
  paragraphIds: readonly string[];
  /** The quoted words, when the citation keeps them (a note's excerpt): parts separated by a blank line. */
  text?: string;
}

export interface ResolvedCitation {
  /** `missing` when the document is not in the library. */
  status: CitationStatus | 'missing';
  version: number | null;
  /** The paragraphs the citation stands for now, in document order (the successors of replaced ones). */
  paragraphs: CitedParagraph[];
  /** Their text now, in the same order: what "update to the current text" quotes. */
  texts: string[];
  /** The paragraphs that hold the quoted words now (undefined without words, or when they are not found). */
  wording: CitedParagraph[] | undefined;
  /** Labels to show after ¶, in document order. */
  labels: string[];
}

const SEVERITY: Record<CitationStatus, number> = { current: 0, merged: 1, split: 2, removed: 3 };

/** The document's paragraphs with their whitespace-free text laid end to end, to find words in. */
interface Flattened {
  paragraphs: StoredParagraph[];
  text: string;
  /** Start of each paragraph in `text`. */
  starts: number[];
}

function flatten(paragraphs: StoredParagraph[]): Flattened {
  const starts: number[] = [];
  let text = '';
  for (const p of paragraphs) {
    starts.push(text.length);
    text += squeeze(p.text);
  }
  return { paragraphs, text, starts };
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The paragraphs that hold `words` (ignoring whitespace), or undefined when the words are not there. */
function locate(flat: Flattened, words: string): StoredParagraph[] | undefined {
  const needle = squeeze(words);
  if (!needle) return undefined;
  const at = flat.text.indexOf(needle);
  if (at < 0) return undefined;
  const end = at + needle.length;
  return flat.paragraphs.filter((p, i) => {
    const start = flat.starts[i] as number;
    const stop = start + squeeze(p.text).length;
    return stop > at && start < end;
  });
}

/** Resolves one citation; see the module comment. Reads only the cited paragraphs unless one is gone. */
export function resolveCitation(db: Database, input: CitationInput): ResolvedCitation {
  const version = documentVersion(db, input.documentId);
  if (version === undefined) {
    return { status: 'missing', version: null, paragraphs: [], texts: [], wording: undefined, labels: [] };
  }
  const found = paragraphsById(db, input.documentId, input.paragraphIds);
  const parts = input.text?.split(EXCERPT_PARAGRAPH_SEPARATOR);
  const aligned = parts !== undefined && parts.length === input.paragraphIds.length;
  let flat: Flattened | undefined;
  const flattened = () => (flat ??= flatten(allParagraphs(db, input.documentId)));

  let status: CitationStatus = 'current';
  const now = new Map<string, StoredParagraph>();
  input.paragraphIds.forEach((id, i) => {
    const paragraph = found.get(id);
    if (paragraph) {
      now.set(paragraph.id, paragraph);
      return;
    }
    const before = replacedParagraphText(db, input.documentId, id) ?? (aligned ? parts[i] : undefined);
    const successors = before === undefined ? undefined : locate(flattened(), before);
    let change: CitationStatus;
    if (!successors || successors.length === 0) change = 'removed';
    else if (successors.length > 1) change = 'split';
    else change = squeeze((successors[0] as StoredParagraph).text) === squeeze(before as string) ? 'current' : 'merged';
    for (const s of successors ?? []) now.set(s.id, s);
    if (SEVERITY[change] > SEVERITY[status]) status = change;
  });

  const paragraphs = [...now.values()].sort((a, b) => a.n - b.n);
  let wording: CitedParagraph[] | undefined;
  if (input.text !== undefined) {
    // Where the quoted words are now: the cited paragraphs when they are all there, else found by text.
    if (status === 'current') wording = paragraphs.map(citedParagraph);
    else {
      const holders = new Map<string, StoredParagraph>();
      let all = true;
      for (const part of parts ?? []) {
        const located = locate(flattened(), part);
        if (!located) all = false;
        for (const p of located ?? []) holders.set(p.id, p);
      }
      wording =
        all && holders.size > 0 ? [...holders.values()].sort((a, b) => a.n - b.n).map(citedParagraph) : undefined;
    }
  }
  const cited = paragraphs.map(citedParagraph);
  return {
    status,
    version,
    paragraphs: cited,
    texts: paragraphs.map((p) => p.text),
    wording,
    labels: cited.map((p) => p.label),
  };
}
