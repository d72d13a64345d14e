/**
 * Comments are stored as Lexical editor state (JSON) plus plain text. These pure helpers read
 * and write the serialized form without Lexical itself, so main (CLI, exports) and the
 * renderer's read-only view agree on it. Only the nodes the comment editor makes are known
 * here: root, paragraph, text (bold/italic bits), linebreak, list/listitem, link.
 */

/** The bits of Lexical's `TextNode.format` we use. */
export const TEXT_FORMAT = { bold: 1, italic: 2 } as const;

export interface SerializedCommentNode {
  type: string;
  children?: SerializedCommentNode[];
  text?: string;
  format?: number | string;
  listType?: 'bullet' | 'number' | 'check';
  url?: string;
  [key: string]: unknown;
}

/** Lexical JSON for plain text: one paragraph per line (what the CLI's `--comment` makes). */
export function plainTextToLexical(text: string): string {
  const paragraphs = text.split(/\r?\n/).map((line) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: line ? [{ type: 'text', version: 1, text: line, format: 0, detail: 0, mode: 'normal', style: '' }] : [],
  }));
  return JSON.stringify({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs },
  });
}

/** The root node of a stored comment, or undefined when it is not Lexical JSON. */
export function parseComment(lexical: string): SerializedCommentNode | undefined {
  try {
    const parsed = JSON.parse(lexical) as { root?: SerializedCommentNode };
    return parsed.root && Array.isArray(parsed.root.children) ? parsed.root : undefined;
  } catch {
    return undefined;
  }
}

/** Only links a reader can safely follow out of the app. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

/**
 * How deep a comment may nest (root, lists, list items, links…), as for notes: far more than the
 * comment editor makes, shallow enough for every reader of a comment to walk it safely.
 */
export const MAX_COMMENT_DEPTH = 40;

function childrenOf(node: SerializedCommentNode): SerializedCommentNode[] {
  return Array.isArray(node.children) ? node.children.filter((c) => c !== null && typeof c === 'object') : [];
}

/**
 * Folds a comment tree bottom-up without recursion: a stored comment may be thousands of
 * levels deep (crafted, or saved before comments were checked), and must still be readable.
 */
function foldComment<T>(root: SerializedCommentNode, combine: (node: SerializedCommentNode, children: T[]) => T): T {
  const stack: Array<{ node: SerializedCommentNode; children: SerializedCommentNode[]; results: T[] }> = [
    { node: root, children: childrenOf(root), results: [] },
  ];
  for (;;) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const next = top.children[top.results.length];
    if (next) {
      stack.push({ node: next, children: childrenOf(next), results: [] });
      continue;
    }
    const value = combine(top.node, top.results);
    stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) return value;
    parent.results.push(value);
  }
}

/** The depth of a comment's tree (the root alone is 0); walked without recursion. */
export function commentTreeDepth(root: SerializedCommentNode): number {
  let deepest = 0;
  const stack: Array<[SerializedCommentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [SerializedCommentNode, number];
    deepest = Math.max(deepest, depth);
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Why a comment cannot be stored (`tooDeep`), or undefined when it can. A comment that is not a
 * Lexical tree at all is stored and shown as its plain text.
 */
export function commentProblem(lexical: string): 'tooDeep' | undefined {
  const root = parseComment(lexical);
  return root && commentTreeDepth(root) > MAX_COMMENT_DEPTH ? 'tooDeep' : undefined;
}

/** The text of a node and everything under it (line breaks kept), without recursion. */
export function commentNodeText(node: SerializedCommentNode): string {
  return foldComment<string>(node, (n, children) =>
    n.type === 'text' ? String(n.text ?? '') : n.type === 'linebreak' ? '\n' : children.join(''),
  );
}

function inlineMarkdown(node: SerializedCommentNode): string {
  return foldComment<string>(node, (n, children) => {
    if (n.type === 'text') {
      let text = String(n.text ?? '').replace(/([*_`[\]\\])/g, '\\$1');
      const format = typeof n.format === 'number' ? n.format : 0;
      if (text.trim() && format & TEXT_FORMAT.italic) text = `*${text}*`;
      if (text.trim() && format & TEXT_FORMAT.bold) text = `**${text}**`;
      return text;
    }
    if (n.type === 'linebreak') return '  \n';
    const inner = children.join('');
    if (n.type === 'link' && typeof n.url === 'string' && isSafeUrl(n.url)) return `[${inner}](${n.url})`;
    return inner;
  });
}

/** Markdown indents nested lists two spaces a level; deeper than a comment may nest, they stay at that indent. */
function listIndent(depth: number): string {
  return '  '.repeat(Math.min(depth, MAX_COMMENT_DEPTH));
}

function blockMarkdown(block: SerializedCommentNode): string[] {
  if (block.type !== 'list') return [inlineMarkdown(block)];
  const lines: string[] = [];
  // Lists nested in list items, depth first, in reading order, without recursion.
  const stack = [{ list: block, depth: 0, index: 0, n: 1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const item = childrenOf(frame.list)[frame.index++];
    if (!item) {
      stack.pop();
      continue;
    }
    const nested = childrenOf(item).filter((c) => c.type === 'list');
    const inline = childrenOf(item).filter((c) => c.type !== 'list');
    if (inline.length > 0 || nested.length === 0) {
      const marker = frame.list.listType === 'number' ? `${frame.n++}.` : '-';
      lines.push(`${listIndent(frame.depth)}${marker} ${inline.map(inlineMarkdown).join('')}`);
    }
    for (const list of [...nested].reverse()) stack.push({ list, depth: frame.depth + 1, index: 0, n: 1 });
  }
  return lines;
}

/** A comment as Markdown (bold, italic, lists, links); blocks separated by blank lines. */
export function commentToMarkdown(lexical: string): string {
  const root = parseComment(lexical);
  if (!root) return '';
  return childrenOf(root)
    .map((block) => blockMarkdown(block).join('\n'))
    .filter((block) => block.trim().length > 0)
    .join('\n\n');
}

/** A comment's plain text: what search indexes and the CLI prints. */
export function commentToPlainText(lexical: string): string {
  const root = parseComment(lexical);
  if (!root) return '';
  // Each node gives its inline text and the blocks it stands for (a list: one per item).
  const folded = foldComment<{ text: string; blocks: string[] }>(root, (node, children) => {
    const text =
      node.type === 'text'
        ? String(node.text ?? '')
        : node.type === 'linebreak'
          ? '\n'
          : children.map((c) => c.text).join('');
    if (node.type === 'root' || node.type === 'list') return { text, blocks: children.flatMap((c) => c.blocks) };
    if (node.type === 'listitem') {
      const kids = childrenOf(node);
      const parts = children.map((c, i) => (kids[i]?.type === 'list' ? c.blocks.join('\n') : c.text));
      return { text, blocks: [parts.join('\n')] };
    }
    return { text, blocks: [text] };
  });
  return folded.blocks.join('\n').trim();
}
