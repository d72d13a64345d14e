/**
 * Markdown: rendered to HTML by marked, sanitized, then read like any HTML document body.
 * Before that: a YAML front matter block (what web clippers write: title, source, author,
 * published) becomes hints and leaves the text; lines holding only spaces or no-break spaces
 * are blank lines; footnote definitions ("[^1]: …") become notes of the paragraph that calls
 * them. A clipped page (front matter with a source address) may carry its site's cruft, so it
 * is read as a web page.
 */
import { marked, type Token, type Tokens } from 'marked';
import type { ReaderOutput, SourceHints } from '../blocks.ts';
import { cleanText, noteCall } from '../blocks.ts';
import { findDate } from '../dates.ts';
import { elementBlocks, sanitize } from './dom.ts';

interface FrontMatter {
  fields: Map<string, string[]>;
  rest: string;
}

/** "---\nkey: value\nlist:\n  - item\n---" at the very start; values unquoted. */
function frontMatter(markdown: string): FrontMatter | null {
  const m = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!m) return null;
  const fields = new Map<string, string[]>();
  let key: string | null = null;
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (pair) {
      key = (pair[1] as string).toLowerCase();
      const value = unquote(pair[2] ?? '');
      fields.set(key, value ? [value] : []);
    } else if (item && key) {
      fields.get(key)?.push(unquote(item[1] ?? ''));
    }
  }
  return { fields, rest: markdown.slice(m[0].length) };
}

function unquote(value: string): string {
  const v = value.trim();
  const inner = /^"(.*)"$|^'(.*)'$/.exec(v);
  // Obsidian writes links to notes as [[Name]].
  return cleanText((inner ? (inner[1] ?? inner[2] ?? '') : v).replace(/^\[\[(.*)\]\]$/, '$1'));
}

/** Footnote definitions out of the text, their calls replaced by markers the blocks carry. */
function footnotes(markdown: string): { text: string; notes: Map<string, string> } {
  const notes = new Map<string, string>();
  const lines = markdown.split(/\r?\n/);
  const kept: string[] = [];
  let current: string | null = null;
  for (const line of lines) {
    const def = /^\[\^([^\]\s]{1,20})\]:\s*(.*)$/.exec(line);
    if (def) {
      current = def[1] as string;
      notes.set(current, def[2] ?? '');
    } else if (current !== null && /^( {2,}|\t)\S/.test(line)) {
      notes.set(current, `${notes.get(current) ?? ''} ${line.trim()}`);
    } else {
      current = null;
      kept.push(line);
    }
  }
  const text = kept
    .join('\n')
    .replace(/\[\^([^\]\s]{1,20})\]/g, (call, id: string) => (notes.has(id) ? noteCall(id) : call));
  return { text, notes };
}

export function readMarkdown(markdown: string): ReaderOutput {
  const front = frontMatter(markdown);
  // A line of spaces or no-break spaces only is a blank line, as a reader sees it.
  const source = (front?.rest ?? markdown).replace(/^[ \t\u00a0\u202f\u2007]+$/gm, '');
  const { text, notes } = footnotes(source);
  const tokens = marked.lexer(text, { gfm: true });
  const printed = printedListNumbers(tokens);
  const html = marked.parser(tokens, { async: false, gfm: true });
  const body = sanitize(`<!doctype html><html><body>${html}</body></html>`).body;
  if (body) keepPrintedNumbers(body, printed);
  const blocks = body ? elementBlocks(body, { notes }) : [];
  const hints: SourceHints = {};
  if (front) {
    const field = (name: string): string | null => front.fields.get(name)?.[0] ?? null;
    const title = field('title');
    if (title) hints.titles = [{ text: title, source: 'front-matter' }];
    const published = field('published') ?? field('date');
    if (published) hints.date = /^(\d{4}-\d{2}-\d{2})/.exec(published)?.[1] ?? findDate(published)?.iso ?? null;
    const author = field('author');
    if (author) hints.author = author;
    const site = field('site') ?? field('publisher');
    if (site) hints.site = site;
    const language = field('lang') ?? field('language');
    if (language) hints.language = language;
  }
  // A clipped web page (its front matter names the page's address) carries the site's cruft.
  const clipped = front !== null && /^https?:\/\//.test(front.fields.get('source')?.[0] ?? '');
  return { blocks, origin: clipped ? 'web' : 'document', hints };
}

/**
 * The numbers each ordered list prints, list by list in document order (nested lists after the
 * item that holds them): Markdown renders "1. 2. 4." as a list counted 1, 2, 3, but a
 * declaration's printed numbers are what officials cite.
 */
function printedListNumbers(tokens: readonly Token[]): number[][] {
  const lists: number[][] = [];
  // Depth first without recursion: a hostile file nests lists or quotes thousands deep.
  const pending: Token[] = [...tokens].reverse();
  while (pending.length > 0) {
    const token = pending.pop() as Token;
    let children: readonly Token[] = [];
    if (token.type === 'list') {
      const list = token as Tokens.List;
      if (list.ordered) lists.push(list.items.map((item) => Number(/^\s*(\d{1,9})[.)]/.exec(item.raw)?.[1] ?? NaN)));
      children = list.items.flatMap((item) => item.tokens);
    } else if ('tokens' in token && Array.isArray(token.tokens)) children = token.tokens as Token[];
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Token);
  }
  return lists;
}

/** Each ordered list's items get the numbers printed in the source (`value`), as HTML would give them. */
function keepPrintedNumbers(body: Element, printed: readonly number[][]): void {
  const lists = [...body.getElementsByTagName('ol')];
  // Both are in document order, a list before the lists nested in its items.
  if (lists.length !== printed.length) return;
  lists.forEach((ol, i) => {
    const numbers = printed[i] ?? [];
    const items = [...ol.children].filter((child) => child.localName === 'li');
    if (items.length !== numbers.length) return;
    items.forEach((li, j) => {
      const n = numbers[j];
      if (n !== undefined && Number.isFinite(n)) li.setAttribute('value', String(n));
    });
  });
}
