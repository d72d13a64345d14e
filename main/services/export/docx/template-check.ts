/**
 * What makes a Word file a usable departmental template, checked when the user picks it and
 * again at each export: a Word 2007+ file (word-package.ts), `{{body}}` on a line of its own in
 * the document, `{{classification}}` in every header and footer it prints (the marking must be
 * on every page), and no placeholder Précis would leave unfilled.
 */
import { translation } from '../../../../shared/api/index.ts';
import {
  MAIN_PART,
  partText,
  PLACEHOLDER_WORDS,
  printedHeaderFooterParts,
  readWordPackage,
  WordTemplateError,
  type WordParts,
} from './word-package.ts';

/** The placeholders Précis fills, as `{{name}}` in a template (spaces inside the braces allowed). */
export const TEMPLATE_PLACEHOLDERS = [
  'title',
  'classification',
  'date',
  'to',
  'from',
  'author',
  'fileNumber',
  'page',
  'pages',
  'pageOf',
  'body',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** A style the template defines. */
export interface TemplateStyle {
  id: string;
  name: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
}

export interface CheckedTemplate {
  parts: WordParts;
  /** A .dotx (its main part is declared a template's). */
  template: boolean;
  /** Every placeholder it holds, once each. */
  placeholders: TemplatePlaceholder[];
  /** Those in the document itself (not its headers and footers): a header block the template lays out. */
  inDocument: TemplatePlaceholder[];
  styles: TemplateStyle[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** A paragraph's text and whether it stands in a table cell or a text box rather than on the page. */
export interface PlacedParagraph {
  text: string;
  framed: boolean;
}

/**
 * Each paragraph of a part, its text joined across runs (Word often splits `{{title}}` into
 * several runs). Paragraphs inside text boxes are their own paragraphs.
 */
export function placedParagraphs(xml: string): PlacedParagraph[] {
  const done: PlacedParagraph[] = [];
  const open: PlacedParagraph[] = [];
  let frames = 0;
  const tokens =
    /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<(\/?)(?:w:tc|w:txbxContent)(?=[\s>])[^>]*>/g;
  for (const match of xml.matchAll(tokens)) {
    const tag = match[0];
    if (/^<\/?w:(tc|txbxContent)\b/.test(tag)) frames += match[3] === '/' ? -1 : 1;
    else if (tag.startsWith('<w:t')) {
      const current = open.at(-1);
      if (current) current.text += decode(match[2] ?? '');
    } else if (tag === '</w:p>') {
      const paragraph = open.pop();
      if (paragraph) done.push(paragraph);
    } else if (match[1] === '/') done.push({ text: '', framed: frames > 0 });
    else open.push({ text: '', framed: frames > 0 });
  }
  return done;
}

/** The text of each paragraph of a part (see placedParagraphs). */
export function paragraphTexts(xml: string): string[] {
  return placedParagraphs(xml).map((p) => p.text);
}

function placeholdersIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
}

/** The styles a styles part defines. */
export function templateStyles(stylesXml: string | undefined): TemplateStyle[] {
  const styles: TemplateStyle[] = [];
  for (const match of (stylesXml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attributes = match[1] ?? '';
    const id = /\bw:styleId="([^"]*)"/.exec(attributes)?.[1];
    const type = /\bw:type="([^"]*)"/.exec(attributes)?.[1];
    const name = /<w:name\s+w:val="([^"]*)"/.exec(match[2] ?? '')?.[1];
    if (id && (type === 'paragraph' || type === 'character' || type === 'table' || type === 'numbering'))
      styles.push({ id: decode(id), name: decode(name ?? id), type });
  }
  return styles;
}

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Whether what is made from the template would open read-only in Word: editing restricted and
 * enforced (Review ▸ Restrict Editing), or a password to modify. The note must be editable:
 * the director edits the working copy with tracked changes.
 */
function restrictsEditing(settingsXml: string | undefined): boolean {
  if (!settingsXml) return false;
  const protection = /<w:documentProtection\b([^>]*)>/.exec(settingsXml)?.[1] ?? '';
  const enforced = /\bw:enforcement="(1|true|on)"/.test(protection);
  const write = /<w:writeProtection\b([^>]*)>/.exec(settingsXml)?.[1];
  return enforced || (write !== undefined && /\bw:(hash|hashValue)="[^"]/.test(write));
}

/** Reads and checks a template; every refusal is a WordTemplateError that says what to change. */
export function checkTemplate(bytes: Uint8Array, name: string): CheckedTemplate {
  const { parts, template } = readWordPackage(bytes, name);
  const quoted = { name };
  if (restrictsEditing(partText(parts, 'word/settings.xml')))
    throw new WordTemplateError('restricted', translation('docx.errors.restricted', {}, { quoted }));
  const main = paragraphTexts(partText(parts, MAIN_PART) ?? '');
  const { headers, footers } = printedHeaderFooterParts(parts);
  const furniture = [...headers, ...footers].map((path) => ({
    path,
    found: placeholdersIn(paragraphTexts(partText(parts, path) ?? '')),
  }));
  const found = [...placeholdersIn(main), ...furniture.flatMap((f) => f.found)];

  const unknown = [...new Set(found.filter((p) => !isPlaceholder(p)))];
  if (unknown.length > 0)
    throw new WordTemplateError(
      'unknown-placeholder',
      translation(
        'docx.errors.unknownPlaceholder',
        {
          placeholders: unknown.map((p) => `{{${p}}}`).join(', '),
          known: TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', '),
        },
        { quoted },
      ),
    );

  // In a table cell or a text box, Word can neither start a page (each pack item does) nor, in a
  // text box, hold a footnote (each citation has one).
  if (
    placedParagraphs(partText(parts, MAIN_PART) ?? '').some(
      (p) => p.framed && placeholdersIn([p.text]).includes('body'),
    )
  )
    throw new WordTemplateError('body-not-alone', translation('docx.errors.bodyFramed', PLACEHOLDER_WORDS, { quoted }));
  const bodyParagraphs = main.filter((text) => placeholdersIn([text]).includes('body'));
  const bodyElsewhere = furniture.some((f) => f.found.includes('body'));
  if (bodyParagraphs.length !== 1 || bodyElsewhere)
    throw new WordTemplateError(
      'no-body',
      translation(bodyParagraphs.length > 1 ? 'docx.errors.manyBodies' : 'docx.errors.noBody', PLACEHOLDER_WORDS, {
        quoted,
      }),
    );
  if ((bodyParagraphs[0] ?? '').replace(PLACEHOLDER, '').trim() !== '')
    throw new WordTemplateError(
      'body-not-alone',
      translation('docx.errors.bodyNotAlone', PLACEHOLDER_WORDS, { quoted }),
    );

  const unmarked =
    headers.length === 0 || footers.length === 0
      ? ['—']
      : furniture.filter((f) => !f.found.includes('classification')).map((f) => f.path);
  if (unmarked.length > 0)
    throw new WordTemplateError(
      'no-marking',
      translation(
        headers.length === 0 || footers.length === 0 ? 'docx.errors.noHeaderFooter' : 'docx.errors.noMarking',
        { ...PLACEHOLDER_WORDS, parts: unmarked.map((path) => path.replace(/^word\//, '')).join(', ') },
        { quoted },
      ),
    );

  return {
    parts,
    template,
    placeholders: [...new Set(found)].filter(isPlaceholder),
    inDocument: [...new Set(placeholdersIn(main))].filter(isPlaceholder),
    styles: templateStyles(partText(parts, 'word/styles.xml')),
  };
}
