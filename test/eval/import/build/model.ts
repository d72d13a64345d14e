/**
 * One authored document: its metadata header and its body, parsed from a `.doc` source in
 * build/docs/<split>/<id>.doc. The same model feeds every renderer (web page, Markdown,
 * word-processor file, print page) and the ground truth, so the truth cannot drift from the
 * input files.
 *
 * Body syntax (one block per line; blank lines are ignored):
 *   ## Heading                  a section heading, printed as is ("II. Security")
 *   ##. 1. Scope                a numbered run-in heading: printed bold at the start of the next paragraph
 *   12. Text                    a paragraph whose printed number is 12 (only in `numbering: printed` documents)
 *   (a) Text                    a lettered item of the current numbered paragraph (label "12(a)")
 *     (ii) Text                 (indented) a roman sub-item of the current lettered item ("12(a)(ii)")
 *   - Text                      a bullet (its own ¶ in unnumbered documents, the current label otherwise)
 *   ! Text                      an enacting formula ("The Council,"): printed, never a paragraph
 *   > Text                      a quoted block (its own ¶ in unnumbered documents, the current label otherwise)
 *   Text                        a paragraph
 * Inline: *italic*, **bold**, [^n] a footnote reference; `[^n]: text` defines footnote n.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export type Kind = 'declaration' | 'news' | 'other';
export type Language = 'en' | 'fr';

/** Layout options a `.doc` header may set (`opt.<name>: value`); an unset option reads as undefined. */
export const OPTION_NAMES = [
  'adopted',
  'agenda',
  'author',
  'autonum',
  'byline',
  'caption',
  'contacts',
  'contents',
  'cover',
  'created',
  'credit',
  'crumbs',
  'dateline',
  'datelineLine',
  'description',
  'distr',
  'embargo',
  'endmark',
  'file',
  'from',
  'h1',
  'headTitle',
  'header',
  'heading',
  'heading1',
  'headingLevel',
  'hyphens',
  'initials',
  'intro',
  'issued',
  'job',
  'kindClass',
  'label',
  'lead',
  'letters',
  'logo',
  'meta',
  'metaDate',
  'metaTitle',
  'metaline',
  'modified',
  'nbsp',
  'numAlone',
  'numbers',
  'ogImage',
  'org',
  'orgSecond',
  'paper',
  'path',
  'place',
  'placeLine',
  'plenary',
  'post',
  'pre',
  'print',
  'printedAt',
  'published',
  'publishedIso',
  'readAlso',
  'reference',
  'release',
  'report',
  'running',
  'runningTitle',
  'section',
  'selectFrom',
  'selectTo',
  'session',
  'source',
  'subtitle',
  'symbol',
  'tagged',
  'tags',
  'titleAs',
  'unit',
] as const;
export type OptionName = (typeof OPTION_NAMES)[number];
/** Typed as always present so layouts read them plainly; absent ones are undefined at run time. */
export type Options = Record<OptionName, string>;

export type Block =
  | { type: 'heading'; text: string; runIn: boolean }
  | { type: 'formula'; text: string }
  | {
      type: 'paragraph';
      /** The number, letter or roman numeral the document prints before the text, if any. */
      marker: string | null;
      /** Sub-item depth: 0 for a paragraph, 1 for (a), 2 for (i). */
      depth: number;
      bullet: boolean;
      /** A quoted block (`> Text`), printed as a blockquote. */
      quote: boolean;
      /** Raw text with inline marks. */
      text: string;
      label: string;
      /** Footnote numbers referenced in this block. */
      notes: string[];
    };

export interface Doc {
  id: string;
  split: 'train' | 'validation';
  language: Language;
  kind: Kind;
  title: string;
  date: string | null;
  place: string | null;
  issuer: string | null;
  issuerAlternatives: string[];
  layout: string;
  /** Layout options from the header (`opt.name: value`). */
  opts: Options;
  numbered: boolean;
  blocks: Block[];
  footnotes: Map<string, string>;
}

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;

/** Parses one `.doc` source. */
export function parseDoc(path: string, split: Doc['split']): Doc {
  const source = readFileSync(path, 'utf8');
  const [head = '', ...rest] = source.split(/^---$/m);
  const body = rest.join('---');
  const header = new Map<string, string>();
  const opts: Partial<Options> = {};
  for (const line of head.split('\n')) {
    const match = /^([\w.]+):\s?(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, key = '', value = ''] = match;
    if (key.startsWith('opt.')) {
      const name = key.slice(4) as OptionName;
      if (!OPTION_NAMES.includes(name)) throw new Error(`${path}: unknown option ${key}`);
      opts[name] = value;
    } else header.set(key, value);
  }
  const need = (key: string): string => {
    const value = header.get(key);
    if (value === undefined) throw new Error(`${path}: missing header ${key}`);
    return value;
  };
  const nullable = (key: string): string | null => {
    const value = need(key);
    return value === '' || value === 'null' ? null : value;
  };
  const numbered = header.get('numbering') === 'printed';
  const footnotes = new Map<string, string>();
  const blocks: Block[] = [];
  let sequence = 0;
  let preamble = 0;
  let number: string | null = null;
  let letter: string | null = null;
  for (const raw of body.split('\n')) {
    if (raw.trim() === '') continue;
    const note = /^\[\^(\w+)\]:\s*(.*)$/.exec(raw.trim());
    if (note) {
      footnotes.set(note[1]!, note[2]!);
      continue;
    }
    const notes = [...raw.matchAll(/\[\^(\w+)\]/g)].map((m) => m[1]!);
    if (raw.startsWith('##. ')) {
      blocks.push({ type: 'heading', text: raw.slice(4).trim(), runIn: true });
      continue;
    }
    if (raw.startsWith('! ')) {
      blocks.push({ type: 'formula', text: raw.slice(2).trim() });
      continue;
    }
    if (raw.startsWith('## ')) {
      blocks.push({ type: 'heading', text: raw.slice(3).trim(), runIn: false });
      continue;
    }
    const indented = /^\s+/.test(raw);
    const line = raw.trim();
    const quote = line.startsWith('> ');
    const bullet = line.startsWith('- ');
    const bare = quote || bullet ? line.slice(2) : line;
    const numberMatch = numbered ? /^(\d+)\.\s+(.*)$/.exec(line) : null;
    const itemMatch = /^\(([a-z]{1,4})\)\s+(.*)$/.exec(line);
    if (!numbered) {
      sequence += 1;
      blocks.push({
        type: 'paragraph',
        marker: itemMatch ? itemMatch[1]! : null,
        depth: itemMatch ? 1 : 0,
        bullet,
        quote,
        text: itemMatch ? itemMatch[2]! : bare,
        label: String(sequence),
        notes,
      });
      continue;
    }
    if (numberMatch) {
      number = numberMatch[1]!;
      letter = null;
      blocks.push({
        type: 'paragraph',
        marker: number,
        depth: 0,
        bullet: false,
        quote: false,
        text: numberMatch[2]!,
        label: number,
        notes,
      });
    } else if (itemMatch && number !== null) {
      const item = itemMatch[1]!;
      const depth = indented && ROMAN.test(item) ? 2 : 1;
      if (depth === 1) letter = item;
      if (depth === 2 && letter === null) throw new Error(`${path}: roman item without a lettered item: ${line}`);
      const label = depth === 1 ? `${number}(${item})` : `${number}(${letter})(${item})`;
      blocks.push({
        type: 'paragraph',
        marker: item,
        depth,
        bullet: false,
        quote: false,
        text: itemMatch[2]!,
        label,
        notes,
      });
    } else if (number === null) {
      preamble += 1;
      blocks.push({
        type: 'paragraph',
        marker: null,
        depth: 0,
        bullet,
        quote,
        text: bare,
        label: `PP${preamble}`,
        notes,
      });
    } else {
      // A bullet or continuation block after a numbered paragraph is cited by that number.
      const label = letter === null ? number : `${number}(${letter})`;
      blocks.push({
        type: 'paragraph',
        marker: null,
        depth: 0,
        bullet,
        quote,
        text: bare,
        label,
        notes,
      });
    }
  }
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const n of block.notes) if (!footnotes.has(n)) throw new Error(`${path}: footnote ${n} is not defined`);
  }
  const id = basename(path).replace(/\.doc$/, '');
  return {
    id,
    split,
    language: need('language') as Language,
    kind: need('kind') as Kind,
    title: need('title'),
    date: nullable('date'),
    place: nullable('place'),
    issuer: nullable('issuer'),
    issuerAlternatives: (header.get('alt') ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean),
    layout: need('layout'),
    opts: opts as Options,
    numbered,
    blocks,
    footnotes,
  };
}

/** The text of a block as a reader sees it: inline marks and footnote references removed. */
export function plain(text: string): string {
  return text
    .replace(/\[\^\w+\]/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\*(.+?)\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading's text without the full stop a run-in heading prints after it. */
export function headingText(block: Extract<Block, { type: 'heading' }>): string {
  return block.text.replace(/\.$/, '');
}

/** Inline marks to HTML (text is trusted authoring text, escaped first). */
export function inlineHtml(text: string, noteRef: (n: string) => string): string {
  return escapeHtml(text)
    .replace(/\[\^(\w+)\]/g, (_m, n: string) => noteRef(n))
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The printed marker of a paragraph: "12.", "(a)", "(ii)"; with `opt.letters: close` the
 * French typists' "a)", "ii)".
 */
export function markerText(block: Extract<Block, { type: 'paragraph' }>, letters?: string): string {
  if (block.marker === null) return '';
  if (block.depth === 0) return `${block.marker}.`;
  return letters === 'close' ? `${block.marker})` : `(${block.marker})`;
}

export interface Truth {
  title: string;
  kind: Kind;
  language: Language;
  date: string | null;
  place: string | null;
  issuer: string | null;
  issuerAlternatives?: string[];
  headings: string[];
  paragraphs: Array<{ label: string; text: string }>;
  cruft: string[];
  notes?: Array<{ label: string; text: string }>;
}

/** The ground truth of a document, given the site strings its layout printed around it. */
export function truthOf(doc: Doc, cruft: string[]): Truth {
  const headings: string[] = [];
  const paragraphs: Truth['paragraphs'] = [];
  const notes: NonNullable<Truth['notes']> = [];
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      headings.push(headingText(block));
      continue;
    }
    if (block.type === 'formula') continue;
    paragraphs.push({ label: block.label, text: plain(block.text) });
    for (const n of block.notes) notes.push({ label: block.label, text: plain(doc.footnotes.get(n) ?? '') });
  }
  return {
    title: doc.title,
    kind: doc.kind,
    language: doc.language,
    date: doc.date,
    place: doc.place,
    issuer: doc.issuer,
    ...(doc.issuerAlternatives.length > 0 ? { issuerAlternatives: doc.issuerAlternatives } : {}),
    headings,
    paragraphs,
    cruft,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
