/**
 * What every reader produces: a flat list of text blocks with a few hints from the source
 * format. The structure pass (cruft.ts, structure.ts, metadata.ts) works on these alone, so
 * PDF, DOCX, HTML, Markdown and text dumps are all structured by the same rules.
 */

/** `caption`: a figure's caption (HTML `<figcaption>`), never part of the text. */
export type BlockRole = 'text' | 'heading' | 'item' | 'caption';

export interface Block {
  /** Whitespace-normalized text, never empty. */
  text: string;
  /** What the source says the block is; plain text leaves it to the structure pass (`text`). */
  role: BlockRole;
  /** Heading level when the source has one (h1 = 1); a larger font in a PDF gives 2. */
  level?: number;
  /** Text dumps: the line began with a bullet (“•”, “-”, “*”) or was indented. */
  bullet: boolean;
  /** Alone between blank lines (text) or its own element (HTML, DOCX, PDF paragraph). */
  standalone: boolean;
  /**
   * The number or letter the source prints for a list item apart from its text (an HTML or
   * Markdown ordered list, a Word numbered paragraph): "5", "a", "ii".
   */
  marker?: string;
  /** List nesting depth of an item (1 = top-level list). */
  depth?: number;
  /** A quotation set apart (a blockquote): a site's note about the text, or an epigraph. */
  quote?: boolean;
  /** The bold words a paragraph starts with ("1. Food security." in "**1. Food security.** We …"). */
  lead?: string;
  /** Footnotes this block calls, in order (their text only). */
  notes?: string[];
  /** PDF: the block's type size relative to the body text's (1 = body size). */
  size?: number;
  /** PDF: the 0-based page the block starts on. */
  page?: number;
}

/** Where the blocks come from decides how much to trust them. */
export type BlockOrigin = 'web' | 'article' | 'document';

/** Where a title candidate outside the blocks comes from. */
export type TitleSource = 'h1' | 'og' | 'title' | 'ld' | 'front-matter' | 'printed';

export interface SourceHints {
  /** Plain text: no markup says which line is the title, so the first line is the likeliest. */
  plainText?: boolean;
  /** Titles the source states apart from its text: `<h1>`, Open Graph, `<title>`, front matter. */
  titles?: Array<{ text: string; source: TitleSource }>;
  /** The page's publication date (ISO), from its metadata. */
  date?: string | null;
  /** The site's or publisher's name (og:site_name, JSON-LD publisher). */
  site?: string | null;
  /** An author named by the metadata (a person or an agency). */
  author?: string | null;
  language?: string | null;
  /** Short texts of the page's menus and footers (HTML landmarks): never the title or a heading. */
  furniture?: string[];
}

export interface ReaderOutput {
  blocks: Block[];
  /**
   * `web`: a page dump that may carry site cruft anywhere; `article`: a page's main text as
   * Readability found it (cruft only at its edges); `document`: all text is content.
   */
  origin: BlockOrigin;
  hints: SourceHints;
}

/** Collapses whitespace (incl. no-break spaces) and trims. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n ]+/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .trim();
}

export function block(text: string, role: BlockRole = 'text', extra: Partial<Block> = {}): Block {
  return { text: cleanText(text), role, bullet: false, standalone: true, ...extra };
}

/**
 * Footnote calls travel inside a block's text between two private-use characters until the
 * reader has matched them with their notes; `takeCalls` then removes them.
 */
export const CALL_OPEN = '\ue000';
export const CALL_CLOSE = '\ue001';
const CALL = new RegExp(`\\s?${CALL_OPEN}([^${CALL_CLOSE}]*)${CALL_CLOSE}`, 'g');

export function noteCall(marker: string): string {
  return `${CALL_OPEN}${marker}${CALL_CLOSE}`;
}

/** The footnote markers a text calls, in order, and the text without them. */
export function takeCalls(text: string): { text: string; calls: string[] } {
  const calls: string[] = [];
  const clean = text.replace(CALL, (_, marker: string) => {
    calls.push(marker);
    return '';
  });
  return { text: clean, calls };
}
