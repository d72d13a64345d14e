/**
 * Facts derived from a note's content without an editor: its plain text (for search and
 * word counts) and the excerpts it cites (kept in the note_excerpts table on each save).
 */
import type { NoteContent, SerializedNoteNode } from './content-schema.ts';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'excerpt']);

/** Plain text with one line per block, as search and word counts need it. */
export function noteToPlainText(content: NoteContent): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const walk = (node: SerializedNoteNode) => {
    switch (node.type) {
      case 'text':
        current += String(node.text ?? '');
        return;
      case 'linebreak':
        current += '\n';
        return;
      case 'tab':
        current += '\t';
        return;
      case 'excerpt':
        flush();
        current = String(node.text ?? '');
        flush();
        return;
    }
    const block = BLOCK_TYPES.has(node.type);
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(content.root);
  flush();
  return lines.join('\n');
}

/** Words as a reader counts them: runs of letters or digits (with inner apostrophes or hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** An excerpt as a note holds it: a document version and paragraph ids, and the quoted words. */
export interface CollectedExcerpt {
  documentId: string;
  /** The document's version, when the excerpt records it (payloads made before versions were cited do not). */
  version: number | null;
  paragraphIds: string[];
  text: string;
}

/** The excerpts a note cites, in document order. */
export function collectExcerpts(content: NoteContent): CollectedExcerpt[] {
  const excerpts: CollectedExcerpt[] = [];
  const walk = (node: SerializedNoteNode) => {
    if (node.type === 'excerpt') {
      const paragraphs = (node.paragraphs ?? []) as Array<{ id: string }>;
      excerpts.push({
        documentId: String(node.documentId),
        version: typeof node.documentVersion === 'number' ? node.documentVersion : null,
        paragraphIds: paragraphs.map((p) => p.id),
        text: String(node.text),
      });
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(content.root);
  return excerpts;
}
