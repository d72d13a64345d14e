/**
 * A note's content made ready to print (PDF and Word), without touching what is stored:
 * - headings whose section was left empty (a template heading nobody wrote under) are dropped,
 *   with the empty paragraphs under them;
 * - the words the author typed get typographic quotes and apostrophes and, in a French note,
 *   French spacing (shared/i18n/typography.ts). Excerpts and code are left exactly as they are:
 *   an excerpt quotes its source, code is literal.
 */
import { typeset } from '../i18n/typography.ts';
import type { NoteLanguage } from '../model/note.ts';
import type { NoteContent, SerializedNoteNode } from './content-schema.ts';

const CODE_FORMAT = 16;
/** Blocks whose text runs are typeset as one run (a quote may open in one text node and close in the next). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell']);

function headingLevel(node: SerializedNoteNode): number | undefined {
  if (node.type !== 'heading') return undefined;
  const match = /^h([1-6])$/.exec(String(node.tag));
  return match ? Number(match[1]) : 2;
}

/** True when a node prints nothing: an empty paragraph (or one holding only spaces and breaks). */
function isBlank(node: SerializedNoteNode): boolean {
  if (node.type === 'text') return String(node.text ?? '').trim() === '';
  if (node.type === 'linebreak' || node.type === 'tab') return true;
  if (node.type !== 'paragraph') return false;
  return (node.children ?? []).every(isBlank);
}

/**
 * The root's blocks without the headings left empty: a heading is kept when something that
 * prints follows it before the next heading of its level or above (a sub-heading counts only if
 * it is kept itself). The blank paragraphs of a dropped section go with it.
 */
export function dropEmptySections(blocks: readonly SerializedNoteNode[]): SerializedNoteNode[] {
  const keep = new Array<boolean>(blocks.length).fill(true);
  // From the end, so a heading knows whether its sub-headings are kept.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const level = headingLevel(blocks[i] as SerializedNoteNode);
    if (level === undefined) continue;
    let content = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j] as SerializedNoteNode;
      const nextLevel = headingLevel(next);
      if (nextLevel !== undefined && nextLevel <= level) break;
      if (nextLevel !== undefined ? keep[j] : !isBlank(next)) {
        content = true;
        break;
      }
    }
    const heading = blocks[i] as SerializedNoteNode;
    if (!content || (heading.children ?? []).every(isBlank)) {
      keep[i] = false;
      for (let j = i + 1; j < blocks.length && headingLevel(blocks[j] as SerializedNoteNode) === undefined; j++)
        if (isBlank(blocks[j] as SerializedNoteNode)) keep[j] = false;
    }
  }
  return blocks.filter((_, i) => keep[i]);
}

/** Typesets the text runs of one block in order, carrying the last character across runs. */
function typesetBlock(node: SerializedNoteNode, language: NoteLanguage): SerializedNoteNode {
  let before = '';
  const walk = (n: SerializedNoteNode): SerializedNoteNode => {
    if (n.type === 'excerpt') return n;
    if (n.type === 'text') {
      const text = String(n.text ?? '');
      const code = typeof n.format === 'number' && (n.format & CODE_FORMAT) !== 0;
      const out = code ? text : typeset(text, language, before);
      if (out) before = out.at(-1) as string;
      return out === text ? n : { ...n, text: out };
    }
    if (n.type === 'linebreak') before = '\n';
    if (!n.children) return n;
    if (n !== node && TEXT_BLOCKS.has(n.type)) return typesetBlock(n, language);
    return { ...n, children: n.children.map(walk) };
  };
  return walk(node);
}

/** The content as printed: empty sections dropped, the author's words typeset (see the module comment). */
export function printableContent(content: NoteContent, language: NoteLanguage): NoteContent {
  const blocks = dropEmptySections(content.root.children ?? []);
  const typeset = blocks.map((block) => typesetBlock(block, language));
  return { ...content, root: { ...content.root, children: typeset } };
}
