/**
 * What every reader produces: a flat list of text blocks with a few hints from the source
 * format. The structure pass (cruft.ts, structure.ts, metadata.ts) works on these alone, so
 * PDF, DOCX, HTML, Markdown and text dumps are all structured by the same rules.
 */

export type BlockRole = 'text' | 'heading' | 'item';

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
}

/** Where the blocks come from decides how much to trust them. */
export type BlockOrigin = 'web' | 'article' | 'document';

export interface SourceHints {
  title?: string | null;
  date?: string | null;
  issuer?: string | null;
  language?: string | null;
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
