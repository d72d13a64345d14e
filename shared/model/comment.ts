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

function inlineMarkdown(node: SerializedCommentNode): string {
  if (node.type === 'text') {
    let text = (node.text ?? '').replace(/([*_`[\]\\])/g, '\\$1');
    const format = typeof node.format === 'number' ? node.format : 0;
    if (text.trim() && format & TEXT_FORMAT.italic) text = `*${text}*`;
    if (text.trim() && format & TEXT_FORMAT.bold) text = `**${text}**`;
    return text;
  }
  if (node.type === 'linebreak') return '  \n';
  const inner = (node.children ?? []).map(inlineMarkdown).join('');
  if (node.type === 'link' && node.url && isSafeUrl(node.url)) return `[${inner}](${node.url})`;
  return inner;
}

function blockMarkdown(node: SerializedCommentNode, depth: number): string[] {
  if (node.type === 'list') {
    const lines: string[] = [];
    let n = 1;
    for (const item of node.children ?? []) {
      const nested = (item.children ?? []).filter((c) => c.type === 'list');
      const inline = (item.children ?? []).filter((c) => c.type !== 'list');
      if (inline.length > 0 || nested.length === 0) {
        const marker = node.listType === 'number' ? `${n++}.` : '-';
        lines.push(`${'  '.repeat(depth)}${marker} ${inline.map(inlineMarkdown).join('')}`);
      }
      for (const list of nested) lines.push(...blockMarkdown(list, depth + 1));
    }
    return lines;
  }
  return [(node.children ?? []).map(inlineMarkdown).join('')];
}

/** A comment as Markdown (bold, italic, lists, links); blocks separated by blank lines. */
export function commentToMarkdown(lexical: string): string {
  const root = parseComment(lexical);
  if (!root) return '';
  return (root.children ?? [])
    .map((block) => blockMarkdown(block, 0).join('\n'))
    .filter((block) => block.trim().length > 0)
    .join('\n\n');
}

/** A comment's plain text: what search indexes and the CLI prints. */
export function commentToPlainText(lexical: string): string {
  const root = parseComment(lexical);
  if (!root) return '';
  const text = (node: SerializedCommentNode): string =>
    node.type === 'text'
      ? (node.text ?? '')
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(text).join('');
  const blocks = (node: SerializedCommentNode): string[] =>
    node.type === 'list'
      ? (node.children ?? []).flatMap(blocks)
      : node.type === 'listitem'
        ? [(node.children ?? []).map((c) => (c.type === 'list' ? blocks(c).join('\n') : text(c))).join('\n')]
        : [text(node)];
  return (root.children ?? []).flatMap(blocks).join('\n').trim();
}
